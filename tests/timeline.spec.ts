import { expect, test } from '@playwright/test';
import { axeViolations, goOfflineAfterFirstVisit } from './helpers';

test('the timeline lists dated events by year; an event opens its fact and quotes; the drill starts (offline)', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context, '/timeline');
	await page.reload();
	const years = page.getByRole('heading', { level: 2 });
	const yearTexts = (await years.allTextContents()).filter((t) => /^\d{4}$/.test(t));
	expect(yearTexts[0]).toBe('1979');
	expect(yearTexts.at(-1)).toBe('2024');
	expect([...yearTexts].sort()).toEqual(yearTexts);
	// The two accounts of Soleimani's killing say whose each is, so they do not read as a duplicate.
	const soleimani = page.locator('summary', { hasText: 'Killing of Qassem Soleimani' });
	await expect(soleimani).toHaveCount(2);
	await expect(soleimani.filter({ hasText: 'The Dispatch’s account' })).toHaveCount(1);
	await expect(soleimani.filter({ hasText: 'The Conversation’s account' })).toHaveCount(1);

	const kerman = page.locator('summary', { hasText: '3 January 2024' }).first();
	await kerman.focus();
	await page.keyboard.press('Enter');
	const details = kerman.locator('xpath=..');
	await expect(details.locator('blockquote').first()).toBeVisible();
	await expect(details.locator('figcaption').first()).toContainText(
		/The Dispatch|The Conversation/
	);
	expect(await axeViolations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('list', { name: 'Events, earliest first' })).toBeVisible();
	const count = await page
		.getByRole('list', { name: 'Events, earliest first' })
		.locator('li')
		.count();
	expect(count).toBeGreaterThanOrEqual(4);
	expect(count).toBeLessThanOrEqual(6);
	// Focus follows each button that goes away: to the prompt, then to "Another set".
	await expect(page.getByText('Put these events in chronological order')).toBeFocused();
	await page.getByRole('button', { name: 'Check order' }).click();
	await expect(page.getByRole('status').filter({ hasText: /✓|✗/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Another set' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Put these events in chronological order')).toBeFocused();
});
