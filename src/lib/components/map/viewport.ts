/**
 * Pan and zoom maths for the map, pure and DOM-free so it can be unit tested.
 *
 * A view is a centre in world px (the projection's pixel space, see
 * `$lib/core/projection`) and a scale `k` in screen px per world px. With the
 * size of the element on screen it gives the SVG viewBox, so the map always
 * fills its box (no letterboxing) whatever the box's aspect ratio.
 */

export interface Point {
	x: number;
	y: number;
}

export interface Size {
	width: number;
	height: number;
}

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export interface View {
	/** Centre of the screen, in world px. */
	cx: number;
	cy: number;
	/** Screen px per world px. */
	k: number;
}

export interface Limits {
	minK: number;
	maxK: number;
	/** The world rectangle: the view never leaves it. */
	world: Size;
}

/** How far in the map zooms, relative to the default (focus) view. */
export const MAX_ZOOM = 48;

const clamp = (value: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, value));

/** The view that fits a box into the screen ("meet": all of the box is visible, centred). */
export function fitView(box: Box, size: Size): View {
	const k = Math.min(size.width / box.w, size.height / box.h);
	return { cx: box.x + box.w / 2, cy: box.y + box.h / 2, k: k > 0 && Number.isFinite(k) ? k : 1 };
}

/**
 * Zoom limits for a screen size: out to the whole world, in to MAX_ZOOM times
 * the scale at which `focus` fits.
 */
export function limitsFor(size: Size, world: Size, focus: Box, maxZoom = MAX_ZOOM): Limits {
	const minK = Math.min(size.width / world.width, size.height / world.height);
	const focusK = fitView(focus, size).k;
	return { minK, maxK: Math.max(minK, focusK * maxZoom), world };
}

/** Clamps the scale to the limits and keeps the view inside the world. */
export function clampView(view: View, size: Size, limits: Limits): View {
	const k = clamp(view.k, limits.minK, limits.maxK);
	const halfW = size.width / (2 * k);
	const halfH = size.height / (2 * k);
	const { width, height } = limits.world;
	const cx = 2 * halfW >= width ? width / 2 : clamp(view.cx, halfW, width - halfW);
	const cy = 2 * halfH >= height ? height / 2 : clamp(view.cy, halfH, height - halfH);
	return { cx, cy, k };
}

/** The SVG viewBox for a view on a screen of the given size. */
export function viewBoxOf(view: View, size: Size): Box {
	const w = size.width / view.k;
	const h = size.height / view.k;
	return { x: view.cx - w / 2, y: view.cy - h / 2, w, h };
}

/** A screen point (px from the element's top left) to world px. */
export function toWorld(view: View, size: Size, screen: Point): Point {
	return {
		x: view.cx + (screen.x - size.width / 2) / view.k,
		y: view.cy + (screen.y - size.height / 2) / view.k
	};
}

/** A world point to screen px from the element's top left. */
export function toScreen(view: View, size: Size, world: Point): Point {
	return {
		x: (world.x - view.cx) * view.k + size.width / 2,
		y: (world.y - view.cy) * view.k + size.height / 2
	};
}

/** Moves the map by a screen distance (drag right → the map moves right). */
export function panBy(view: View, dx: number, dy: number, size: Size, limits: Limits): View {
	return clampView(
		{ cx: view.cx - dx / view.k, cy: view.cy - dy / view.k, k: view.k },
		size,
		limits
	);
}

/** Zooms by `factor` keeping the world point under `screen` where it is (when limits allow). */
export function zoomAt(
	view: View,
	factor: number,
	screen: Point,
	size: Size,
	limits: Limits
): View {
	const anchor = toWorld(view, size, screen);
	const k = clamp(view.k * factor, limits.minK, limits.maxK);
	const next = {
		cx: anchor.x - (screen.x - size.width / 2) / k,
		cy: anchor.y - (screen.y - size.height / 2) / k,
		k
	};
	return clampView(next, size, limits);
}

/**
 * A two-finger gesture: the world point under the old midpoint ends under
 * the new midpoint, scaled by the change in finger distance.
 */
export function pinch(
	view: View,
	before: readonly [Point, Point],
	after: readonly [Point, Point],
	size: Size,
	limits: Limits
): View {
	const d0 = Math.hypot(before[1].x - before[0].x, before[1].y - before[0].y);
	const d1 = Math.hypot(after[1].x - after[0].x, after[1].y - after[0].y);
	const mid0 = { x: (before[0].x + before[1].x) / 2, y: (before[0].y + before[1].y) / 2 };
	const mid1 = { x: (after[0].x + after[1].x) / 2, y: (after[0].y + after[1].y) / 2 };
	const anchor = toWorld(view, size, mid0);
	const factor = d0 > 0 && d1 > 0 ? d1 / d0 : 1;
	const k = clamp(view.k * factor, limits.minK, limits.maxK);
	return clampView(
		{
			cx: anchor.x - (mid1.x - size.width / 2) / k,
			cy: anchor.y - (mid1.y - size.height / 2) / k,
			k
		},
		size,
		limits
	);
}

/** Whether a world point is on screen, at least `margin` screen px inside the edges. */
export function isVisible(view: View, size: Size, world: Point, margin = 0): boolean {
	const p = toScreen(view, size, world);
	return (
		p.x >= margin && p.y >= margin && p.x <= size.width - margin && p.y <= size.height - margin
	);
}

