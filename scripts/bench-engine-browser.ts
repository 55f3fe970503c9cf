/**
 * The engine benchmarks again, in Chromium: the app generates its cards in
 * the browser, so this is the speed a learner gets. The engine is bundled
 * and minified by Vite, as the app's own code is, and run in a blank page
 * (no server, no app around it). Node's figures (bench-engine.ts) are slower
 * on this machine: Node 20's V8 is older than Chromium's.
 *
 *   npx tsx scripts/bench-engine-browser.ts          # table
 *   npx tsx scripts/bench-engine-browser.ts --json   # table, then one JSON object on the last line
 */
import { chromium } from '@playwright/test';
import { loadFactBase } from '../content/load';
import { chromiumPath, median } from './bench-support';
import { bundleIife } from './bundle-iife';
import type { PageFigure } from './bench-engine-page';

const json = process.argv.includes('--json');
const REAL_RUNS = 30;
const SYNTHETIC_RUNS = 9;

interface Summary {
	cards: number;
	medianMs: number;
	minMs: number;
	runs: number;
}

const summary = (f: PageFigure): Summary => ({
	cards: f.cards,
	medianMs: Math.round(median(f.timesMs) * 10) / 10,
	minMs: Math.round(Math.min(...f.timesMs) * 10) / 10,
	runs: f.timesMs.length
});

declare global {
	interface Window {
		/** bench-engine-page.ts, bundled under this name. */
		engineBench: typeof import('./bench-engine-page');
	}
}

const code = await bundleIife(
	new URL('./bench-engine-page.ts', import.meta.url).pathname,
	'engineBench'
);
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking']
});
try {
	const page = await browser.newPage();
	await page.addScriptTag({ content: code });
	const results: Record<string, unknown> = { chromium: browser.version() };
	const rows: Array<[string, string]> = [];
	const real = summary(
		await page.evaluate(([base, runs]) => window.engineBench.realBase(base, runs), [
			loadFactBase(),
			REAL_RUNS
		] as const)
	);
	results.real = { ...real, targetMs: 20 };
	rows.push([`real fact base: generate ${real.cards} cards, cold`, `${real.medianMs} ms`]);
	const synthetic = summary(
		await page.evaluate((runs) => window.engineBench.synthetic10k(runs), SYNTHETIC_RUNS)
	);
	results.synthetic10k = { ...synthetic, targetMs: 500 };
	rows.push([
		`synthetic 10,000 facts: generate ${synthetic.cards} cards`,
		`${synthetic.medianMs} ms`
	]);
	const width = Math.max(...rows.map((r) => r[0].length));
	console.log(`Engine benchmarks in Chromium ${browser.version()} (median of runs)`);
	for (const [name, value] of rows) console.log(`  ${name.padEnd(width)}  ${value.padStart(10)}`);
	if (json) console.log(JSON.stringify({ bench: 'engine-browser', ...results }));
} finally {
	await browser.close();
}
