import { describe, expect, it } from 'vitest';
import { loadFactBase } from './load';
import { factBaseModule } from './vite-plugin';

/** Runs the module's source and returns its default export. */
function evaluate(source: string): unknown {
	return new Function(source.replace('export default', 'return'))();
}

describe('the fact-base module', () => {
	const base = loadFactBase();
	const source = factBaseModule(base);

	it('gives back the fact base exactly, each quote written once', () => {
		expect(evaluate(source)).toEqual(base);
		const quote = base.facts[0]!.citations[0]!.quote;
		expect(source.split(JSON.stringify(quote)).length - 1).toBe(1);
		const cited = base.facts.flatMap((f) => f.citations.map((c) => c.quote));
		expect(cited.length).toBeGreaterThan(new Set(cited).size); // some quotes are cited twice or more
		expect(source.length).toBeLessThan(JSON.stringify(base).length);
	});

	it('keeps text that looks like its own markers as text', () => {
		const tricky = structuredClone(base);
		tricky.facts[0]!.statement = 'q[0] and "quote:1"';
		expect(evaluate(factBaseModule(tricky))).toEqual(tricky);
	});
});
