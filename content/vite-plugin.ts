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
			return `export default ${JSON.stringify(forTheApp(loadFactBase()))};`;
		}
	};
}
