import { expect, test } from '@playwright/test';
import type { LocateQuestion } from '../src/lib/core';
import { axeViolations, goOfflineAfterFirstVisit, tabTo } from './helpers';
import { quizFor, quizUrl } from './quiz-answers';
import { asksHighlighted } from '../src/lib/components/map/variants';

test('a map question in a quiz, answered from the list with the keyboard, offline', async ({
	page,
	context
}) => {
	const settings = { seed: 9, count: 5, types: ['locate' as const], topics: [] };
	const question = quizFor(settings)[0] as LocateQuestion;
	expect(question.type).toBe('locate');
	await goOfflineAfterFirstVisit(page, context, '/quiz');
	await page.goto(quizUrl(settings));
	const section = page.locator(`[data-question-id="${question.id}"]`);
	await expect(section.locator('svg path[data-id]').first()).toBeAttached();
	const right = question.choices.find((c) => c.factId === question.answerChoiceId)!;
	await tabTo(page, section.getByRole('button', { name: right.name, exact: true }));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('feedback')).toContainText('Right!');
	expect(await axeViolations(page)).toEqual([]);
});

test('a map card in the study queue: answer on the map, then grade', async ({ page }) => {
	await page.goto('/study?topic=geography');
	const mapCard = page.getByRole('region', { name: 'Map card' });
	for (let i = 0; i < 8 && !(await mapCard.isVisible()); i++) {
		const card = page.getByRole('region', { name: 'Flashcard' });
		await expect(card.or(mapCard)).toBeVisible();
		if (await mapCard.isVisible()) break;
		const id = await card.getAttribute('data-card-id');
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
		await expect(card.or(mapCard)).not.toHaveAttribute('data-card-id', id!);
	}
	await expect(mapCard).toBeVisible();
	const cardId = await mapCard.getAttribute('data-card-id');
	await mapCard.getByRole('button').filter({ hasText: /\w/ }).last().click();
	await expect(page.getByText(/Suggested: (Good|Again)/)).toBeVisible();
	await page.keyboard.press('3');
	await expect(page.locator(`[data-card-id="${cardId}"]`)).toHaveCount(0);
});

test('"Which country is highlighted?" answered with a number key, offline', async ({
	page,
	context
}) => {
	let found: { seed: number; question: LocateQuestion } | null = null;
	for (let seed = 1; seed < 200 && !found; seed++) {
		const q = quizFor({ seed, count: 5, types: ['locate'], topics: [] })[0] as LocateQuestion;
		if (asksHighlighted(q)) found = { seed, question: q };
	}
	expect(found).not.toBeNull();
	const { seed, question } = found!;
	await goOfflineAfterFirstVisit(page, context, '/quiz');
	await page.goto(quizUrl({ seed, count: 5, types: ['locate'], topics: [] }));
	await expect(page.getByRole('heading', { name: 'Which country is highlighted?' })).toBeVisible();
	await expect(page.locator(`path[data-id="${question.target.iso3166}"]`).first()).toBeAttached();
	const index = question.choices.findIndex((c) => c.factId === question.answerChoiceId);
	await page.keyboard.press(String(index + 1));
	await expect(page.getByTestId('feedback')).toContainText('Right!');
	expect(await axeViolations(page)).toEqual([]);
});
