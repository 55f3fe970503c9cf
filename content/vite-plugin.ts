/**
 * Exposes the validated fact base as `virtual:fact-base`. Validation runs at
 * build time, so a broken fact file fails the build with the fact id and field.
 */
import type { Plugin } from 'vite';
import { FACTS_FILE, SOURCES_FILE, loadFactBase } from './load.ts';
import type { FactBase } from '../src/lib/core/types.ts';

const ID = 'virtual:fact-base';
const RESOLVED = '\0' + ID;

/** Curators' notes (how a date was resolved, why two wordings agree) stay in the YAML: no page shows them. */
function forTheApp(base: FactBase): FactBase {
	return { ...base, facts: base.facts.map(({ note: _note, ...fact }) => fact) };
}

/**
 * The module's source. A quote cited by several facts is written once (many
 * facts cite the same sentence): the facts refer to it by index, which
 * keeps about 11 KB of repeated text out of the bundle and the precache.
 */
export function factBaseModule(base: FactBase): string {
	const quotes: string[] = [];
	const indexOf = new Map<string, number>();
	const facts = base.facts.map((fact) => ({
		...fact,
		citations: fact.citations.map((c) => {
			let i = indexOf.get(c.quote);
			if (i === undefined) indexOf.set(c.quote, (i = quotes.push(c.quote) - 1));
			return { ...c, quote: `\u0000quote:${i}\u0000` };
		})
	}));
	// JSON writes the marker's NUL as \u0000, which no curated text contains.
	const body = JSON.stringify({ ...base, facts }).replace(
		/"\\u0000quote:(\d+)\\u0000"/g,
		(_, i: string) => `q[${i}]`
	);
	return `const q = ${JSON.stringify(quotes)};\nexport default ${body};\n`;
}

export function factBasePlugin(): Plugin {
	return {
		name: 'dossier-fact-base',
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			this.addWatchFile(FACTS_FILE);
			this.addWatchFile(SOURCES_FILE);
			return factBaseModule(forTheApp(loadFactBase()));
		}
	};
}
