/**
 * The check character: a weighted sum modulo the prime 31 (the ISBN-10
 * scheme, with 31 in place of 11).
 *
 * For a code of length L (check character included) with symbol values
 * x₁ … x_L, position i carries the weight wᵢ = L − i + 1, so the weights run
 * L, L−1, …, 2, 1 and the check character, last, has weight 1. The check
 * character is chosen so that
 *
 *     Σ wᵢ·xᵢ ≡ 0 (mod 31).
 *
 * Why it catches every single substitution: changing xᵢ to y ≠ xᵢ changes the
 * sum by wᵢ·(y − xᵢ). Both factors are non-zero mod 31 (1 ≤ wᵢ ≤ 30 and
 * 0 < |y − xᵢ| < 31), and 31 is prime, so their product is non-zero mod 31:
 * the sum is no longer 0.
 *
 * Why it catches every transposition (adjacent or not, check character
 * included): swapping xᵢ ≠ xⱼ changes the sum by (wᵢ − wⱼ)·(xⱼ − xᵢ). The
 * weights are distinct numbers in 1..30 (hence L ≤ 30), so wᵢ − wⱼ is
 * non-zero mod 31, and again the product of two non-zero residues mod a prime
 * is non-zero.
 *
 * A plain Luhn mod N misses some adjacent transpositions; a non-prime
 * alphabet (32 symbols) would miss substitutions where wᵢ·(y − x) ≡ 0.
 * Random garbage passes with probability 1/31.
 */
import { RADIX } from './alphabet';

/** The longest code the check character fully protects: weights must stay distinct and non-zero. */
export const MAX_CHECKED_LENGTH = RADIX - 1;

function weightedSum(symbols: readonly number[], length: number): number {
	let sum = 0;
	for (let i = 0; i < symbols.length; i++) sum += (length - i) * (symbols[i] as number);
	return sum % RADIX;
}

/** The check symbol to append to `data` (values 0..30). */
export function checkSymbol(data: readonly number[]): number {
	const length = data.length + 1;
	if (length > MAX_CHECKED_LENGTH)
		throw new RangeError(`A checked code has at most ${MAX_CHECKED_LENGTH} symbols`);
	// The check character's weight is 1, so it is minus the sum of the others.
	return (RADIX - weightedSum(data, length)) % RADIX;
}

/** `data` followed by its check symbol. */
export function withCheck(data: readonly number[]): number[] {
	return [...data, checkSymbol(data)];
}

/** Whether a full code (check symbol last) is consistent. */
export function isChecked(symbols: readonly number[]): boolean {
	if (symbols.length < 2 || symbols.length > MAX_CHECKED_LENGTH) return false;
	return weightedSum(symbols, symbols.length) === 0;
}
