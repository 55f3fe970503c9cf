/**
 * The core is pure: no Svelte, DOM, IndexedDB or Node at run time. tsconfig.core.json
 * (no DOM or Node types) and the ESLint rule enforce it at build time; this test
 * checks the imports of every non-test module directly.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
/** Svelte, SvelteKit, the app's own modules (DB, components), IndexedDB and Node. */
const FORBIDDEN =
	/^(?:svelte|svelte\/.*|\$app\/.*|\$lib(?:\/.*)?|\$content(?:\/.*)?|idb|node:.*|fs|path|url|os|child_process|crypto|worker_threads)$/;

function modules(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return modules(path);
		return /\.ts$/.test(name) && !/\.(test|bench)\.ts$/.test(name) ? [path] : [];
	});
}

describe('src/lib/core purity', () => {
	it('imports no Svelte, app, IndexedDB or Node module (and uses relative paths inside)', () => {
		const bad: string[] = [];
		for (const file of modules(ROOT)) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(
				/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+['"]([^'"]+)['"]/g
			)) {
				const spec = m[1] as string;
				if (spec.startsWith('.')) continue;
				if (FORBIDDEN.test(spec)) bad.push(`${relative(ROOT, file)}: ${spec}`);
			}
			for (const m of text.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]/g)) {
				if (!(m[1] as string).startsWith('.')) bad.push(`${relative(ROOT, file)}: import(${m[1]})`);
			}
		}
		expect(bad).toEqual([]);
	});

	it('touches no browser or Node globals', () => {
		const bad: string[] = [];
		const globals =
			/\b(?:window|document|navigator|indexedDB|localStorage|fetch|process|require)\s*[.(]/;
		for (const file of modules(ROOT)) {
			const code = readFileSync(file, 'utf8')
				.replace(/\/\*[\s\S]*?\*\//g, '')
				.replace(/\/\/.*$/gm, '');
			if (globals.test(code)) bad.push(relative(ROOT, file));
		}
		expect(bad).toEqual([]);
	});
});
