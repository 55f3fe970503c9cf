/**
 * `npm run bench`: every size and speed figure in one table, also written to
 * bench/results.json. Each part runs in its own process so timings don't mix.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { buildStats, kb } from './build-stats';

type Figures = Record<string, unknown>;

function runJson(script: string, args: string[] = []): Figures | { error: string } {
	if (!existsSync(script)) return { error: `${script} not found` };
	try {
		const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--json', ...args], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'inherit'],
			maxBuffer: 64 * 1024 * 1024
		});
		const last = out.trim().split('\n').at(-1) ?? '{}';
		return JSON.parse(last) as Figures;
	} catch (error) {
		return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
	}
}

function show(title: string, rows: Array<[string, string]>) {
	console.log(`\n${title}\n${'-'.repeat(title.length)}`);
	const width = Math.max(...rows.map(([k]) => k.length));
	for (const [key, value] of rows) console.log(`  ${key.padEnd(width)}  ${value}`);
}

const fmt = (v: unknown, unit = '') =>
	typeof v === 'number' ? `${Number.isInteger(v) ? v : v.toFixed(1)}${unit}` : String(v ?? '—');

function flatten(
	figures: Figures,
	unitFor: (key: string) => string = () => ''
): Array<[string, string]> {
	return Object.entries(figures).map(([k, v]) => [
		k,
		typeof v === 'object' && v !== null ? JSON.stringify(v) : fmt(v, unitFor(k))
	]);
}

const ms = (key: string) => (/ms$/i.test(key) || /Ms$/.test(key) ? ' ms' : '');

const build = buildStats();
const results: Figures = { date: new Date().toISOString(), node: process.version, build };

show('Build (gzipped JS, precache)', [
	['app shell JS (gzip, incl. service worker)', kb(build.appShell.totalGzip)],
	...Object.entries(build.routes)
		.sort()
		.map(([route, r]): [string, string] => [`route ${route} JS (gzip)`, kb(r.gzip)]),
	['all built JS (gzip)', kb(build.totalJsGzip)],
	[
		'precache',
		`${build.precache.entries} entries, ${kb(build.precache.bytes)} raw, ${kb(build.precache.gzip)} gzip`
	]
]);

const parts: Array<[string, string, string[]]> = [
	['engine', 'scripts/bench-engine.ts', []],
	['engineInChromium', 'scripts/bench-engine-browser.ts', []],
	['progress', 'scripts/bench-progress.ts', []],
	['map', 'scripts/map-size.ts', []],
	['browser', 'scripts/bench-browser.ts', []],
	['indexeddb', 'scripts/bench-idb.ts', []]
];
for (const [name, script, args] of parts) {
	const figures = runJson(script, args);
	results[name] = figures;
	show(`${name} (${script})`, flatten(figures, ms));
}

/** The issues' speed targets, each beside its measured figure. */
const TARGETS: Array<[label: string, path: string, limitMs: number]> = [
	['#4 generate every card, real fact base (cold)', 'engine.real.generateCold.medianMs', 20],
	[
		'#4 generate every card, 10,000 synthetic facts (Node 20)',
		'engine.synthetic10k.generate.medianMs',
		500
	],
	[
		'#4 generate every card, 10,000 synthetic facts (Chromium)',
		'engineInChromium.synthetic10k.medianMs',
		500
	],
	['#4 dueCards over 100,000 states', 'engine.dueCards100k.dueCards.medianMs', 50],
	['#7 progress page, read and compute (100k reviews)', 'indexeddb.progressLoadAndComputeMs', 200],
	['#7 export (100k reviews)', 'indexeddb.exportMs', 1000],
	['#7 import into an empty store (100k reviews)', 'indexeddb.importIntoEmptyMs', 3000]
];

function at(path: string): unknown {
	return path
		.split('.')
		.reduce<unknown>((v, k) => (v as Record<string, unknown> | null)?.[k], results);
}

show(
	'Targets',
	TARGETS.map(([label, path, limit]) => {
		const value = at(path);
		const verdict = typeof value !== 'number' ? 'not measured' : value <= limit ? 'met' : 'MISSED';
		return [label, `${fmt(value, ' ms')}  (target ≤ ${limit} ms: ${verdict})`];
	})
);

mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
console.log('\nWrote bench/results.json');
