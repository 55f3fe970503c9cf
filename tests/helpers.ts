import { expect, type BrowserContext, type Page } from '@playwright/test';

export const ROUTES = [
	{ path: '/', heading: 'Dossier' },
	{ path: '/study', heading: 'Study' },
	{ path: '/quiz', heading: 'Quiz' },
	{ path: '/timeline', heading: 'Timeline' },
	{ path: '/map', heading: 'Map' },
	{ path: '/facts', heading: 'Facts' },
	{ path: '/progress', heading: 'Progress' }
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
