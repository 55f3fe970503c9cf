import { expect, test } from '@playwright/test';
import { loadWithServiceWorker } from './helpers';

test('a waiting new version shows a Reload prompt and reloads only when asked', async ({
	page,
	context
}) => {
	await loadWithServiceWorker(page, '/progress');
	const firstScript = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);

	// Publish a "new version": the same worker with different bytes.
	await context.addCookies([{ name: 'sw-variant', value: 'next', url: page.url() }]);
	await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

	const prompt = page.getByRole('status').filter({ hasText: 'New version available.' });
	await expect(prompt).toBeVisible();
	// Not reloaded under the learner: a value typed before stays put.
	await page.getByLabel('New cards per day').fill('7');
	await page.waitForTimeout(500);
	await expect(page.getByLabel('New cards per day')).toHaveValue('7');

	const reloaded = page.waitForEvent('framenavigated');
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	await expect
		.poll(() =>
			page.evaluate(async () => {
				const reg = await navigator.serviceWorker.getRegistration();
				return reg?.waiting === null && navigator.serviceWorker.controller !== null;
			})
		)
		.toBe(true);
	expect(firstScript).toContain('/sw.js');
});
