/**
 * Text normalisation and typed-answer matching.
 *
 * A typed answer is right when, after normalising, it equals one accepted
 * answer. Normalising ignores case, surrounding spaces and punctuation,
 * diacritics ("Soleimani" = "Soléimani"), typographic quotes and dashes, a
 * leading article ("the Taliban" = "Taliban"), and the spacing and hyphens
 * inside names ("ISIS-K" = "ISIS K" = "isisk"). Aliases are handled by the
 * question carrying every accepted form (a group's name and all its aliases).
 */

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`´]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033«»]/g;
const MARKS = /\p{M}+/gu;

/** Case-, diacritic- and space-insensitive form, keeping inner punctuation. */
export function normalize(text: string): string {
	return text
		.normalize('NFKD')
		.replace(MARKS, '')
		.replace(DASHES, '-')
		.replace(SINGLE_QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** Strips surrounding punctuation and a leading English article. */
function trimAnswer(text: string): string {
	return text
		.replace(/^[\s"'.,;:!?()[\]-]+|[\s"'.,;:!?()[\]-]+$/g, '')
		.replace(/^(?:the|a|an) (?=\S)/, '');
}

/**
 * The key two answers are compared on: normalised, trimmed, then only its
 * letters and digits. "ISIS-K", "isis k" and " Isis–K. " share one key.
 */
export function answerKey(text: string): string {
	const hit = keyCache.get(text);
	if (hit !== undefined) return hit;
	const key = trimAnswer(normalize(text)).replace(/[^\p{L}\p{N}]+/gu, '');
	if (keyCache.size > 50_000) keyCache.clear();
	keyCache.set(text, key);
	return key;
}

/** answerKey is pure and called on the same names again and again: memoised. */
const keyCache = new Map<string, string>();

/** Whether `given` matches any of `accepted`, tolerantly (see the module comment). */
export function matchesAnswer(given: string, accepted: readonly string[]): boolean {
	const key = answerKey(given);
	if (key === '') return false;
	return accepted.some((a) => answerKey(a) === key);
}

/** Damerau–Levenshtein (optimal string alignment) distance, capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[] = new Array<number>(rows * cols).fill(0);
	for (let i = 0; i < rows; i++) d[i * cols] = i;
	for (let j = 0; j < cols; j++) d[j] = j;
	for (let i = 1; i < rows; i++) {
		let rowMin = Infinity;
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(
				(d[(i - 1) * cols + j] ?? 0) + 1,
				(d[i * cols + j - 1] ?? 0) + 1,
				(d[(i - 1) * cols + j - 1] ?? 0) + cost
			);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				v = Math.min(v, (d[(i - 2) * cols + j - 2] ?? 0) + 1);
			}
			d[i * cols + j] = v;
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
	}
	return d[rows * cols - 1] ?? max + 1;
}

/**
 * A wrong answer that is one typo away from an accepted one of at least eight
 * letters ("Suleimani" for "Soleimani"). It is still marked wrong; the UI can
 * say "almost — check the spelling".
 */
export function isNearMiss(given: string, accepted: readonly string[]): boolean {
	const key = answerKey(given);
	if (key.length < 8) return false;
	return accepted.some((a) => {
		const k = answerKey(a);
		return k.length >= 8 && k !== key && editDistance(k, key, 1) <= 1;
	});
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Upper-cases the first letter. */
export function capitalize(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases the first letter unless the first word looks like a name or acronym. */
export function decapitalize(text: string): string {
	const first = text.split(/\s/, 1)[0] ?? '';
	if (/^\p{Lu}[\p{Ll}'’]*$/u.test(first) && !/^(?:The|A|An)$/.test(first)) return text;
	if (/^(?:The|A|An)$/.test(first)) return text.charAt(0).toLowerCase() + text.slice(1);
	return text;
}

/** Drops a final full stop. */
export function stripFinalStop(text: string): string {
	return text.trim().replace(/[.。]+$/, '');
}

/** "1 review", "3 reviews", "1 quiz result": a count with its noun in the right number. */
export function counted(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/** "1st", "2nd", "3rd", "4th", "11th", "22nd". */
export function ordinal(n: number): string {
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}
