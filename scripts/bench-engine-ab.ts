/**
 * Is the engine faster than at another commit? Single timings on a shared
 * or slow machine move by 10-25% from run to run, far more than most engine
 * changes, so this compares the two in pairs: the working tree's
 * `generateCards` (B) and that of `<rev>` (A) run in turn in one Chromium
 * page, on the same synthetic fact base and seed, alternating which goes
 * first (ABBA…: the second of a pair tends to run faster). The median of
 * the paired differences is the figure to read, beside its quartiles.
 *
 *   npx tsx scripts/bench-engine-ab.ts <rev> [--size 10000] [--pairs 100]
 *
 * It also says whether both made the same cards (for seed 0), as a change
 * meant only to be faster should. `<rev>` is checked out in a temporary
 * worktree under bench/tmp, removed afterwards.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, median } from './bench-support';
import { bundleIife } from './bundle-iife';

function option(name: string, fallback: number): number {
	const at = process.argv.indexOf(`--${name}`);
	const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
	if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive integer`);
	return value;
}

const rev = process.argv[2];
if (!rev || rev.startsWith('--')) {
	console.error('usage: npx tsx scripts/bench-engine-ab.ts <rev> [--size 10000] [--pairs 100]');
	process.exit(2);
}
const size = option('size', 10_000);
const pairs = option('pairs', 100);

type Generate = Parameters<typeof import('./bench-engine-ab-page').runPairs>[0];

declare global {
	interface Window {
		A: { generateCards: Generate };
		B: { generateCards: Generate };
		Pairs: typeof import('./bench-engine-ab-page');
	}
}

// Inside the repository, so the old tree's imports find node_modules.
mkdirSync('bench/tmp', { recursive: true });
const tree = resolve('bench/tmp/ab-base');
rmSync(tree, { recursive: true, force: true });
execFileSync('git', ['worktree', 'prune']);
execFileSync('git', ['worktree', 'add', '--detach', '--quiet', tree, rev]);
// Its tsconfig extends one `svelte-kit sync` writes, which a bare checkout lacks; the engine needs neither.
writeFileSync(`${tree}/tsconfig.json`, '{}\n');
const browser = await chromium.launch({ executablePath: chromiumPath() });
try {
	const scripts = [
		await bundleIife(`${tree}/src/lib/core/cards.ts`, 'A'),
		await bundleIife(resolve('src/lib/core/cards.ts'), 'B'),
		await bundleIife(resolve('scripts/bench-engine-ab-page.ts'), 'Pairs')
	];
	const page = await browser.newPage();
	for (const content of scripts) await page.addScriptTag({ content });
	const result = await page.evaluate(
		([size, pairs]) =>
			window.Pairs.runPairs(window.A.generateCards, window.B.generateCards, size, pairs),
		[size, pairs] as const
	);
	const sorted = (xs: number[]) => [...xs].sort((x, y) => x - y);
	const at = (xs: number[], q: number) => sorted(xs)[Math.floor(q * (xs.length - 1))]!;
	const diffs = result.msB.map((b, i) => b - result.msA[i]!);
	const fmt = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(1)}`;
	console.log(`Synthetic base of ${size} facts, ${pairs} pairs in Chromium ${browser.version()}`);
	console.log(`  A ${rev}: median ${median(result.msA).toFixed(1)} ms, ${result.cards[0]} cards`);
	console.log(
		`  B working tree: median ${median(result.msB).toFixed(1)} ms, ${result.cards[1]} cards`
	);
	console.log(
		`  B − A, paired: median ${fmt(median(diffs))} ms (quartiles ${fmt(at(diffs, 0.25))} / ${fmt(at(diffs, 0.75))}; 10th-90th ${fmt(at(diffs, 0.1))} / ${fmt(at(diffs, 0.9))})`
	);
	console.log(`  same cards (seed 0): ${result.sameCards ? 'yes' : 'NO'}`);
} finally {
	await browser.close();
	rmSync(tree, { recursive: true, force: true });
	execFileSync('git', ['worktree', 'prune']);
}
