import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RADIX } from './alphabet';
import { MAX_CHECKED_LENGTH, checkSymbol, isChecked, withCheck } from './check';
import { mulberry32 } from '../rng';

describe('check character: weighted sum mod 31', () => {
	it('the algebra: every weight times every non-zero difference is non-zero mod 31', () => {
		// Substitution at a position of weight w changes the sum by w·d; a
		// transposition of positions with weights w ≠ v by (w − v)·d. Weights
		// are 1..30. Exhausting the finite cases is the proof.
		const zero: string[] = [];
		for (let w = 1; w <= MAX_CHECKED_LENGTH; w++) {
			for (let d = 1; d < RADIX; d++) {
				if ((w * d) % RADIX === 0) zero.push(`${w}·${d}`);
				for (let v = 1; v <= MAX_CHECKED_LENGTH; v++) {
					if (v !== w && ((((w - v) * d) % RADIX) + RADIX) % RADIX === 0) {
						zero.push(`(${w}−${v})·${d}`);
					}
				}
			}
		}
		expect(zero).toEqual([]);
	});

	it('accepts every code it makes', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: RADIX - 1 }), { minLength: 1, maxLength: 29 }),
				(data) => {
					expect(isChecked(withCheck(data))).toBe(true);
					expect(checkSymbol(data)).toBeGreaterThanOrEqual(0);
					expect(checkSymbol(data)).toBeLessThan(RADIX);
				}
			)
		);
	});

	it('exhaustively: every single substitution and every transposition is caught, at every length', () => {
		const rng = mulberry32(20240103);
		let substitutions = 0;
		let transpositions = 0;
		const missed: number[][] = [];
		for (let length = 2; length <= MAX_CHECKED_LENGTH; length++) {
			for (let sample = 0; sample < 25; sample++) {
				const data = Array.from({ length: length - 1 }, () => Math.floor(rng() * RADIX));
				const code = withCheck(data);
				for (let i = 0; i < length; i++) {
					for (let s = 0; s < RADIX; s++) {
						if (s === code[i]) continue;
						const typo = code.slice();
						typo[i] = s;
						if (isChecked(typo)) missed.push(typo);
						substitutions++;
					}
					for (let j = i + 1; j < length; j++) {
						if (code[i] === code[j]) continue;
						const swapped = code.slice();
						swapped[i] = code[j] as number;
						swapped[j] = code[i] as number;
						if (isChecked(swapped)) missed.push(swapped);
						transpositions++;
					}
				}
			}
		}
		expect(missed).toEqual([]);
		expect(substitutions).toBeGreaterThan(300_000);
		expect(transpositions).toBeGreaterThan(100_000);
	});

	it('refuses codes longer than the weights allow', () => {
		expect(() => checkSymbol(new Array(MAX_CHECKED_LENGTH).fill(0))).toThrow(RangeError);
		expect(isChecked(new Array(MAX_CHECKED_LENGTH + 1).fill(0))).toBe(false);
		expect(isChecked([0])).toBe(false);
	});
});
