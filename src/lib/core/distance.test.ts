import { describe, expect, it } from 'vitest';
import { distanceKm } from './distance';

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
