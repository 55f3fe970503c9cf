/** Node-side loader: reads the YAML files and validates them (build and tests). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { validateFactBase } from './validate.ts';
import type { FactBase } from './schema.ts';

export const FACTS_FILE = fileURLToPath(new URL('./facts.yaml', import.meta.url));
export const SOURCES_FILE = fileURLToPath(new URL('./sources.yaml', import.meta.url));

export function loadFactBase(): FactBase {
	return validateFactBase(
		parse(readFileSync(FACTS_FILE, 'utf8')),
		parse(readFileSync(SOURCES_FILE, 'utf8'))
	);
}
