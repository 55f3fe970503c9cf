import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ALPHABET,
	RADIX,
	compactCode,
	formatSymbols,
	fromSymbols,
	readSymbols,
	symbolsForBits,
	toSymbols
} from './alphabet';

describe('alphabet', () => {
	it('has 31 distinct symbols, a prime count, and none of 0 O 1 I L', () => {
		expect(ALPHABET).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ');
		expect(RADIX).toBe(31);
		expect(new Set(ALPHABET).size).toBe(31);
		for (let d = 2; d * d <= RADIX; d++) expect(RADIX % d).not.toBe(0);
		for (const ch of '0O1IL') expect(ALPHABET).not.toContain(ch);
		// Only QR alphanumeric-mode characters (with the "-" of the display form).
		expect(ALPHABET).toMatch(/^[0-9A-Z]+$/);
	});
});

describe('readSymbols', () => {
	it('ignores case, spaces and dashes of every kind, and folds full-width forms', () => {
		const expected = readSymbols('ABCDE23456');
		expect(expected.ok).toBe(true);
		for (const text of [
			'abcde23456',
			'ABCDE-23456',
			' abcde 23456 ',
			'ab-cd-e2 3-456',
			'ABCDE\u201323456', // en dash
			'ABCDE\u201423456', // em dash
			'ABCDE\u221223456', // minus sign
			'ABCDE\u00a023456', // no-break space
			'\tABCDE\n23456',
			'ＡＢＣＤＥ２３４５６' // full-width
		]) {
			expect(readSymbols(text), text).toEqual(expected);
		}
		expect(compactCode(' ab-c ')).toBe('ABC');
	});

	it('says empty for nothing but spaces and dashes', () => {
		for (const text of ['', '   ', '-', ' - - ']) {
			expect(readSymbols(text)).toMatchObject({ ok: false, reason: 'empty' });
		}
	});

	it('names O, 0, I, L and 1 clearly, with their position, and maps none of them', () => {
		const cases: [string, RegExp][] = [
			['O', /letter O, but codes never use the letter O or the digit 0/],
			['o', /letter O, but codes never use the letter O or the digit 0/],
			['0', /digit 0, but codes never use the letter O or the digit 0/],
			['I', /letter I, but codes never use the letters I and L or the digit 1/],
			['i', /letter I, but/],
			['L', /letter L, but/],
			['l', /letter L, but/],
			['1', /digit 1, but codes never use the letters I and L/]
		];
		for (const [ch, message] of cases) {
			const result = readSymbols(`AB-C${ch}D`);
			expect(result, ch).toMatchObject({ ok: false, reason: 'character', position: 4 });
			if (!result.ok) {
				expect(result.message).toMatch(message);
				expect(result.message).toMatch(/^The 4th letter or digit is/);
			}
		}
		expect(readSymbols('O')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/^That is the letter O/)
		});
	});

	it('reports any other character', () => {
		expect(readSymbols('AB#C')).toMatchObject({
			ok: false,
			reason: 'character',
			position: 3,
			message: expect.stringMatching(/^The 3rd character \(“#”\) is not used in codes/)
		});
		expect(readSymbols('AB😀C')).toMatchObject({ ok: false, reason: 'character', position: 3 });
	});
});

describe('base-31 numbers', () => {
	it('round-trip', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: 0n, max: (1n << 110n) - 1n }), (value) => {
				const k = symbolsForBits(110);
				const symbols = toSymbols(value, k);
				expect(symbols).toHaveLength(k);
				expect(fromSymbols(symbols)).toBe(value);
				expect(readSymbols(formatSymbols(symbols, 4))).toEqual({ ok: true, symbols });
			})
		);
	});

	it('use the fewest symbols that hold the bits', () => {
		for (let bits = 1; bits <= 120; bits++) {
			const k = symbolsForBits(bits);
			expect(31n ** BigInt(k)).toBeGreaterThanOrEqual(1n << BigInt(bits));
			expect(31n ** BigInt(k - 1)).toBeLessThan(1n << BigInt(bits));
		}
		expect(symbolsForBits(44)).toBe(9);
		expect(() => toSymbols(31n ** 3n, 3)).toThrow(RangeError);
	});

	it('format in dash-separated groups', () => {
		expect(formatSymbols([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)).toBe('23456-789AB');
		expect(formatSymbols([0, 1, 2, 3, 4, 5], 4)).toBe('2345-67');
		expect(formatSymbols([0, 1, 2], 0)).toBe('234');
	});
});
