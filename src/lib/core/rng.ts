/**
 * Seeded randomness. Every random choice in the engine goes through an `Rng`
 * made here, so the same seed always gives the same cards and quizzes.
 *
 * mulberry32 for the stream, cyrb53 to turn strings (and seed + label pairs)
 * into 32-bit seeds.
 */

/** A seeded source of numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG. */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** cyrb53: a fast 53-bit string hash (returned as a non-negative integer). */
export function hashString(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	return finish(h1, h2);
}

function finish(h1: number, h2: number): number {
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * `hashString(first + '\u0000' + rest.join('\u0000'))` without building the
 * string: `deriveRng` runs for every question, and the string was garbage at once.
 */
function hashJoined(first: string, rest: readonly string[]): number {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	const parts = rest.length > 0 ? rest : [''];
	for (let p = -1; p < parts.length; p++) {
		const text = p < 0 ? first : (parts[p] as string);
		if (p >= 0) {
			// The separator, \u0000: h ^ 0 is h.
			h1 = Math.imul(h1, 2654435761);
			h2 = Math.imul(h2, 1597334677);
		}
		for (let i = 0; i < text.length; i++) {
			const ch = text.charCodeAt(i);
			h1 = Math.imul(h1 ^ ch, 2654435761);
			h2 = Math.imul(h2 ^ ch, 1597334677);
		}
	}
	return finish(h1, h2);
}

/** A short, stable hexadecimal digest of a string (for ids built from several facts). */
export function shortHash(text: string): string {
	return hashString(text).toString(16).padStart(14, '0');
}

/** Turns a number or string seed into a 32-bit integer seed. */
export function seedOf(seed: number | string): number {
	if (typeof seed === 'number' && Number.isInteger(seed)) return seed >>> 0;
	return hashString(String(seed)) >>> 0;
}

/** An Rng for a seed. */
export function createRng(seed: number | string): Rng {
	return mulberry32(seedOf(seed));
}

/**
 * An independent Rng for one purpose under a seed, e.g. `deriveRng(seed, questionId)`:
 * the stream for one question does not depend on what was generated before it.
 */
export function deriveRng(seed: number | string, ...labels: string[]): Rng {
	return mulberry32(hashJoined(String(seedOf(seed)), labels) >>> 0);
}

/** An integer in [0, n). */
export function randomInt(rng: Rng, n: number): number {
	return Math.floor(rng() * n);
}

/** One element, uniformly; undefined for an empty list. */
export function pick<T>(rng: Rng, items: readonly T[]): T | undefined {
	if (items.length === 0) return undefined;
	return items[randomInt(rng, items.length)];
}

/** A shuffled copy (Fisher–Yates), uniform over permutations. */
export function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
	return shuffleInPlace(rng, items.slice());
}

/** `shuffle`, of an array the caller has just made (the same draws, no copy). */
export function shuffleInPlace<T>(rng: Rng, out: T[]): T[] {
	for (let i = out.length - 1; i > 0; i--) {
		const j = randomInt(rng, i + 1);
		const tmp = out[i] as T;
		out[i] = out[j] as T;
		out[j] = tmp;
	}
	return out;
}

/** `k` distinct elements in random order (k is clamped to the list length). */
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
	return shuffle(rng, items).slice(0, Math.max(0, k));
}
