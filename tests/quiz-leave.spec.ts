/**
 * An unfinished quiz is not thrown away without asking: not by "Leave this
 * quiz", not by a class code link opened in the middle of it.
 */
import { expect, test } from '@playwright/test';
import { loadFactBase } from '../content/load';
import { encodeQuizCode, quizContentVersion } from '../src/lib/core/classroom';
import { readSetting } from './helpers';
import { answerWithKeyboard, quizFor, quizUrl } from './quiz-answers';

const settings = {
	seed: 77,
	count: 5,
	types: ['truefalse'] as 'truefalse'[],
	topics: []
};

test('leaving a quiz with answers asks first; keeping on keeps every answer', async ({ page }) => {
	const questions = quizFor(settings);
	await page.goto(quizUrl(settings));
	// No answer yet: nothing to lose, no question asked.
	await page.getByRole('button', { name: 'Leave this quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Have a code from your teacher?' })).toBeVisible();

	await page.goto(quizUrl(settings));
	await answerWithKeyboard(page, questions[0]!, true);
	await page.getByRole('button', { name: /Next question/ }).click();
	await answerWithKeyboard(page, questions[1]!, false);
	await page.getByRole('button', { name: 'Leave this quiz' }).click();
	await expect(page.getByRole('alert')).toHaveText('Leave and lose your 2 answers?');
	await page.getByRole('button', { name: 'Keep going' }).click();
	await expect(page.getByText('Question 2 of 5', { exact: true })).toBeVisible();
	await expect(page.getByTestId('feedback')).toBeVisible();

	await page.getByRole('button', { name: 'Leave this quiz' }).click();
	await page.getByRole('button', { name: 'Leave the quiz' }).click();
	await expect(page.getByRole('heading', { name: 'Have a code from your teacher?' })).toBeVisible();
	// Gone for good only now: a reload does not bring it back.
	await expect.poll(() => readSetting(page, 'quizInProgress')).toBeNull();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Have a code from your teacher?' })).toBeVisible();
});

test('a class code opened in the middle of a quiz asks before ending it', async ({ page }) => {
	const questions = quizFor(settings);
	const code = encodeQuizCode({
		topics: ['groups', 'dates', 'geography'],
		types: ['mcq'],
		count: 5,
		seed: 9,
		factBaseVersion: quizContentVersion(loadFactBase().version)
	});
	await page.goto(quizUrl(settings));
	await answerWithKeyboard(page, questions[0]!, true);

	await page.goto(`/quiz?code=${code}`);
	await expect(page.getByRole('heading', { name: 'Start the class quiz?' })).toBeVisible();
	await expect(page.getByText('(1 of 5 answered)')).toBeVisible();
	await page.getByRole('button', { name: 'Keep going with this one' }).click();
	await expect(page.getByRole('heading', { name: 'Start the class quiz?' })).toBeHidden();
	await expect(page.locator(`[data-question-id="${questions[0]!.id}"]`)).toBeVisible();

	await page.goto(`/quiz?code=${code}`);
	await page.getByRole('button', { name: 'Start the class quiz' }).click();
	await expect(page.getByText('Question 1 of 5', { exact: true })).toBeVisible();
	await expect(page.locator(`[data-question-id="${questions[0]!.id}"]`)).toBeHidden();
});
