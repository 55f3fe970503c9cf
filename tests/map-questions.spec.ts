import { expect, test } from '@playwright/test';
import type { LocateQuestion } from '../src/lib/core';
import { axeViolations, goOfflineAfterFirstVisit, tabTo } from './helpers';
import { quizFor, quizUrl } from './quiz-answers';
import { asksHighlighted } from '../src/lib/core/questions/highlighted';
import { clickCountry } from './map-helpers';

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
	// On a phone the grades come a screen below the map: they are scrolled into view.
	await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeInViewport();
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
	const country = page.locator(`path.hl[data-id="${question.target.iso3166}"]`).first();
	await expect(country).toBeAttached();
	// The map opens around the highlighted country, not on the whole region.
	await expect(country).toBeInViewport();
	const index = question.choices.findIndex((c) => c.factId === question.answerChoiceId);
	await page.keyboard.press(String(index + 1));
	await expect(page.getByTestId('feedback')).toContainText('Right!');
	expect(await axeViolations(page)).toEqual([]);
});

/** The first quiz (5 map questions, from seed 1 up) whose first question matches, and its seed. */
function firstQuizWith(match: (q: LocateQuestion) => boolean) {
	for (let seed = 1; seed < 500; seed++) {
		const question = quizFor({
			seed,
			count: 5,
			types: ['locate'],
			topics: []
		})[0] as LocateQuestion;
		if (!asksHighlighted(question) && match(question)) {
			return { url: quizUrl({ seed, count: 5, types: ['locate'], topics: [] }), question };
		}
	}
	throw new Error('no such quiz');
}

test('map feedback says "the Netherlands": the list question, a miss and the find on the map', async ({
	page
}) => {
	const { url, question } = firstQuizWith((q) => q.target.name === 'Netherlands');
	await page.goto(url);
	const section = page.locator(`[data-question-id="${question.id}"]`);
	await expect(section.getByRole('heading', { name: 'Where is the Netherlands?' })).toBeVisible();
	await expect(section.getByText('Which one is the Netherlands?')).toBeVisible();
	await expect(
		section.getByRole('application', { name: 'Map: click where the Netherlands is' })
	).toBeVisible();
	await expect(section.locator('svg path[data-id="528"]').first()).toBeAttached();
	const feedback = page.getByTestId('locate-feedback');

	await clickCountry(page, '.locate', '276'); // Germany
	await expect(feedback).toHaveText('Not quite — that’s Germany. 2 tries left.');
	await clickCountry(page, '.locate', '528');
	await expect(feedback).toHaveText('Right! That’s the Netherlands. You found it on try 2 of 3.');
});

test('map feedback says "the" where the list names such a country, and starts a sentence with "The"', async ({
	page
}) => {
	// A wrong pick that takes "the", in a question about a country that takes it too.
	const us = firstQuizWith(
		(q) =>
			q.target.name === 'United States' &&
			q.choices.some((c) => c.name === 'Philippines' || c.name === 'Netherlands')
	);
	await page.goto(us.url);
	const wrong = us.question.choices.find((c) => ['Philippines', 'Netherlands'].includes(c.name))!;
	const list = page.getByRole('group', { name: 'Or pick from a list' });
	await list.getByRole('button', { name: wrong.name, exact: true }).click();
	await expect(page.getByTestId('locate-feedback')).toHaveText(
		`Not quite — you picked the ${wrong.name}. That’s the United States, shown on the map.`
	);

	// A site whose name takes "the": capitalised at the start of the sentence only.
	const shrine = firstQuizWith((q) => q.target.name === 'Shahcheragh shrine');
	await page.goto(shrine.url);
	await expect(list.getByText('Which country is the Shahcheragh shrine in?')).toBeVisible();
	await list.getByRole('button', { name: 'Iran', exact: true }).click();
	await expect(page.getByTestId('locate-feedback')).toHaveText(
		'Right! The Shahcheragh shrine is in Iran.'
	);
});
