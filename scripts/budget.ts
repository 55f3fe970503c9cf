/** Fails (exit 1) when the production build exceeds a size budget, naming the figure. */
import { buildStats, kb } from './build-stats';

const BUDGET = {
	appShellGzip: 60 * 1024,
	routeGzip: 100 * 1024,
	precacheBytes: 800 * 1024
};

const stats = buildStats();
const failures: string[] = [];
const rows: Array<[string, number, number]> = [];

rows.push([
	'app shell JS (gzip, incl. service worker)',
	stats.appShell.totalGzip,
	BUDGET.appShellGzip
]);
for (const [route, { gzip }] of Object.entries(stats.routes).sort()) {
	rows.push([`route ${route} JS (gzip)`, gzip, BUDGET.routeGzip]);
}
rows.push(['precache (raw bytes)', stats.precache.bytes, BUDGET.precacheBytes]);

for (const [label, value, limit] of rows) {
	const ok = value <= limit;
	console.log(
		`${ok ? 'ok  ' : 'FAIL'}  ${label.padEnd(44)} ${kb(value).padStart(10)}  / ${kb(limit)}`
	);
	if (!ok) failures.push(`${label} is ${kb(value)}, over the budget of ${kb(limit)}`);
}
console.log(
	`      JS every page loads (gzip)${' '.repeat(16)}${kb(stats.commonToAllPagesGzip).padStart(10)}`
);
console.log(`      all built JS (gzip)${' '.repeat(23)}${kb(stats.totalJsGzip).padStart(10)}`);
console.log(`      precache entries ${stats.precache.entries}, gzip ${kb(stats.precache.gzip)}`);
if (stats.precache.missing.length) {
	failures.push(`precache lists files missing from build/: ${stats.precache.missing.join(', ')}`);
}
if (failures.length) {
	console.error(`\nBudget exceeded:\n  - ${failures.join('\n  - ')}`);
	process.exit(1);
}
console.log('Budgets met.');
