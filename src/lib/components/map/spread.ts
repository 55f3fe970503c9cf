/**
 * Markers of places a few kilometres apart (the Shahcheragh shrine and
 * Shiraz) are drawn on top of each other at any zoom the map allows. These
 * offsets pull such markers apart on screen, so each can be seen and tapped;
 * a line drawn back to the true spot keeps the geography honest.
 */
import type { Point } from './viewport';

/**
 * Screen offsets (px) for markers at `points` (screen px): markers closer
 * than `minGap` to another, directly or through a chain of such neighbours,
 * form a group laid out on a small circle round the group's centre, `minGap`
 * apart, in the order of their bearings from that centre (a marker west of
 * the other stays west). Every other marker gets { x: 0, y: 0 }.
 */
export function spreadOffsets(points: readonly Point[], minGap: number): Point[] {
	const offsets = points.map(() => ({ x: 0, y: 0 }));
	for (const group of closeGroups(points, minGap)) {
		const cx = mean(group.map((i) => (points[i] as Point).x));
		const cy = mean(group.map((i) => (points[i] as Point).y));
		const bearing = (i: number) => {
			const p = points[i] as Point;
			// Markers at the very same spot: spread left to right in input order.
			return p.x === cx && p.y === cy ? Math.PI + i * 1e-9 : Math.atan2(p.y - cy, p.x - cx);
		};
		const ordered = [...group].sort((a, b) => bearing(a) - bearing(b));
		const n = ordered.length;
		// Neighbours on a circle of radius r are 2r·sin(π/n) apart.
		const radius = minGap / (2 * Math.sin(Math.PI / n));
		const start = bearing(ordered[0] as number);
		ordered.forEach((i, rank) => {
			const angle = start + (2 * Math.PI * rank) / n;
			const p = points[i] as Point;
			offsets[i] = {
				x: cx + radius * Math.cos(angle) - p.x,
				y: cy + radius * Math.sin(angle) - p.y
			};
		});
	}
	return offsets;
}

/** Indexes of points closer than `gap` to another, grouped by chains of such pairs (groups of 2 or more). */
function closeGroups(points: readonly Point[], gap: number): number[][] {
	const parent = points.map((_, i) => i);
	const root = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
		return i;
	};
	for (let i = 0; i < points.length; i++) {
		for (let j = i + 1; j < points.length; j++) {
			const a = points[i] as Point;
			const b = points[j] as Point;
			if (Math.hypot(a.x - b.x, a.y - b.y) < gap) parent[root(j)] = root(i);
		}
	}
	const groups = new Map<number, number[]>();
	points.forEach((_, i) => {
		const r = root(i);
		const group = groups.get(r);
		if (group) group.push(i);
		else groups.set(r, [i]);
	});
	return [...groups.values()].filter((g) => g.length > 1);
}

function mean(xs: readonly number[]): number {
	return xs.reduce((a, b) => a + b, 0) / xs.length;
}
