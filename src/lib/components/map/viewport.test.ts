import { describe, expect, it } from 'vitest';
import {
	centreOn,
	clampView,
	fitView,
	interpolateView,
	isVisible,
	keyAction,
	limitsFor,
	MAX_ZOOM,
	panBy,
	pinch,
	placeLabels,
	revealBoxes,
	centredAnchor,
	nearestPoint,
	toScreen,
	toWorld,
	viewBoxOf,
	wheelFactor,
	zoomAt,
	type Size
} from './viewport';

const WORLD = { width: 1000, height: 734 };
const FOCUS = { x: 466, y: 168, w: 387, h: 222 };
const PHONE: Size = { width: 328, height: 246 };
const DESKTOP: Size = { width: 600, height: 450 };

describe('fitView and limits', () => {
	it('fits the focus box inside the screen, centred', () => {
		const v = fitView(FOCUS, PHONE);
		const box = viewBoxOf(v, PHONE);
		expect(box.x).toBeLessThanOrEqual(FOCUS.x + 1e-9);
		expect(box.y).toBeLessThanOrEqual(FOCUS.y + 1e-9);
		expect(box.x + box.w).toBeGreaterThanOrEqual(FOCUS.x + FOCUS.w - 1e-9);
		expect(box.y + box.h).toBeGreaterThanOrEqual(FOCUS.y + FOCUS.h - 1e-9);
		// One side fits exactly ("meet").
		expect(Math.min(Math.abs(box.w - FOCUS.w), Math.abs(box.h - FOCUS.h))).toBeLessThan(1e-9);
		expect(v.cx).toBeCloseTo(FOCUS.x + FOCUS.w / 2);
	});

	it('zooms out to the whole world and in to MAX_ZOOM times the focus', () => {
		const limits = limitsFor(DESKTOP, WORLD, FOCUS);
		const world = viewBoxOf({ cx: 500, cy: 367, k: limits.minK }, DESKTOP);
		expect(world.w).toBeGreaterThanOrEqual(WORLD.width - 1e-9);
		expect(world.h).toBeGreaterThanOrEqual(WORLD.height - 1e-9);
		expect(limits.maxK).toBeCloseTo(fitView(FOCUS, DESKTOP).k * MAX_ZOOM);
	});

	it('survives a zero-size screen (before layout)', () => {
		const v = fitView(FOCUS, { width: 0, height: 0 });
		expect(Number.isFinite(v.k)).toBe(true);
		expect(v.k).toBeGreaterThan(0);
	});
});

describe('clampView', () => {
	const limits = limitsFor(DESKTOP, WORLD, FOCUS);

	it('clamps the scale to the limits', () => {
		expect(clampView({ cx: 500, cy: 300, k: 1e-6 }, DESKTOP, limits).k).toBe(limits.minK);
		expect(clampView({ cx: 500, cy: 300, k: 1e6 }, DESKTOP, limits).k).toBe(limits.maxK);
	});

	it('keeps the view inside the world', () => {
		const v = clampView({ cx: -500, cy: 5000, k: 4 }, DESKTOP, limits);
		const box = viewBoxOf(v, DESKTOP);
		expect(box.x).toBeCloseTo(0);
		expect(box.y + box.h).toBeCloseTo(WORLD.height);
	});

	it('centres the world when the screen shows more than all of it', () => {
		const v = clampView({ cx: 10, cy: 10, k: limits.minK }, DESKTOP, limits);
		expect(v.cx).toBe(WORLD.width / 2);
	});
});

describe('screen ↔ world', () => {
	it('round-trips a point', () => {
		const v = { cx: 640, cy: 270, k: 3.5 };
		const p = { x: 12.5, y: 301 };
		const back = toScreen(v, DESKTOP, toWorld(v, DESKTOP, p));
		expect(back.x).toBeCloseTo(p.x);
		expect(back.y).toBeCloseTo(p.y);
	});

	it('puts the centre of the screen at the view centre', () => {
		const v = { cx: 640, cy: 270, k: 3.5 };
		expect(toWorld(v, DESKTOP, { x: 300, y: 225 })).toEqual({ x: 640, y: 270 });
	});

	it('matches the viewBox corners', () => {
		const v = { cx: 640, cy: 270, k: 3.5 };
		const box = viewBoxOf(v, DESKTOP);
		const corner = toWorld(v, DESKTOP, { x: 0, y: 0 });
		expect(corner.x).toBeCloseTo(box.x);
		expect(corner.y).toBeCloseTo(box.y);
	});

	it('tells whether a point is on screen', () => {
		const v = fitView(FOCUS, DESKTOP);
		expect(isVisible(v, DESKTOP, { x: 660, y: 270 })).toBe(true);
		expect(isVisible(v, DESKTOP, { x: 100, y: 270 })).toBe(false);
	});
});

