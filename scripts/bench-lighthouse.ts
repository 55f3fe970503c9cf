/**
 * `npm run bench:lighthouse`: Lighthouse 12 (the newest that runs on Node 20;
 * 13 needs Node 22) against the production build in the system Chromium, with
 * mobile emulation, on Home, Study, Quiz and Map. Prints scores and LCP/TBT/CLS.
 * Set LIGHTHOUSE_STRICT=1 to fail when a score is under its target.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath, startServer } from './bench-support';

const PORT = Number(process.env.BENCH_PORT ?? 4188);
const PAGES = ['/', '/study', '/quiz', '/map'];
const TARGETS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;

const chromePath = process.env.CHROME_PATH ?? chromiumPath();

const server = await startServer(PORT);
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: [
		'--headless=new',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync'
	]
});

type Row = Record<string, string | number>;
const rows: Row[] = [];
const below: string[] = [];
try {
	for (const path of PAGES) {
		const result = await lighthouse(`http://localhost:${PORT}${path}`, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			formFactor: 'mobile',
			screenEmulation: {
				mobile: true,
				width: 412,
				height: 823,
				deviceScaleFactor: 1.75,
				disabled: false
			}
		});
		if (!result) throw new Error(`no Lighthouse result for ${path}`);
		const { categories, audits } = result.lhr;
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const row: Row = {
			page: path,
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
			'LCP ms': Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
			'TBT ms': Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
			CLS: Number((audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3))
		};
		rows.push(row);
		for (const [category, target] of Object.entries(TARGETS)) {
			if ((row[category] as number) < target) {
				const failing = Object.values(audits)
					.filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
					.map((a) => a.id)
					.slice(0, 6);
				below.push(`${path}: ${category} ${row[category]} < ${target} (${failing.join(', ')})`);
			}
		}
	}
} finally {
	await chrome.kill();
	server.kill();
}

console.table(rows);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/lighthouse.json', JSON.stringify(rows, null, 2) + '\n');
if (below.length) {
	console.log(`Below target:\n  - ${below.join('\n  - ')}`);
	if (process.env.LIGHTHOUSE_STRICT === '1') process.exit(1);
} else {
	console.log('Every page meets performance ≥ 95, accessibility 100, best practices 100.');
}
