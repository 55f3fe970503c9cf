import { expect, test } from '@playwright/test';
import {
	NETWORK_MODES,
	axeViolations,
	goOfflineAfterFirstVisit,
	readStore,
	readReviewLog,
	saveNewCardsPerDay
} from './helpers';

for (const mode of NETWORK_MODES) {
	test.describe(`study (${mode})`, () => {
		test('grade a card with the keyboard, reload: it is no longer due and the log has it; undo works', async ({
			page,
			context
		}) => {
			if (mode === 'offline') await goOfflineAfterFirstVisit(page, context, '/study');
			else await page.goto('/study');

			const card = page.getByRole('region', { name: 'Flashcard' });
			await expect(card).toBeVisible();
			const firstId = await card.getAttribute('data-card-id');
			const answer = page.getByTestId('answer');
			await expect(answer).toBeHidden();

			await page.keyboard.press('Space');
			await expect(answer).toBeVisible();
			const good = page.getByRole('button', { name: /^Good/ });
			await expect(good).toContainText(/\d+(m|h|d)/);
			await page.keyboard.press('3');
			await expect(card).not.toHaveAttribute('data-card-id', firstId!);
			await expect(page.getByRole('status').filter({ hasText: 'Next card.' })).toBeAttached();

			await expect.poll(async () => (await readReviewLog<{ cardId: string }>(page)).length).toBe(1);
			const [entry] = await readReviewLog<{ cardId: string; rating: number }>(page);
			expect(entry).toMatchObject({ cardId: firstId, rating: 3 });

			await page.reload();
			await expect(card).toBeVisible();
			expect(await card.getAttribute('data-card-id')).not.toBe(firstId);
			const states = await readStore<{ cardId: string; due: number }>(page, 'cardStates');
			const graded = states.find((s) => s.cardId === firstId);
			expect(graded!.due).toBeGreaterThan(Date.now());

			// Grade the next one Again, then undo: the card comes back and its log entry goes.
			const secondId = await card.getAttribute('data-card-id');
			const meta = page.getByTestId('study-meta');
			const left = Number((await meta.innerText()).match(/(\d+) left/)![1]);
			await page.keyboard.press('Enter');
			await page.keyboard.press('1');
			await expect(card).not.toHaveAttribute('data-card-id', secondId!);
			// The count goes down with the grade; the card to see again is counted apart.
			await expect(meta).toContainText(`${left - 1} left · 1 to see again`);
			await expect.poll(async () => (await readReviewLog(page)).length).toBe(2);
			await page.keyboard.press('u');
			await expect(card).toHaveAttribute('data-card-id', secondId!);
			await expect(answer).toBeVisible();
			await expect.poll(async () => (await readReviewLog(page)).length).toBe(1);
			const after = await readStore<{ cardId: string }>(page, 'cardStates');
			expect(after.some((s) => s.cardId === secondId)).toBe(false);
		});
	});
}

test('the study screen has no accessibility violations, front and back', async ({ page }) => {
	await page.goto('/study');
	await expect(page.getByRole('region', { name: 'Flashcard' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: /Show answer/ }).click();
	await page.getByText('Why? Show the source').click();
	await expect(page.locator('.why blockquote').first()).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('topic filter narrows the queue and an empty queue says when the next card is due', async ({
	page
}) => {
	await page.goto('/progress');
	await saveNewCardsPerDay(page, 1);

	await page.goto('/study');
	await page.getByRole('checkbox', { name: 'Geography' }).check();
	const card = page.locator('[data-card-id]');
	await expect(card).toBeVisible();
	if ((await card.getAttribute('aria-label')) === 'Map card') {
		await card.locator('fieldset button').first().click();
	} else {
		await page.getByRole('button', { name: /Show answer/ }).click();
	}
	await page.getByRole('button', { name: /^Easy/ }).click();
	await expect(page.getByTestId('next-due')).toContainText(/next card is due/);
});
