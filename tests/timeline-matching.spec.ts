import { expect, test } from '@playwright/test';
import { ordinal, type MatchingQuestion, type TimelineQuestion } from '../src/lib/core';
import { NETWORK_MODES, axeViolations, goOfflineAfterFirstVisit, tabTo } from './helpers';
import { quizFor, quizUrl } from './quiz-answers';

for (const mode of NETWORK_MODES) {
	test(`timeline ordering solved with the keyboard only (${mode})`, async ({ page, context }) => {
		const settings = { seed: 77, count: 5, types: ['timeline' as const], topics: [] };
		const question = quizFor(settings)[0] as TimelineQuestion;
		expect(question.type).toBe('timeline');
		if (mode === 'offline') await goOfflineAfterFirstVisit(page, context, '/quiz');
		await page.goto(quizUrl(settings));
		const list = page.getByRole('list', { name: 'Events, earliest first' });
		await expect(list).toBeVisible();
		const label = (id: string) => question.events.find((e) => e.factId === id)!.label;

		for (const [target, id] of question.order.entries()) {
			const labels = await list.locator('.item .label').allTextContents();
			const from = labels.indexOf(label(id));
			if (from === target) continue;
			const item = list.locator('.item', { hasText: label(id) });
			await tabTo(page, item);
			await page.keyboard.press('Space');
			await expect(item).toHaveAttribute('aria-pressed', 'true');
			for (let k = 0; k < from - target; k++) await page.keyboard.press('ArrowUp');
			await page.keyboard.press('Space');
		}
		expect(await list.locator('.item .label').allTextContents()).toEqual(question.order.map(label));
		expect(await axeViolations(page)).toEqual([]);
		await tabTo(page, page.getByRole('button', { name: 'Check order' }));
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('feedback')).toContainText('Right!');
		await expect(list.locator('li .mark')).toHaveText(question.order.map(() => '✓ right place'));
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('matching with the keyboard: choose a name, then its description', async ({ page }) => {
	const settings = { seed: 3, count: 5, types: ['matching' as const], topics: [] };
	const question = quizFor(settings)[0] as MatchingQuestion;
	await page.goto(quizUrl(settings));
	const names = page.getByRole('list', { name: 'Names' });
	const descriptions = page.getByRole('list', { name: 'Descriptions' });
	await expect(names).toBeVisible();
	const rightLabel = (id: string) => question.right.find((r) => r.id === id)!.label;
	for (const left of question.left) {
		await tabTo(page, names.getByRole('button', { name: left.label, exact: false }).first());
		await page.keyboard.press('Enter');
		const right = descriptions.getByRole('button', { name: rightLabel(question.pairs[left.id]!) });
		await tabTo(page, right);
		await page.keyboard.press('Enter');
		// A matched name looks matched, as its description does (a filled number).
		await expect(names.locator('button.paired', { hasText: left.label })).toHaveCount(1);
	}
	await tabTo(page, page.getByRole('button', { name: 'Check matches' }));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('feedback')).toContainText('Right!');
	expect(await axeViolations(page)).toEqual([]);
});

test('a wrong timeline answer shows the right order once', async ({ page }) => {
	const settings = { seed: 77, count: 5, types: ['timeline' as const], topics: [] };
	const question = quizFor(settings)[0] as TimelineQuestion;
	await page.goto(quizUrl(settings));
	const list = page.getByRole('list', { name: 'Events, earliest first' });
	const label = (id: string) => question.events.find((e) => e.factId === id)!.label;
	const latest = label(question.order.at(-1)!);
	// The right order with the latest event moved to the top. (One move at a time,
	// checked: a click before the page has hydrated does nothing.)
	const wanted = [latest, ...question.order.slice(0, -1).map(label)];
	await expect(async () => {
		const labels = await list.locator('.item .label').allTextContents();
		const first = labels.findIndex((l, i) => l !== wanted[i]);
		if (first >= 0)
			await page.getByRole('button', { name: `Move ${wanted[first]} earlier` }).click();
		expect(await list.locator('.item .label').allTextContents()).toEqual(wanted);
	}).toPass({ intervals: [50] });
	await page.getByRole('button', { name: 'Check order' }).click();
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toContainText('Not quite. The right order is under the events.');
	const rightOrder = question.order.map(label).join(' → ');
	// Under the events, and not again in the verdict.
	await expect(page.locator('p', { hasText: 'Right order:' })).toContainText(rightOrder);
	await expect(feedback).not.toContainText(rightOrder);
	// The one moved is crossed; those it pushed along stay ticked, in order with each
	// other, and each says where it goes: none reads as in its place.
	await expect(list.locator('li .mark')).toHaveText([
		`✗ out of order, goes ${ordinal(question.order.length)}`,
		...question.order.slice(0, -1).map((_, k) => `✓ in order, goes ${ordinal(k + 1)}`)
	]);
});
