/**
 * In-browser timings on the production build, in a real Chromium:
 * navigation → first study card (online, and offline through the service
 * worker), grade → next card, and navigation → map drawn. Medians.
 * Run: npx tsx scripts/bench-browser.ts [--json]
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath, median, startServer } from './bench-support';

const PORT = Number(process.env.BENCH_PORT ?? 4185);
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 10);

/** ms from navigation start until `selector` is in the DOM and a frame has been drawn. */
async function timeToSelector(page: Page, selector: string): Promise<number> {
	return page.evaluate(
		(sel) =>
			new Promise<number>((resolve) => {
				const check = () => {
					if (document.querySelector(sel)) requestAnimationFrame(() => resolve(performance.now()));
					else requestAnimationFrame(check);
				};
				check();
			}),
		selector
	);
}

/** tsx keeps function names with a `__name` helper that does not exist in the page. */
async function newContext(browser: Browser) {
	const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
	await context.addInitScript('window.__name = (f) => f');
	return context;
}

async function firstCard(browser: Browser, offline: boolean): Promise<number[]> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(`${BASE}/study`);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	if (offline) await context.setOffline(true);
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		await page.goto(`${BASE}/study`, { waitUntil: 'commit' });
		times.push(await timeToSelector(page, '[data-card-id]'));
	}
	await context.close();
	return times;
}

async function gradeToNext(browser: Browser): Promise<{ dom: number[]; frame: number[] }> {
	const context = await newContext(browser);
	const page = await context.newPage();
	// Dates cards are all flashcards (map cards are answered on the map, not with Space).
	await page.goto(`${BASE}/study?topic=dates`);
	await page.waitForSelector('[data-card-id]');
	const dom: number[] = [];
	const frame: number[] = [];
	for (let i = 0; i < Math.max(RUNS, 15); i++) {
		await page.keyboard.press('Space');
		await page.waitForSelector('[data-testid="answer"]:visible');
		const [d, f] = await page.evaluate(
			() =>
				new Promise<[number, number]>((resolve) => {
					const card = document.querySelector('[data-card-id]')!;
					const before = card.getAttribute('data-card-id');
					const t0 = performance.now();
					const observer = new MutationObserver(() => {
						const now = document.querySelector('[data-card-id]');
						if (now && now.getAttribute('data-card-id') !== before) {
							observer.disconnect();
							const t1 = performance.now();
							requestAnimationFrame(() => resolve([t1 - t0, performance.now() - t0]));
						}
					});
					observer.observe(document.body, {
						subtree: true,
						attributes: true,
						childList: true,
						attributeFilter: ['data-card-id']
					});
					window.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
				})
		);
		dom.push(d);
		frame.push(f);
	}
	await context.close();
	return { dom, frame };
}

async function mapFirstRender(browser: Browser): Promise<number[]> {
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(`${BASE}/map`);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		await page.goto(`${BASE}/map`, { waitUntil: 'commit' });
		times.push(await timeToSelector(page, 'svg path[data-id]'));
	}
	await context.close();
	return times;
}

export async function browserBench() {
	const server = await startServer(PORT);
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking']
	});
	try {
		const online = await firstCard(browser, false);
		const offline = await firstCard(browser, true);
		const grade = await gradeToNext(browser);
		const map = await mapFirstRender(browser);
		return {
			firstCardOnlineMs: median(online),
			firstCardOfflineMs: median(offline),
			gradeToNextCardDomMs: median(grade.dom),
			gradeToNextCardFrameMs: median(grade.frame),
			mapFirstRenderMs: median(map),
			runs: RUNS
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

if (process.argv[1]?.endsWith('bench-browser.ts')) {
	const result = await browserBench();
	if (process.argv.includes('--json')) console.log(JSON.stringify(result));
	else console.table(result);
}