describe('zoomAt', () => {
	const limits = limitsFor(DESKTOP, WORLD, FOCUS);
	const start = fitView(FOCUS, DESKTOP);

	it('keeps the point under the cursor fixed', () => {
		const cursor = { x: 120, y: 340 };
		const before = toWorld(start, DESKTOP, cursor);
		const next = zoomAt(start, 2, cursor, DESKTOP, limits);
		expect(next.k).toBeCloseTo(start.k * 2);
		const after = toWorld(next, DESKTOP, cursor);
		expect(after.x).toBeCloseTo(before.x);
		expect(after.y).toBeCloseTo(before.y);
	});

	it('zooming in then out by the same factor returns to the start', () => {
		const cursor = { x: 400, y: 100 };
		const back = zoomAt(zoomAt(start, 3, cursor, DESKTOP, limits), 1 / 3, cursor, DESKTOP, limits);
		expect(back.k).toBeCloseTo(start.k);
		expect(back.cx).toBeCloseTo(start.cx);
		expect(back.cy).toBeCloseTo(start.cy);
	});

	it('stops at the limits', () => {
		let v = start;
		for (let i = 0; i < 20; i++) v = zoomAt(v, 2, { x: 300, y: 225 }, DESKTOP, limits);
		expect(v.k).toBe(limits.maxK);
		for (let i = 0; i < 40; i++) v = zoomAt(v, 0.5, { x: 300, y: 225 }, DESKTOP, limits);
		expect(v.k).toBe(limits.minK);
	});
});

describe('panBy and centreOn', () => {
	const limits = limitsFor(DESKTOP, WORLD, FOCUS);
	const start = fitView(FOCUS, DESKTOP);

	it('moves the map with the finger', () => {
		const next = panBy(start, 30, -12, DESKTOP, limits);
		expect(next.cx).toBeCloseTo(start.cx - 30 / start.k);
		expect(next.cy).toBeCloseTo(start.cy + 12 / start.k);
	});

	it('centres on a point within the world', () => {
		const v = centreOn({ ...start, k: start.k * 4 }, { x: 280, y: 280 }, DESKTOP, limits);
		expect(v.cx).toBeCloseTo(280);
		expect(v.cy).toBeCloseTo(280);
	});
});

describe('pinch', () => {
	const limits = limitsFor(DESKTOP, WORLD, FOCUS);
	const start = fitView(FOCUS, DESKTOP);

	it('spreading two fingers zooms in about their midpoint', () => {
		const before = [
			{ x: 250, y: 200 },
			{ x: 350, y: 250 }
		] as const;
		const after = [
			{ x: 200, y: 175 },
			{ x: 400, y: 275 }
		] as const;
		const anchor = toWorld(start, DESKTOP, { x: 300, y: 225 });
		const next = pinch(start, before, after, DESKTOP, limits);
		expect(next.k).toBeCloseTo(start.k * 2);
		const under = toWorld(next, DESKTOP, { x: 300, y: 225 });
		expect(under.x).toBeCloseTo(anchor.x);
		expect(under.y).toBeCloseTo(anchor.y);
	});

	it('moving both fingers together pans', () => {
		const before = [
			{ x: 250, y: 200 },
			{ x: 350, y: 250 }
		] as const;
		const after = [
			{ x: 270, y: 200 },
			{ x: 370, y: 250 }
		] as const;
		const next = pinch(start, before, after, DESKTOP, limits);
		expect(next.k).toBeCloseTo(start.k);
		expect(next.cx).toBeCloseTo(start.cx - 20 / start.k);
	});
});

describe('interpolateView', () => {
	it('runs from one view to the other', () => {
		const a = { cx: 0, cy: 0, k: 1 };
		const b = { cx: 100, cy: 50, k: 4 };
		expect(interpolateView(a, b, 0)).toEqual(a);
		const end = interpolateView(a, b, 1);
		expect(end.cx).toBeCloseTo(100);
		expect(end.k).toBeCloseTo(4);
		expect(interpolateView(a, b, 0.5).k).toBeCloseTo(2);
	});
});

