import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chordOfKm, distanceKm, unitVector, type LatLon } from './distance';

describe('distanceKm', () => {
	it('gives Kerman–Shiraz ≈ 440 km (± 5%)', () => {
		const d = distanceKm({ lat: 30.2839, lon: 57.0834 }, { lat: 29.5918, lon: 52.5837 });
		expect(d).toBeGreaterThan(440 * 0.95);
		expect(d).toBeLessThan(440 * 1.05);
	});

	it('is symmetric, zero for one point, and ~half the circumference for antipodes', () => {
		const a = { lat: 50.9375, lon: 6.9603 };
		const b = { lat: 48.2082, lon: 16.3738 };
		expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
		expect(distanceKm(a, a)).toBe(0);
		expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015, -1);
	});
});

describe('unitVector and chordOfKm', () => {
	const chord = (a: LatLon, b: LatLon) => {
		const [ax, ay, az] = unitVector(a.lat, a.lon);
		const [bx, by, bz] = unitVector(b.lat, b.lon);
		return Math.hypot(ax - bx, ay - by, az - bz);
	};
	const point = fc.record({
		lat: fc.double({ min: -90, max: 90, noNaN: true }),
		lon: fc.double({ min: -180, max: 180, noNaN: true })
	});

	it('give the chord of a great-circle distance', () => {
		fc.assert(
			fc.property(point, point, (a, b) => {
				expect(chord(a, b)).toBeCloseTo(chordOfKm(distanceKm(a, b)), 9);
			})
		);
	});

	it('order points from an origin as distanceKm does', () => {
		fc.assert(
			fc.property(point, point, point, (o, a, b) => {
				const byKm = distanceKm(o, a) - distanceKm(o, b);
				// Nearly equal distances may round either way.
				fc.pre(Math.abs(byKm) > 1e-6);
				expect(Math.sign(chord(o, a) - chord(o, b))).toBe(Math.sign(byKm));
			})
		);
	});
});
