import { expect, test } from '@playwright/test';
import { loadFactBase } from '../content/load';
import { generateCards, Good, newCardState, reviewCard } from '../src/lib/core';
import { questionSummary } from '../src/lib/core/question-text';
import {
	NETWORK_MODES,
	axeViolations,
	goOfflineAfterFirstVisit,
	readReviewLog,
	readSetting,
	readStore
} from './helpers';
import { answerWithKeyboard, quizFor, quizUrl } from './quiz-answers';

const settings = {
	seed: 4242,
	count: 10,
	types: ['mcq', 'truefalse', 'cloze', 'year'] as ('mcq' | 'truefalse' | 'cloze' | 'year')[],
	topics: []
};
// 9 is a cloze: its mistake must show its sentence, not only "Fill in the blank".
const WRONG = new Set([0, 3, 9]);

for (const mode of NETWORK_MODES) {
	test(`a 10-question quiz with a fixed seed: score, mistakes, resume after reload, retry (${mode})`, async ({
		page,
		context
	}) => {
		const questions = quizFor(settings);
		expect(questions).toHaveLength(10);
		if (mode === 'offline') await goOfflineAfterFirstVisit(page, context, '/quiz');
		await page.goto(quizUrl(settings));

		for (const [i, question] of questions.entries()) {
			await expect(page.getByText(`Question ${i + 1} of 10`, { exact: true })).toBeVisible();
			await answerWithKeyboard(page, question, !WRONG.has(i));
			if (i === 5) {
				// Reload after answering question 6, once the answer is saved: the quiz resumes
				// on it, answer and all.
				await expect
					.poll(
						async () =>
							(await readSetting<{ answers: unknown[] }>(page, 'quizInProgress'))?.answers.length
					)
					.toBe(6);
				await page.reload();
				await expect(page.locator(`[data-question-id="${question.id}"]`)).toBeVisible();
				await expect(page.getByTestId('feedback')).toContainText('Right!');
			}
			await expect(page.getByRole('button', { name: /Next question|See results/ })).toBeFocused();
			await page.keyboard.press('Enter');
		}

		await expect(page.getByTestId('score')).toContainText('7 / 10');
		const mistakes = page.getByTestId('mistakes').locator(':scope > li');
		await expect(mistakes).toHaveCount(3);
		for (const [n, i] of [...WRONG].entries()) {
			await expect(mistakes.nth(n)).toContainText(questionSummary(questions[i]!));
		}
		expect(await axeViolations(page)).toEqual([]);

		const results = await readStore<{ score: number; total: number }>(page, 'quizResults');
		expect(results).toEqual([expect.objectContaining({ score: 7, total: 10 })]);

		await page.getByRole('button', { name: 'Retry mistakes (3)' }).click();
		for (const [n, i] of [...WRONG].entries()) {
			await expect(page.getByText(`Question ${n + 1} of 3`, { exact: true })).toBeVisible();
			await answerWithKeyboard(page, questions[i]!, true);
			await page.keyboard.press('Enter');
		}
		await expect(page.getByTestId('score')).toContainText('3 / 3');
		// The retry is kept apart from the quiz it retried, and says so in the history.
		const saved = await readStore<{ id: string; retryOf?: string }>(page, 'quizResults');
		expect(saved).toHaveLength(2);
		const original = saved.find((r) => !r.retryOf)!;
		expect(saved.find((r) => r.retryOf)?.retryOf).toBe(original.id);
		await page.goto('/progress');
		await expect(page.getByTestId('quiz-history')).toContainText('retry of the mistakes');
	});
}

test('quiz set-up validates the count and Quick 10 starts ten questions', async ({ page }) => {
	await page.goto('/quiz');
	const count = page.getByLabel('Number of questions (5–50)');
	await count.fill('60');
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeDisabled();
	await expect(page.getByText('Choose a number from 5 to 50.')).toBeVisible();
	await count.fill('12');
	await expect(page.getByRole('button', { name: 'Start quiz' })).toBeEnabled();
	expect(await axeViolations(page)).toEqual([]);
	await page.getByRole('button', { name: 'Start Quick 10' }).click();
	await expect(page.getByText('Question 1 of 10', { exact: true })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('a wrong quiz answer counts as Again for a study card of the same fact already started', async ({
	page
}) => {
	const quiz = { seed: 11, count: 3, types: ['mcq' as const], topics: [] };
	const [question] = quizFor(quiz);
	const card = generateCards(loadFactBase(), { types: ['flashcard'] }).find(
		(c) => c.factIds[0] === question!.factIds[0]
	)!;
	expect(card).toBeDefined();
	const day = 86_400_000;
	const started = reviewCard(
		newCardState(card.id, Date.now() - 9 * day),
		Good,
		Date.now() - 9 * day
	);

	await page.goto('/quiz');
	// The set-up shows once the app has read its settings: the database exists by then.
	await expect(page.getByText('Have a code from your teacher?')).toBeVisible();
	await page.evaluate(
		(state) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('dossier');
				open.onsuccess = () => {
					const tx = open.result.transaction('cardStates', 'readwrite');
					tx.objectStore('cardStates').put(state);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		started.state
	);
	await page.goto(quizUrl(quiz));
	await answerWithKeyboard(page, question!, false);

	await expect
		.poll(async () =>
			(await readReviewLog<{ cardId: string; origin: string; rating: number }>(page)).map(
				(r) => `${r.cardId} ${r.origin} ${r.rating}`
			)
		)
		.toEqual([`${card.id} quiz 1`]);
	const [state] = await readStore<{ cardId: string; reps: number; due: number }>(
		page,
		'cardStates'
	);
	expect(state).toMatchObject({ cardId: card.id, reps: started.state.reps + 1 });
	expect(state!.due).toBeLessThan(Date.now() + day);
});
