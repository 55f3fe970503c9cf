/** Test-side knowledge of a quiz: built with the same engine and facts as the app. */
import { expect, type Page } from '@playwright/test';
import { loadFactBase } from '../content/load';
import { buildQuiz, type Question, type QuizSettings } from '../src/lib/core';

export function quizFor(settings: QuizSettings): Question[] {
	return buildQuiz(loadFactBase(), settings).questions;
}

export function quizUrl(settings: QuizSettings): string {
	const params = new URLSearchParams({
		seed: String(settings.seed),
		count: String(settings.count),
		types: settings.types.join(','),
		topics: settings.topics.join(',')
	});
	return `/quiz?${params}`;
}

/** Answers the question on screen with the keyboard, rightly or wrongly. */
export async function answerWithKeyboard(page: Page, question: Question, right: boolean) {
	const section = page.locator(`[data-question-id="${question.id}"]`);
	await expect(section).toBeVisible();
	switch (question.type) {
		case 'mcq': {
			const index = question.options.findIndex((o) => o.id === question.answerId);
			const pick = right ? index : (index + 1) % question.options.length;
			await page.keyboard.press(String(pick + 1));
			break;
		}
		case 'truefalse':
			await page.keyboard.press(question.answer === right ? 't' : 'f');
			break;
		case 'cloze':
			await section.getByLabel('Your answer').fill(right ? question.answer : 'zzz wrong');
			await page.keyboard.press('Enter');
			break;
		case 'year':
			await section.getByLabel('Year').fill(right ? String(question.answer) : '1900');
			await page.keyboard.press('Enter');
			break;
		default:
			throw new Error(`answerWithKeyboard does not handle ${question.type}`);
	}
	await expect(page.getByTestId('feedback')).toContainText(right ? 'Right!' : 'Not quite');
}
