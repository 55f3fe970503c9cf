import { expect, test } from '@playwright/test';
import { goOfflineAfterFirstVisit } from './helpers';

function countOf(text: string | null) {
	const match = /Showing (\d+) of (\d+) facts/.exec(text ?? '');
	if (!match) throw new Error(`unexpected count text: ${text}`);
	return { shown: Number(match[1]), total: Number(match[2]) };
}

test('search narrows the fact list and a fact shows its verbatim quotes, offline', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context, '/facts');
	await page.reload();
	const count = page.getByTestId('fact-count');
	const all = countOf(await count.textContent());
	expect(all.total).toBeGreaterThan(80);
	expect(all.shown).toBe(all.total);

	await page.getByLabel('Search facts').fill('Shahcheragh');
	await expect(count).not.toHaveText(`Showing ${all.total} of ${all.total} facts`);
	const narrowed = countOf(await count.textContent());
	expect(narrowed.shown).toBeGreaterThan(0);
	expect(narrowed.shown).toBeLessThan(all.total);

	const items = page.locator('.fact-list > li');
	await expect(items).toHaveCount(narrowed.shown);
	const first = items.first();
	await expect(first.locator('blockquote').first()).toBeVisible();
	await expect(first.locator('figcaption').first()).toContainText(/The Dispatch|The Conversation/);
	for (const text of await items.allTextContents()) expect(text).toMatch(/Shahcheragh/i);

	// Filters combine with the search and survive in the URL.
	await page.getByLabel('Search facts').fill('');
	await page.getByLabel('Kind').selectOption('place');
	await page.getByLabel('Topic').selectOption('geography');
	const places = countOf(await count.textContent());
	expect(places.shown).toBeGreaterThan(10);
	await expect(page).toHaveURL(/kind=place/);
	await page.reload();
	await expect(page.getByLabel('Kind')).toHaveValue('place');
	expect(countOf(await count.textContent()).shown).toBe(places.shown);
});

test('a disagreement shows both accounts with their sources', async ({ page }) => {
	await page.goto('/facts?q=according');
	const differing = page.locator('.fact-list > li', { hasText: 'The sources differ' }).first();
	await expect(differing).toBeVisible();
	await expect(differing.locator('figcaption', { hasText: 'The Dispatch' }).first()).toBeVisible();
	const conversation = differing.locator('figcaption', { hasText: 'The Conversation' }).first();
	await expect(conversation).toBeVisible();
	await expect(conversation).toContainText('Inflaming Middle East (via TPM Cafe');
});
