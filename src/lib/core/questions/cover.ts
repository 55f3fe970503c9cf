/**
 * Picks sets of 4–6 mutually compatible items so that every item that can be
 * placed appears in at least one set (used for timeline and matching). Seeded
 * and deterministic; each set is sized at random between `min` and `max`.
 */
import { randomInt, shuffle, type Rng } from '../rng';

/** How far ahead (in the shuffled order) to look for compatible items. */
const LOOKAHEAD = 400;

export function coverSets<T extends { id: string }>(
	rng: Rng,
	items: readonly T[],
	compatible: (a: T, b: T) => boolean,
	min = 4,
	max = 6
): T[][] {
	const order = shuffle(rng, items);
	const used = new Set<string>();
	const sets: T[][] = [];
	const fits = (c: T, set: readonly T[]) => set.every((s) => s.id !== c.id && compatible(s, c));
	for (let i = 0; i < order.length; i++) {
		const seed = order[i] as T;
		if (used.has(seed.id)) continue;
		const size = min + randomInt(rng, max - min + 1);
		const set: T[] = [seed];
		for (let j = 1; j < Math.min(order.length, LOOKAHEAD) && set.length < size; j++) {
			const c = order[(i + j) % order.length] as T;
			if (!used.has(c.id) && fits(c, set)) set.push(c);
		}
		// Not enough fresh items: reuse items already placed in another set.
		if (set.length < min) {
			const start = randomInt(rng, order.length);
			for (let j = 0; j < Math.min(order.length, LOOKAHEAD) && set.length < size; j++) {
				const c = order[(start + j) % order.length] as T;
				if (fits(c, set)) set.push(c);
			}
		}
		used.add(seed.id);
		if (set.length >= min) {
			for (const s of set) used.add(s.id);
			sets.push(set);
		}
	}
	return sets;
}
