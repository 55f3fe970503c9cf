/**
 * Exposes the validated fact base as `virtual:fact-base`. Validation runs at
 * build time, so a broken fact file fails the build with the fact id and field.
 */
import type { Plugin } from 'vite';
import { FACTS_FILE, SOURCES_FILE, loadFactBase } from './load.ts';

const ID = 'virtual:fact-base';
const RESOLVED = '\0' + ID;

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
			return `export default ${JSON.stringify(loadFactBase())};`;
		}
	};
}
