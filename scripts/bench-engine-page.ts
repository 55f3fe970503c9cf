/**
 * The page side of `bench-engine-browser.ts`: the engine and the synthetic
 * fact base, bundled by Vite and run in Chromium. Timed here, in the page,
 * so only the engine's work is counted.
 */
import { generateCards } from '../src/lib/core/cards';
import { syntheticFactBase } from '../src/lib/core/synthetic';
import type { FactBase } from '../src/lib/core/types';

export interface PageFigure {
	cards: number;
	timesMs: number[];
}

/** A fresh copy, so every run builds the indexes again ("cold"), as in bench-engine.ts. */
export function copy(base: FactBase): FactBase {
	return { ...base, facts: base.facts.map((f) => ({ ...f })) };
}

function timeRuns(base: FactBase, warmups: number, runs: number): PageFigure {
	for (let i = 0; i < warmups; i++) generateCards(copy(base), { seed: i });
	const timesMs: number[] = [];
	let cards = 0;
	for (let i = 0; i < runs; i++) {
		const fresh = copy(base);
		const t0 = performance.now();
		cards = generateCards(fresh, { seed: i }).length;
		timesMs.push(performance.now() - t0);
	}
	return { cards, timesMs };
}

/** Generate every card for the real fact base (passed in from Node). */
export function realBase(base: FactBase, runs: number): PageFigure {
	return timeRuns(base, 5, runs);
}

/** Generate every card for the synthetic fact base of 10,000 facts. */
export function synthetic10k(runs: number): PageFigure & { facts: number } {
	const base = syntheticFactBase(10_000, 1);
	return { facts: base.facts.length, ...timeRuns(base, 2, runs) };
}
