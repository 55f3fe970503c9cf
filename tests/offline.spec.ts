import { expect, test } from '@playwright/test';
import {
	ROUTES,
	goOfflineAfterFirstVisit,
	loadWithServiceWorker,
	saveNewCardsPerDay
} from './helpers';

test('the service worker takes control and every route renders offline after a reload', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context);
	await expect(page.getByRole('status').getByText('Offline')).toBeVisible();
	for (const route of ROUTES) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: route.heading })).toBeVisible();
		expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	}
});

test('an unknown path offline gets the app’s "Page not found", not the browser error page or Home', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context);
	const response = await page.goto('/no-such-page');
	expect(response?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Dossier' })).toHaveCount(0);
});

test('a setting written through the db module survives a reload and an offline reload', async ({
	page,
	context
}) => {
	await loadWithServiceWorker(page, '/progress');
	await saveNewCardsPerDay(page, 35);

	await page.reload();
	await expect(page.getByLabel('New cards per day')).toHaveValue('35');

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByLabel('New cards per day')).toHaveValue('35');
	await expect(page.getByTestId('persistence')).toContainText('persistent');
	// The space used in a unit that reads at a glance: "896 KB", not "0.9 MB" (or "0.0 MB").
	const usage = (await page.getByTestId('usage').textContent()) ?? '';
	const used = /^\s*Space used: (\d+(?:\.\d)?) (?:bytes|KB|MB|GB)\b/.exec(usage);
	expect(used, usage).not.toBeNull();
	expect(Number(used?.[1])).toBeGreaterThanOrEqual(1);
	expect(Number(used?.[1])).toBeLessThan(1024);
});