/** The same scale, centred on a world point (clamped). */
export function centreOn(view: View, world: Point, size: Size, limits: Limits): View {
	return clampView({ cx: world.x, cy: world.y, k: view.k }, size, limits);
}

/** A step between two views: the centre linearly, the scale geometrically (t in 0..1). */
export function interpolateView(from: View, to: View, t: number): View {
	return {
		cx: from.cx + (to.cx - from.cx) * t,
		cy: from.cy + (to.cy - from.cy) * t,
		k: from.k * Math.pow(to.k / from.k, t)
	};
}

export type KeyAction =
	| { type: 'zoom'; factor: number }
	| { type: 'pan'; dx: number; dy: number }
	| { type: 'reset' }
	| { type: 'pick' };

/** Keyboard step: an arrow key pans by this share of the smaller screen side. */
export const PAN_STEP = 0.2;
export const ZOOM_STEP = 2;

/**
 * What a key does when the map has focus: +/= zoom in, −/_ zoom out, arrows
 * pan (further with Shift), 0 or Home resets, Enter or Space picks the centre.
 * The pan is the screen distance the map content moves.
 */
export function keyAction(key: string, size: Size, shift = false): KeyAction | null {
	const step = Math.min(size.width, size.height) * PAN_STEP * (shift ? 2.5 : 1);
	switch (key) {
		case '+':
		case '=':
		case 'Add':
			return { type: 'zoom', factor: ZOOM_STEP };
		case '-':
		case '_':
		case '−':
		case 'Subtract':
			return { type: 'zoom', factor: 1 / ZOOM_STEP };
		case 'ArrowLeft':
			return { type: 'pan', dx: step, dy: 0 };
		case 'ArrowRight':
			return { type: 'pan', dx: -step, dy: 0 };
		case 'ArrowUp':
			return { type: 'pan', dx: 0, dy: step };
		case 'ArrowDown':
			return { type: 'pan', dx: 0, dy: -step };
		case '0':
		case 'Home':
			return { type: 'reset' };
		case 'Enter':
		case ' ':
			return { type: 'pick' };
		default:
			return null;
	}
}

/** Wheel delta (in px) to a zoom factor: one notch (100 px) zooms by about 1.22. */
export function wheelFactor(deltaY: number, deltaMode = 0): number {
	const px = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
	return Math.exp(-clamp(px, -400, 400) * 0.002);
}

export interface LabelCandidate {
	id: string;
	/** Anchor on screen (the marker's centre). */
	x: number;
	y: number;
	text: string;
	/** Higher first. */
	priority: number;
}

/** Which side of its marker a label is drawn on. */
export type LabelSide = 'right' | 'left';

/**
 * Which labels to draw, and on which side: greedy by priority, trying the
 * right of the marker then the left, dropping a label whose box would
 * overlap one already placed (or a marker) or fall off the screen. Boxes are
 * estimated from the text length.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	size: Size,
	charWidth = 7.2,
	lineHeight = 16,
	offset = 10,
	/** Screen areas to keep clear (the zoom buttons). */
	obstacles: readonly Box[] = []
): Map<string, LabelSide> {
	const placed: Box[] = [
		...obstacles,
		...candidates.map((c) => ({ x: c.x - 5, y: c.y - 5, w: 10, h: 10 }))
	];
	const shown = new Map<string, LabelSide>();
	const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
	for (const c of sorted) {
		const w = c.text.length * charWidth;
		const y = c.y - lineHeight / 2;
		for (const side of ['right', 'left'] as const) {
			const box = { x: side === 'right' ? c.x + offset : c.x - offset - w, y, w, h: lineHeight };
			if (box.x < 0 || box.y < 0 || box.x + box.w > size.width || box.y + box.h > size.height)
				continue;
			if (placed.some((p) => overlaps(p, box))) continue;
			placed.push(box);
			shown.set(c.id, side);
			break;
		}
	}
	return shown;
}

function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Horizontal anchor for a label centred above a point: centred when it
 * fits, else pushed inside the screen (and clear of a right-hand margin).
 */
export function centredAnchor(
	x: number,
	text: string,
	width: number,
	rightMargin = 0,
	charWidth = 7.8
): 'start' | 'middle' | 'end' {
	const half = (text.length * charWidth) / 2;
	if (x - half < 4) return 'start';
	if (x + half > width - rightMargin) return 'end';
	return 'middle';
}

/**
 * The screen area a revealed place takes: its ring, and its label centred
 * above it (`centredAnchor`'s anchor, 14 px bold). Other labels keep clear of
 * it: the answer must stay readable among the learner's misses.
 */
export function revealBoxes(
	x: number,
	y: number,
	text: string,
	anchor: 'start' | 'middle' | 'end',
	charWidth = 8.4
): Box[] {
	const w = text.length * charWidth;
	const left = anchor === 'start' ? x - 8 : anchor === 'end' ? x + 8 - w : x - w / 2;
	return [
		{ x: x - 16, y: y - 16, w: 32, h: 32 },
		{ x: left, y: y - 32, w, h: 20 }
	];
}

/** The id of the point nearest to `p` within `maxDist` (screen px), or null. */
export function nearestPoint(
	points: readonly { id: string; x: number; y: number }[],
	p: Point,
	maxDist: number
): string | null {
	let best: string | null = null;
	let bestD = maxDist;
	for (const q of points) {
		const d = Math.hypot(q.x - p.x, q.y - p.y);
		if (d <= bestD) {
			best = q.id;
			bestD = d;
		}
	}
	return best;
}