describe('keyAction', () => {
	it('maps the documented keys', () => {
		expect(keyAction('+', DESKTOP)).toEqual({ type: 'zoom', factor: 2 });
		expect(keyAction('=', DESKTOP)).toEqual({ type: 'zoom', factor: 2 });
		expect(keyAction('-', DESKTOP)).toEqual({ type: 'zoom', factor: 0.5 });
		expect(keyAction('0', DESKTOP)).toEqual({ type: 'reset' });
		expect(keyAction('Home', DESKTOP)).toEqual({ type: 'reset' });
		expect(keyAction('Enter', DESKTOP)).toEqual({ type: 'pick' });
		expect(keyAction('a', DESKTOP)).toBeNull();
	});

	it('pans so that the arrow shows more of the map in its direction', () => {
		const right = keyAction('ArrowRight', DESKTOP);
		// Content moves left: the view looks further east.
		expect(right).toMatchObject({ type: 'pan', dy: 0 });
		if (right?.type !== 'pan') throw new Error('expected a pan');
		expect(right.dx).toBeLessThan(0);
		const up = keyAction('ArrowUp', DESKTOP, true);
		if (up?.type !== 'pan') throw new Error('expected a pan');
		expect(up.dy).toBeGreaterThan(Math.min(DESKTOP.width, DESKTOP.height) * 0.2);
	});
});

describe('wheelFactor', () => {
	it('zooms in when scrolling up and out when scrolling down, bounded', () => {
		expect(wheelFactor(-100)).toBeGreaterThan(1);
		expect(wheelFactor(100)).toBeLessThan(1);
		expect(wheelFactor(100) * wheelFactor(-100)).toBeCloseTo(1);
		expect(wheelFactor(-1e6)).toBeCloseTo(Math.exp(0.8));
		expect(wheelFactor(-3, 1)).toBeCloseTo(wheelFactor(-48));
	});
});

describe('placeLabels', () => {
	it('drops a lower-priority label that would overlap, or moves it to the left', () => {
		const shown = placeLabels(
			[
				{ id: 'a', x: 100, y: 100, text: 'Shiraz', priority: 2 },
				{ id: 'b', x: 101, y: 101, text: 'Shahcheragh shrine', priority: 1 },
				{ id: 'c', x: 300, y: 300, text: 'Kerman', priority: 0 }
			],
			DESKTOP
		);
		expect(shown.get('a')).toBe('right');
		expect(shown.has('b')).toBe(false);
		expect(shown.get('c')).toBe('right');
	});

	it('puts a label on the left near the right edge', () => {
		const shown = placeLabels([{ id: 'a', x: 590, y: 100, text: 'Manila', priority: 0 }], DESKTOP);
		expect(shown.get('a')).toBe('left');
	});

	it('keeps clear of obstacles', () => {
		const shown = placeLabels(
			[{ id: 'a', x: 500, y: 20, text: 'South Asia', priority: 0 }],
			DESKTOP,
			7.2,
			16,
			10,
			[{ x: 540, y: 0, w: 60, h: 160 }]
		);
		expect(shown.get('a')).toBe('left');
	});

	it('skips labels off screen', () => {
		const shown = placeLabels([{ id: 'a', x: 100, y: -50, text: 'Moscow', priority: 0 }], DESKTOP);
		expect(shown.size).toBe(0);
	});
});

describe('centredAnchor', () => {
	it('centres a label unless it would leave the screen', () => {
		expect(centredAnchor(300, 'Kerman', 600)).toBe('middle');
		expect(centredAnchor(5, 'Kerman', 600)).toBe('start');
		expect(centredAnchor(590, 'Kerman', 600)).toBe('end');
		expect(centredAnchor(540, 'Myanmar', 600, 60)).toBe('end');
	});
});

describe('revealBoxes', () => {
	it('keeps the learner’s miss labels clear of a revealed place and its label', () => {
		// A miss just left of Madrid, its label running right over where "Madrid, Spain" goes.
		const miss = { id: 'mark-0', x: 240, y: 268, text: '2: 1,769 km', priority: 200 };
		const size = { width: 600, height: 400 };
		const boxes = revealBoxes(300, 300, 'Madrid, Spain', 'middle');
		expect(placeLabels([miss], size).get('mark-0')).toBe('right');
		expect(placeLabels([miss], size, 7.2, 16, 10, boxes).get('mark-0')).toBe('left');
		// Hemmed in on both sides, the miss goes unlabelled rather than over the answer.
		const crowded = revealBoxes(300, 300, 'Madrid, Spain, a long label', 'middle');
		expect(placeLabels([miss], size, 7.2, 16, 10, crowded).has('mark-0')).toBe(false);
	});
});

describe('nearestPoint', () => {
	it('picks the closest point within reach, so overlapping tap targets resolve to the dot tapped', () => {
		const points = [
			{ id: 'shiraz', x: 100, y: 100 },
			{ id: 'kerman', x: 111, y: 102 }
		];
		expect(nearestPoint(points, { x: 110, y: 101 }, 16)).toBe('kerman');
		expect(nearestPoint(points, { x: 103, y: 100 }, 16)).toBe('shiraz');
		expect(nearestPoint(points, { x: 200, y: 200 }, 16)).toBeNull();
	});
});
