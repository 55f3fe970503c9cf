import { expect, test } from '@playwright/test';
import { axeViolations } from './helpers';
import { answerWithKeyboard, quizFor, quizUrl } from './quiz-answers';

test('home explains Dossier, counts what is due, and shows the last quiz', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByTestId('intro')).toContainText('quotes them word for word');
	await expect(page.getByTestId('due-today')).toContainText('20 cards to study today');
	await expect(page.getByTestId('due-today')).toContainText('(0 to review, 20 new)');
	await expect(page.getByTestId('last-quiz')).toContainText('No quiz taken yet.');
	expect(await axeViolations(page)).toEqual([]);

	// Study one card: one fewer new card today.
	await page.getByRole('link', { name: 'Study now' }).click();
	const card = page.getByRole('region', { name: 'Flashcard' });
	await expect(card).toBeVisible();
	const first = await card.getAttribute('data-card-id');
	await page.keyboard.press('Space');
	await page.keyboard.press('4');
	await expect(card).not.toHaveAttribute('data-card-id', first!);
	await page.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByTestId('due-today')).toContainText('19 cards to study today');

	const settings = { seed: 11, count: 5, types: ['truefalse' as const], topics: [] };
	const questions = quizFor(settings);
	await page.goto(quizUrl(settings));
	for (const [i, q] of questions.entries()) {
		await answerWithKeyboard(page, q, i !== 0);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByTestId('score')).toContainText('4 / 5');
	await page.getByRole('link', { name: 'Home' }).click();
	await expect(page.getByTestId('last-quiz')).toContainText('Last quiz: 4 / 5');
	await expect(page.getByRole('link', { name: 'Geography' })).toHaveAttribute(
		'href',
		'/study?topic=geography'
	);
});
