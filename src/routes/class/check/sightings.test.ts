import { describe, expect, it } from 'vitest';
import { Sightings } from './sightings';

describe('Sightings', () => {
	it('counts a code once while it stays in view, and again when it comes back', () => {
		const s = new Sightings(1500);
		expect(s.arrived(['A'], 0)).toEqual(['A']);
		expect(s.arrived(['A', 'A'], 250)).toEqual([]);
		expect(s.arrived(['A', 'B'], 500)).toEqual(['B']);
		expect(s.arrived([], 1000)).toEqual([]);
		// Decoded every 250 ms up to 3 s: still the same sighting.
		for (let t = 750; t <= 3000; t += 250) expect(s.arrived(['A'], t)).toEqual([]);
		// Out of view for more than the gap, then back: a new sighting (another student, or the same twice).
		expect(s.arrived(['A'], 4600)).toEqual(['A']);
		expect(s.arrived(['B'], 4600)).toEqual(['B']);
	});
});
