import { expect, type BrowserContext, type Page } from '@playwright/test';

export const ROUTES = [
	{ path: '/', heading: 'Dossier' },
	{ path: '/study', heading: 'Study' },
	{ path: '/quiz', heading: 'Quiz' },
	{ path: '/timeline', heading: 'Timeline' },
	{ path: '/map', heading: 'Map' },
	{ path: '/facts', heading: 'Facts' },
	{ path: '/progress', heading: 'Progress' },
	{ path: '/class', heading: 'Class' },
	{ path: '/class/check', heading: 'Check results' }
] as const;

/** Loads the app and waits until the service worker controls the page. */
export async function loadWithServiceWorker(page: Page, path = '/') {
	await page.goto(path);
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** First visit online, then the network goes away. */
export async function goOfflineAfterFirstVisit(page: Page, context: BrowserContext, path = '/') {
	await loadWithServiceWorker(page, path);
	await context.setOffline(true);
	await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
}

/** Reads a whole object store straight from IndexedDB (test-side inspection only). */
export async function readStore<T = Record<string, unknown>>(
	page: Page,
	store: string
): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const open = indexedDB.open('dossier');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const request = db.transaction(name).objectStore(name).getAll();
					request.onsuccess = () => {
						resolve(request.result as T[]);
						db.close();
					};
					request.onerror = () => reject(request.error);
				};
			}),
		store
	);
}

/**
 * A setting as stored (undefined when never saved). Progress is written just
 * after the screen shows it, so a test that reloads waits for the write first.
 */
export async function readSetting<T = unknown>(page: Page, key: string): Promise<T | undefined> {
	const rows = await readStore<{ key: string; value: T }>(page, 'settings');
	return rows.find((row) => row.key === key)?.value;
}

/** The review log as stored: the reviews of every day record, in time order. */
export async function readReviewLog<T = Record<string, unknown>>(page: Page): Promise<T[]> {
	const days = await readStore<{ reviews: T[] }>(page, 'reviewDays');
	return days.flatMap((day) => day.reviews);
}

/** Runs a test body online, and again offline after a first online visit. */
export const NETWORK_MODES = ['online', 'offline'] as const;

/** Sets "New cards per day" on the progress page, already open, and waits until it is saved. */
export async function saveNewCardsPerDay(page: Page, count: number) {
	const limit = page.getByLabel('New cards per day');
	await expect(limit).toBeEnabled();
	await limit.fill(String(count));
	await limit.press('Enter');
	const cards = count === 1 ? '1 new card' : `${count} new cards`;
	await expect(page.getByText(`Saved: ${cards} a day.`)).toBeVisible();
}

/** How far (px) the page scrolls sideways: more than 1 means something is wider than the screen. */
export async function sidewaysOverflow(page: Page): Promise<number> {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/** axe violations as short readable lines ("color-contrast: <kbd>…"), empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { default: AxeBuilder } = await import('@axe-core/playwright');
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`));
}

/** Moves keyboard focus with Tab (and Shift+Tab) until `target` has it, like a keyboard user. */
export async function tabTo(page: Page, target: import('@playwright/test').Locator, max = 60) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with Tab`);
}
