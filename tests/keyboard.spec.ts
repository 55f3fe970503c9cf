import { expect, test, type Page } from '@playwright/test';
import type { MatchingQuestion, Question, TimelineQuestion } from '../src/lib/core';
import { saveNewCardsPerDay, tabTo } from './helpers';
import { answerWithKeyboard, quizFor, quizUrl } from './quiz-answers';

/** Answers any question type rightly using only the keyboard. */
async function answerAnyWithKeyboard(page: Page, question: Question) {
	const section = page.locator(`[data-question-id="${question.id}"]`).first();
	switch (question.type) {
		case 'mcq':
		case 'truefalse':
		case 'cloze':
		case 'year':
			return answerWithKeyboard(page, question, true);
		case 'flashcard':
			await tabTo(page, section.getByRole('button', { name: 'Show answer' }));
			await page.keyboard.press('Enter');
			await tabTo(page, section.getByRole('button', { name: 'I knew it' }));
			await page.keyboard.press('Enter');
			break;
		case 'timeline': {
			const q = question as TimelineQuestion;
			const list = section.getByRole('list', { name: 'Events, earliest first' });
			const label = (id: string) => q.events.find((e) => e.factId === id)!.label;
			for (const [target, id] of q.order.entries()) {
				const labels = await list.locator('.item .label').allTextContents();
				const from = labels.indexOf(label(id));
				if (from === target) continue;
				await tabTo(page, list.locator('.item', { hasText: label(id) }));
				await page.keyboard.press('Space');
				for (let k = 0; k < from - target; k++) await page.keyboard.press('ArrowUp');
				await page.keyboard.press('Space');
			}
			await tabTo(page, section.getByRole('button', { name: 'Check order' }));
			await page.keyboard.press('Enter');
			break;
		}
		case 'matching': {
			const q = question as MatchingQuestion;
			const names = section.getByRole('list', { name: 'Names' });
			const descriptions = section.getByRole('list', { name: 'Descriptions' });
			for (const left of q.left) {
				await tabTo(page, names.getByRole('button', { name: left.label }).first());
				await page.keyboard.press('Enter');
				const right = q.right.find((r) => r.id === q.pairs[left.id])!;
				await tabTo(page, descriptions.getByRole('button', { name: right.label }));
				await page.keyboard.press('Enter');
			}
			await tabTo(page, section.getByRole('button', { name: 'Check matches' }));
			await page.keyboard.press('Enter');
			break;
		}
		case 'locate': {
			const right = question.choices.find((c) => c.factId === question.answerChoiceId)!;
			await tabTo(page, section.getByRole('button', { name: right.name, exact: true }));
			await page.keyboard.press('Enter');
			break;
		}
	}
	await expect(page.getByTestId('feedback')).toContainText('Right!');
}

test('a whole quiz with every question type, keyboard only', async ({ page }) => {
	const types = [
		'flashcard',
		'mcq',
		'truefalse',
		'cloze',
		'year',
		'timeline',
		'locate',
		'matching'
	] as const;
	const settings = { seed: 21, count: 8, types: [...types], topics: [] };
	const questions = quizFor(settings);
	expect(new Set(questions.map((q) => q.type))).toEqual(new Set(types));
	await page.goto(quizUrl(settings));
	for (const [i, question] of questions.entries()) {
		await expect(page.getByText(`Question ${i + 1} of 8`, { exact: true })).toBeVisible();
		// Focus never falls to the page: it is on the new question (its prompt or its answer field).
		await expect
			.poll(() => page.evaluate(() => !!document.activeElement?.closest('[data-question-id]')))
			.toBe(true);
		await answerAnyWithKeyboard(page, question);
		await expect(page.getByRole('button', { name: /Next question|See results/ })).toBeFocused();
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('score')).toContainText('8 / 8');
	await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
});

test('a whole study session, keyboard only, until nothing is left', async ({ page }) => {
	await page.goto('/progress');
	await saveNewCardsPerDay(page, 5);
	await page.goto('/study');
	const done = page.getByRole('heading', { name: /nothing left for now/ });
	for (let i = 0; i < 12 && !(await done.isVisible()); i++) {
		const flashcard = page.getByRole('region', { name: 'Flashcard' });
		const mapCard = page.getByRole('region', { name: 'Map card' });
		await expect(flashcard.or(mapCard).or(done)).toBeVisible();
		if (await done.isVisible()) break;
		if (await mapCard.isVisible()) {
			await tabTo(page, mapCard.locator('fieldset button').first());
			await page.keyboard.press('Enter');
		} else {
			// After a grade, focus is on the next card's Show answer, not lost to the page.
			if (i > 0) await expect(page.getByRole('button', { name: /Show answer/ })).toBeFocused();
			await page.keyboard.press('Space');
			await expect(flashcard.locator('.back')).toBeFocused();
		}
		await page.keyboard.press('4');
	}
	await expect(done).toBeVisible();
	await expect(done).toBeFocused();
	await expect(page.getByTestId('next-due')).toContainText('next card is due');
});
