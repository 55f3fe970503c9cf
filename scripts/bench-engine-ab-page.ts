/**
 * The page side of `bench-engine-ab.ts`: runs two engines' `generateCards`
 * in pairs, in turn, on one synthetic fact base. Bundled by Vite and timed
 * in the page, so only the engines' work is counted.
 */
import { syntheticFactBase } from '../src/lib/core/synthetic';
import type { FactBase } from '../src/lib/core/types';
import { copy } from './bench-engine-page';

type Generate = (base: FactBase, options: { seed: number }) => unknown[];

export interface PairsResult {
	msA: number[];
	msB: number[];
	cards: [number, number];
	/** Whether both made the same cards for seed 0. */
	sameCards: boolean;
}

export function runPairs(a: Generate, b: Generate, size: number, pairs: number): PairsResult {
	const base = syntheticFactBase(size, 1);
	function timed(generate: Generate, seed: number, times: number[]): unknown[] {
		const facts = copy(base);
		const t0 = performance.now();
		const cards = generate(facts, { seed });
		times.push(performance.now() - t0);
		return cards;
	}
	for (let i = 0; i < 2; i++) {
		a(copy(base), { seed: i });
		b(copy(base), { seed: i });
	}
	const msA: number[] = [];
	const msB: number[] = [];
	let cards: [number, number] = [0, 0];
	let sameCards = true;
	for (let i = 0; i < pairs; i++) {
		// ABBA…: the second of a pair tends to run faster.
		const aFirst = i % 4 === 0 || i % 4 === 3;
		const first = aFirst ? timed(a, i, msA) : timed(b, i, msB);
		const second = aFirst ? timed(b, i, msB) : timed(a, i, msA);
		const [fromA, fromB] = aFirst ? [first, second] : [second, first];
		cards = [fromA.length, fromB.length];
		if (i === 0) sameCards = JSON.stringify(fromA) === JSON.stringify(fromB);
	}
	return { msA, msB, cards, sameCards };
}
