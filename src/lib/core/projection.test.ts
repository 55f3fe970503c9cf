import { describe, expect, it } from 'vitest';
import { d3Projection } from '../../../scripts/build-map';
import {
	FOCUS,
	HEIGHT,
	SCALE,
	TX,
	TY,
	WIDTH,
	greatCircleKm,
	millerRaw,
	project,
	unproject
} from './projection';

const SAMPLES: [string, number, number][] = [
	['Kerman', 57.08, 30.28],
	['Kabul', 69.17, 34.53],
	['Moscow', 37.62, 55.75],
	['Paris', 2.35, 48.86],
	['Malé', 73.51, 4.18],
	['Jakarta', 106.85, -6.21],
	['Sydney', 151.21, -33.87],
	['Anchorage', -149.9, 61.22],
	['Ushuaia', -68.3, -54.8],
	['Null Island', 0, 0],
	['Antimeridian north', 179.9, 71],
	['Near the south pole', -179.9, -89.9]
];

describe('projection', () => {
	it('uses the documented constants', () => {
		expect(WIDTH).toBe(1000);
		expect(SCALE).toBeCloseTo(1000 / (2 * Math.PI), 12);
		expect(HEIGHT).toBe(734);
		expect([TX, TY]).toEqual([500, 367]);
		expect(FOCUS).toEqual({ x: 466, y: 168, w: 387, h: 222 });
	});

	it('maps the world onto [0, WIDTH] × [0, HEIGHT]', () => {
		expect(project(-180, 0)).toEqual([0, TY]);
		expect(project(180, 0)).toEqual([WIDTH, TY]);
		const [, north] = project(0, 90);
		const [, south] = project(0, -90);
		expect(north).toBeGreaterThanOrEqual(0);
		expect(north).toBeLessThan(1);
		expect(south).toBeLessThanOrEqual(HEIGHT);
		expect(south).toBeGreaterThan(HEIGHT - 1);
		expect(HEIGHT - south).toBeCloseTo(north, 9);
	});

	it('round-trips project → unproject', () => {
		for (let lon = -180; lon <= 180; lon += 7.5) {
			for (let lat = -89; lat <= 89; lat += 4.45) {
				const [x, y] = project(lon, lat);
				const [lon2, lat2] = unproject(x, y);
				expect(lon2).toBeCloseTo(lon, 9);
				expect(lat2).toBeCloseTo(lat, 9);
			}
		}
	});

	it('wraps longitude and clamps latitude outside the world rectangle', () => {
		const [lon, lat] = unproject(WIDTH + (WIDTH * 10) / 360, TY);
		expect(lon).toBeCloseTo(-170, 9);
		expect(lat).toBe(0);
		expect(unproject(TX, -500)[1]).toBe(90);
		expect(unproject(TX, HEIGHT + 500)[1]).toBe(-90);
	});

	it('agrees with the d3-geo projection the build script draws with (≤ 0.01 px)', () => {
		const d3 = d3Projection();
		for (const [name, lon, lat] of SAMPLES) {
			const ours = project(lon, lat);
			const theirs = d3([lon, lat]);
			expect(theirs, name).not.toBeNull();
			const [x = NaN, y = NaN] = theirs ?? [];
			expect(Math.abs(ours[0] - x), `${name} x`).toBeLessThanOrEqual(0.01);
			expect(Math.abs(ours[1] - y), `${name} y`).toBeLessThanOrEqual(0.01);

			// And back: d3's invert (through millerRaw.invert) matches unproject.
			const back = d3.invert?.(ours);
			const [lon2 = NaN, lat2 = NaN] = back ?? [];
			const [lon3, lat3] = unproject(ours[0], ours[1]);
			expect(Math.abs(lon2 - lon3), `${name} lon`).toBeLessThan(1e-6);
			expect(Math.abs(lat2 - lat3), `${name} lat`).toBeLessThan(1e-6);
			expect(Math.abs(lon3 - lon), `${name} lon`).toBeLessThan(1e-9);
			expect(Math.abs(lat3 - lat), `${name} lat`).toBeLessThan(1e-9);
		}
	});

	it('has an exact raw inverse', () => {
		for (const phi of [-1.5, -0.7, 0, 0.3, 1.2, 1.57]) {
			const [x, y] = millerRaw(0.5, phi);
			const [lambda, phi2] = millerRaw.invert(x, y);
			expect(lambda).toBe(0.5);
			expect(phi2).toBeCloseTo(phi, 12);
		}
	});

	it('puts the focus region (Western Europe → South/Southeast Asia) in FOCUS', () => {
		for (const [name, lon, lat] of [...SAMPLES.slice(0, 6), ['Manila', 120.98, 14.6] as const]) {
			const [x, y] = project(lon, lat);
			expect(x, name).toBeGreaterThanOrEqual(FOCUS.x);
			expect(x, name).toBeLessThanOrEqual(FOCUS.x + FOCUS.w);
			expect(y, name).toBeGreaterThanOrEqual(FOCUS.y);
			expect(y, name).toBeLessThanOrEqual(FOCUS.y + FOCUS.h);
		}
	});

	it('measures great-circle distances', () => {
		expect(greatCircleKm(2.35, 48.86, 2.35, 48.86)).toBe(0);
		// London – Paris ≈ 344 km; Kerman – Tehran ≈ 800 km.
		expect(greatCircleKm(-0.1276, 51.5072, 2.3522, 48.8566)).toBeCloseTo(344, -1);
		expect(greatCircleKm(57.08, 30.28, 51.39, 35.69)).toBeGreaterThan(780);
		expect(greatCircleKm(57.08, 30.28, 51.39, 35.69)).toBeLessThan(820);
		// Antipodes: half the circumference.
		expect(greatCircleKm(0, 0, 180, 0)).toBeCloseTo(Math.PI * 6371.0088, 6);
	});
});
