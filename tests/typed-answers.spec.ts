/** A typed answer one letter off gets one more try before it counts. */
import { expect, test } from '@playwright/test';
import type { ClozeQuestion } from '../src/lib/core';
import { answerKey } from '../src/lib/core/text';
import { quizFor, quizUrl } from './quiz-answers';

test('a spelling slip in a fill-in-the-blank is pointed out, and the second try counts', async ({
	page
}) => {
	const settings = { seed: 3, count: 10, types: ['cloze' as const], topics: [] };
	const questions = quizFor(settings) as ClozeQuestion[];
	const at = questions.findIndex((q) => answerKey(q.answer).length >= 8);
	expect(at).toBeGreaterThanOrEqual(0);
	await page.goto(quizUrl(settings));
	for (let i = 0; i < at; i++) {
		await page.getByLabel('Your answer').fill('x');
		await page.getByRole('button', { name: 'Check' }).click();
		await page.getByRole('button', { name: /Next question/ }).click();
	}
	const question = questions[at]!;
	const box = page.getByLabel('Your answer');
	// One letter dropped: not marked wrong yet.
	await box.fill(question.answer.slice(0, -1));
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByText('Close — check the spelling, then Check again.')).toBeVisible();
	await expect(box).toBeEditable();
	await expect(page.getByTestId('feedback')).not.toContainText(/Right|Not quite|answer/);
	await box.fill(question.answer);
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByTestId('feedback')).toContainText('Right!');
});
