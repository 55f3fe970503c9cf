import { describe, expect, it } from 'vitest';
import { createRng, deriveRng, hashString, mulberry32, pick, sample, seedOf, shuffle } from './rng';

describe('rng', () => {
	it('is deterministic for a seed, and differs between seeds', () => {
		const a = createRng(42);
		const b = createRng(42);
		const c = createRng(43);
		const xs = Array.from({ length: 5 }, () => a());
		expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
		expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
		for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
	});

	it('hashes string seeds stably', () => {
		expect(seedOf('kerman')).toBe(seedOf('kerman'));
		expect(seedOf('kerman')).not.toBe(seedOf('shiraz'));
		expect(hashString('')).toBe(hashString(''));
		expect(createRng('x')()).toBe(createRng('x')());
	});

	it('derives independent streams per label', () => {
		expect(deriveRng(1, 'a')()).toBe(deriveRng(1, 'a')());
		expect(deriveRng(1, 'a')()).not.toBe(deriveRng(1, 'b')());
		expect(deriveRng(1, 'a')()).not.toBe(deriveRng(2, 'a')());
	});

	it('shuffles without losing or adding elements, and leaves the input alone', () => {
		const input = [1, 2, 3, 4, 5, 6];
		const out = shuffle(mulberry32(7), input);
		expect(out).toHaveLength(6);
		expect([...out].sort()).toEqual(input);
		expect(input).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('shuffles uniformly: every position is equally likely (chi-square)', () => {
		const rng = mulberry32(123);
		const n = 4;
		const runs = 8000;
		const counts = Array.from({ length: n }, () => new Array<number>(n).fill(0));
		for (let r = 0; r < runs; r++) {
			shuffle(rng, [0, 1, 2, 3]).forEach((v, pos) => (counts[v]![pos]! += 1));
		}
		for (const row of counts) {
			const expected = runs / n;
			const chi = row.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
			expect(chi).toBeLessThan(16.27); // df = 3, p = 0.001
		}
	});

	it('picks and samples', () => {
		const rng = mulberry32(5);
		expect(pick(rng, [])).toBeUndefined();
		expect([1, 2, 3]).toContain(pick(rng, [1, 2, 3]));
		const s = sample(rng, [1, 2, 3, 4, 5], 3);
		expect(new Set(s).size).toBe(3);
		expect(sample(rng, [1, 2], 5)).toHaveLength(2);
	});
});
