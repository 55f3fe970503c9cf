/**
 * The symbols classroom codes are written in, and how typed text is read.
 *
 * The alphabet is the 36 digits and capital letters minus the five that are
 * easy to confuse: 0 and O, 1, I and L. That leaves 31 symbols, and 31 is a
 * prime, which is what lets the check character (`./check.ts`) catch every
 * single typo and every swap of two characters.
 *
 *     23456789ABCDEFGHJKMNPQRSTUVWXYZ
 *
 * Reading typed text (`readSymbols`):
 * - Unicode compatibility forms are folded (NFKC: full-width "Ａ" is "A"),
 *   lower case is read as upper case, and spaces and dashes (any whitespace,
 *   "-", and the Unicode hyphens, dashes and minus sign) are ignored.
 * - Look-alikes are NOT mapped. Crockford's base32 reads O as 0 and I/L as 1,
 *   but here both halves of each pair are left out, so there is no symbol a
 *   typed O, 0, I, 1 or L could unambiguously mean. They are reported with a
 *   clear message instead ("The 3rd letter or digit is the letter O, but codes
 *   never use the letter O or the digit 0 …"). No code ever shows them, so
 *   the student is re-reading a code that has none.
 * - Every other character is reported as not used in codes.
 *
 * All codes use only digits, capital letters and "-", so they fit a QR code's
 * compact alphanumeric mode.
 */
import { ordinal } from '../text';

export const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** 31: a prime. */
export const RADIX = ALPHABET.length;

const VALUE_OF = new Map<string, number>([...ALPHABET].map((ch, i) => [ch, i]));

/** Hyphen-minus, the Unicode hyphens and dashes, the minus sign and whitespace. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]/g;

const NEVER_O = 'codes never use the letter O or the digit 0 (zero)';
const NEVER_I = 'codes never use the letters I and L or the digit 1 (one)';
/** The look-alikes left out of the alphabet: what they are, and the rule. */
const EXCLUDED: Record<string, [string, string]> = {
	O: ['the letter O', NEVER_O],
	'0': ['the digit 0', NEVER_O],
	I: ['the letter I', NEVER_I],
	L: ['the letter L', NEVER_I],
	'1': ['the digit 1', NEVER_I]
};

export type ReadSymbols =
	| { ok: true; symbols: number[] }
	| {
			ok: false;
			reason: 'empty' | 'character';
			message: string;
			/** 1-based position of the offending character, separators not counted. */
			position?: number;
	  };

/** The compact form of typed text: NFKC, upper case, no spaces or dashes. */
export function compactCode(text: string): string {
	return text.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
}

/** Reads typed or pasted text into symbol values (0..30), or says what is wrong with it. */
export function readSymbols(text: string): ReadSymbols {
	const compact = compactCode(text);
	if (compact.length === 0) {
		return { ok: false, reason: 'empty', message: 'Type or paste a code first.' };
	}
	const symbols: number[] = [];
	const chars = [...compact];
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i] as string;
		const value = VALUE_OF.get(ch);
		if (value !== undefined) {
			symbols.push(value);
			continue;
		}
		const excluded = EXCLUDED[ch];
		// "letter or digit": the count leaves out the dash the code is printed with.
		const which =
			chars.length > 1
				? `The ${ordinal(i + 1)} ${excluded ? 'letter or digit' : 'character'}`
				: 'That';
		const message = excluded
			? `${which} is ${excluded[0]}, but ${excluded[1]}: please check the code again.`
			: `${which} (“${ch}”) is not used in codes: they have only capital letters and the digits 2 to 9.`;
		return { ok: false, reason: 'character', message, position: i + 1 };
	}
	return { ok: true, symbols };
}

/** The symbols written out, in groups of `group` joined by dashes (0: no dashes). */
export function formatSymbols(symbols: readonly number[], group: number): string {
	const text = symbols
		.map((v) => {
			const ch = ALPHABET[v];
			if (ch === undefined) throw new RangeError(`Not a code symbol value: ${v}`);
			return ch;
		})
		.join('');
	if (group <= 0) return text;
	const parts: string[] = [];
	for (let i = 0; i < text.length; i += group) parts.push(text.slice(i, i + group));
	return parts.join('-');
}

const BIG_RADIX = BigInt(RADIX);

/** How many symbols it takes to hold any number of `bits` bits: the least k with 31^k ≥ 2^bits. */
export function symbolsForBits(bits: number): number {
	const limit = 1n << BigInt(bits);
	let k = 0;
	let room = 1n;
	while (room < limit) {
		room *= BIG_RADIX;
		k++;
	}
	return k;
}

/** A non-negative integer as exactly `length` base-31 digits, most significant first. */
export function toSymbols(value: bigint, length: number): number[] {
	if (value < 0n) throw new RangeError('Negative value');
	const out = new Array<number>(length).fill(0);
	let rest = value;
	for (let i = length - 1; i >= 0; i--) {
		out[i] = Number(rest % BIG_RADIX);
		rest /= BIG_RADIX;
	}
	if (rest !== 0n) throw new RangeError(`Value does not fit in ${length} symbols`);
	return out;
}

/** Base-31 digits (most significant first) back to the integer. */
export function fromSymbols(symbols: readonly number[]): bigint {
	let value = 0n;
	for (const s of symbols) value = value * BIG_RADIX + BigInt(s);
	return value;
}
