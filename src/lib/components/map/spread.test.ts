import { describe, expect, it } from 'vitest';
import { spreadOffsets } from './spread';

const moved = (p: { x: number; y: number }, o: { x: number; y: number }) => ({
	x: p.x + o.x,
	y: p.y + o.y
});
const gap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

describe('spreadOffsets', () => {
	it('leaves markers that are far enough apart where they are', () => {
		const points = [
			{ x: 0, y: 0 },
			{ x: 30, y: 0 },
			{ x: 0, y: 16 }
		];
		expect(spreadOffsets(points, 16)).toEqual(points.map(() => ({ x: 0, y: 0 })));
	});

	it('pulls two close markers apart along the line between them, about their midpoint', () => {
		// The shrine a little west and north of the city.
		const shrine = { x: 100, y: 50 };
		const city = { x: 104, y: 52 };
		const [a, b] = spreadOffsets([shrine, city], 16);
		const s = moved(shrine, a!);
		const c = moved(city, b!);
		expect(gap(s, c)).toBeCloseTo(16);
		expect(s.x).toBeLessThan(c.x); // west stays west
		expect((s.x + c.x) / 2).toBeCloseTo(102);
		expect((s.y + c.y) / 2).toBeCloseTo(51);
	});

	it('spreads markers at the very same spot, and a chain of close ones, at least the gap apart', () => {
		const points = [
			{ x: 10, y: 10 },
			{ x: 10, y: 10 },
			{ x: 20, y: 10 },
			{ x: 200, y: 200 }
		];
		const offsets = spreadOffsets(points, 16);
		const at = points.map((p, i) => moved(p, offsets[i]!));
		for (let i = 0; i < 3; i++)
			for (let j = i + 1; j < 3; j++) expect(gap(at[i]!, at[j]!)).toBeGreaterThanOrEqual(16 - 1e-9);
		expect(offsets[3]).toEqual({ x: 0, y: 0 });
	});
});
