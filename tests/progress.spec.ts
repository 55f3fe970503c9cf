import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { loadFactBase } from '../content/load';
import { axeViolations, readReviewLog, saveNewCardsPerDay } from './helpers';

/** Grades `n` cards: flashcards with Space, map cards from their list of places. */
async function studyCards(page: Page, n: number, rating = '3') {
	await page.goto('/study');
	const card = page.locator('[data-card-id]');
	for (let i = 0; i < n; i++) {
		await expect(card).toBeVisible();
		const id = await card.getAttribute('data-card-id');
		if ((await card.getAttribute('aria-label')) === 'Map card') {
			await card.locator('fieldset button').first().click();
		} else {
			await page.keyboard.press('Space');
		}
		await page.keyboard.press(rating);
		await expect(card).not.toHaveAttribute('data-card-id', id!);
	}
	await expect.poll(async () => (await readReviewLog(page)).length).toBe(n);
}

async function exportFile(page: Page, path: string) {
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	await (await download).saveAs(path);
	const data = JSON.parse(readFileSync(path, 'utf8'));
	delete data.exportedAt;
	return data;
}

test('study, export, reset, import: everything is back, and importing twice adds nothing', async ({
	page
}, info) => {
	await studyCards(page, 3);
	await page.goto('/progress');
	await expect(page.getByTestId('total-reviews')).toHaveText('3');
	await expect(page.getByTestId('streak')).toHaveText('1 day');
	expect(await axeViolations(page)).toEqual([]);

	const first = info.outputPath('first.json');
	const before = await exportFile(page, first);
	expect(before).toMatchObject({
		format: 'dossier-progress',
		formatVersion: 1,
		factBaseVersion: loadFactBase().version
	});
	expect(before.reviewLog).toHaveLength(3);

	await page.getByRole('button', { name: 'Reset progress…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
	await expect(dialog).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
	await dialog.getByRole('button', { name: 'Delete my progress' }).click();
	await expect(page.getByTestId('total-reviews')).toHaveText('0');
	expect(await readReviewLog(page)).toEqual([]);

	await page.getByLabel('Choose a Dossier progress file to import').setInputFiles(first);
	await expect(page.getByTestId('backup-message')).toContainText('3 reviews');
	await expect(page.getByTestId('total-reviews')).toHaveText('3');
	const after = await exportFile(page, info.outputPath('second.json'));
	expect(after).toEqual(before);

	await page.getByLabel('Choose a Dossier progress file to import').setInputFiles(first);
	await expect(page.getByTestId('backup-message')).toContainText(/nothing new|already/i);
	expect(await readReviewLog(page)).toHaveLength(3);
});

test('a card this version does not have is kept, not reported as added', async ({ page }, info) => {
	await studyCards(page, 2);
	await page.goto('/progress');
	const file = info.outputPath('other-version.json');
	await exportFile(page, file);
	const data = JSON.parse(readFileSync(file, 'utf8'));
	// As if another version of Dossier had made one of the two cards.
	const [gone] = data.cardStates as Array<{ cardId: string }>;
	const renamed = 'no-such-fact:flashcard:what';
	const rename = (id: string) => (id === gone!.cardId ? renamed : id);
	for (const s of data.cardStates) s.cardId = rename(s.cardId);
	for (const r of data.reviewLog) {
		r.id = r.id.replace(r.cardId, rename(r.cardId));
		r.cardId = rename(r.cardId);
	}
	writeFileSync(file, JSON.stringify(data));
	await page.getByRole('button', { name: 'Reset progress…' }).click();
	await page.getByRole('button', { name: 'Delete my progress' }).click();
	await expect(page.getByTestId('total-reviews')).toHaveText('0');

	await page.getByLabel('Choose a Dossier progress file to import').setInputFiles(file);
	// (Resetting also cleared the settings, which the file restores.)
	await expect(page.getByTestId('backup-message')).toContainText(
		'Added 2 reviews and 1 new card; kept 1 card this version of Dossier does not ask;'
	);
	// Kept: exporting again gives it back.
	const again = await exportFile(page, info.outputPath('again.json'));
	expect(again.cardStates.map((s: { cardId: string }) => s.cardId)).toContain(renamed);
});

test('importing a backup on a new device restores the new-cards setting, shown at once', async ({
	page,
	browser
}, info) => {
	await page.goto('/progress');
	await saveNewCardsPerDay(page, 7);
	const file = info.outputPath('settings.json');
	await exportFile(page, file);

	const other = await browser.newContext();
	const fresh = await other.newPage();
	await fresh.goto('/progress');
	await expect(fresh.getByLabel('New cards per day')).toHaveValue('20');
	await fresh.getByLabel('Choose a Dossier progress file to import').setInputFiles(file);
	await expect(fresh.getByTestId('backup-message')).toContainText(/restored your settings/i);
	await expect(fresh.getByLabel('New cards per day')).toHaveValue('7');
	await other.close();
});

test('a corrupt file and a file from a newer version get a clear message and change nothing', async ({
	page
}, info) => {
	await studyCards(page, 2);
	await page.goto('/progress');
	const good = await exportFile(page, info.outputPath('good.json'));
	const logBefore = await readReviewLog(page);

	const truncated = info.outputPath('truncated.json');
	writeFileSync(truncated, readFileSync(info.outputPath('good.json'), 'utf8').slice(0, 300));
	await page.getByLabel('Choose a Dossier progress file to import').setInputFiles(truncated);
	await expect(page.getByTestId('backup-message')).toContainText('Nothing was changed');

	const future = info.outputPath('future.json');
	writeFileSync(
		future,
		JSON.stringify({ ...good, exportedAt: new Date().toISOString(), formatVersion: 99 })
	);
	await page.getByLabel('Choose a Dossier progress file to import').setInputFiles(future);
	await expect(page.getByTestId('backup-message')).toContainText('newer version');

	const wrong = info.outputPath('wrong.json');
	writeFileSync(wrong, JSON.stringify({ hello: 'world' }));
	await page.getByLabel('Choose a Dossier progress file to import').setInputFiles(wrong);
	await expect(page.getByTestId('backup-message')).toContainText('Nothing was changed');

	expect(await readReviewLog(page)).toEqual(logBefore);
});

test('Anki deck and facts CSV download', async ({ page }, info) => {
	await page.goto('/progress');
	// The buttons are in the prerendered page before they work: wait for the page's data.
	await expect(page.getByTestId('total-reviews')).toHaveText('0');
	const anki = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Deck for Anki (.txt)' }).click();
	const ankiPath = info.outputPath('anki.txt');
	await (await anki).saveAs(ankiPath);
	const lines = readFileSync(ankiPath, 'utf8').trim().split('\n');
	expect(lines[0]).toBe('#separator:tab');
	const notes = lines.filter((l) => !l.startsWith('#'));
	expect(notes.length).toBeGreaterThan(80);
	expect(notes.every((l) => l.split('\t').length === 4)).toBe(true);
	expect(notes.some((l) => l.includes('topic::dates'))).toBe(true);

	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Facts as CSV' }).click();
	const csvPath = info.outputPath('facts.csv');
	await (await csv).saveAs(csvPath);
	expect(readFileSync(csvPath, 'utf8').split('\r\n')[0]).toContain('statement');
});

test('a second tab that upgrades the database is not blocked; this tab asks to reload', async ({
	page,
	context
}) => {
	await page.goto('/progress');
	await expect(page.getByTestId('total-reviews')).toHaveText('0');
	const other = await context.newPage();
	await other.goto('/facts');
	const upgraded = await other.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('dossier', 99);
				request.onupgradeneeded = () => request.result.createObjectStore('future');
				request.onsuccess = () => {
					resolve(request.result.version);
					request.result.close();
				};
				request.onblocked = () => reject(new Error('blocked by the first tab'));
				request.onerror = () => reject(request.error);
			})
	);
	expect(upgraded).toBe(99);
	await expect(page.getByTestId('banner-versionchange')).toContainText('Reload this tab');
});

test('a full disk: the answer is kept, the learner is told, and it is saved on retry', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { __failWrites: boolean };
		w.__failWrites = false;
		for (const method of ['add', 'put'] as const) {
			const original = IDBObjectStore.prototype[method];
			IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: unknown[]) {
				if (w.__failWrites && this.name === 'reviewDays')
					throw new DOMException('Quota exceeded', 'QuotaExceededError');
				return (original as (...a: unknown[]) => IDBRequest).apply(this, args);
			} as never;
		}
	});
	await page.goto('/study');
	const card = page.getByRole('region', { name: 'Flashcard' });
	await expect(card).toBeVisible();
	const first = await card.getAttribute('data-card-id');
	await page.evaluate(() => ((window as unknown as { __failWrites: boolean }).__failWrites = true));
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(card).not.toHaveAttribute('data-card-id', first!);
	await expect(page.getByTestId('banner-save')).toContainText('out of storage space');
	expect(await readReviewLog(page)).toEqual([]);

	await page.evaluate(
		() => ((window as unknown as { __failWrites: boolean }).__failWrites = false)
	);
	await page.getByRole('button', { name: 'Try again now' }).click();
	await expect(page.getByTestId('banner-save')).toBeHidden();
	const log = await readReviewLog<{ cardId: string }>(page);
	expect(log.map((r) => r.cardId)).toEqual([first]);
});

test('without IndexedDB the app still runs for the session and says progress will not be kept', async ({
	page
}) => {
	await page.addInitScript(() => {
		// @ts-expect-error: simulating a browser that has no IndexedDB
		delete window.indexedDB;
	});
	await page.goto('/study');
	await expect(page.getByTestId('banner-unavailable')).toContainText('will be lost');
	const card = page.getByRole('region', { name: 'Flashcard' });
	const first = await card.getAttribute('data-card-id');
	await page.keyboard.press('Space');
	await page.keyboard.press('3');
	await expect(card).not.toHaveAttribute('data-card-id', first!);
	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByTestId('persistence')).toContainText('not letting Dossier save');
	await expect(page.getByTestId('total-reviews')).toHaveText('1');
});

test('weakest facts link to a focused study session', async ({ page }) => {
	// Cards graded Again: their facts (a card can draw on several) head the weakest list.
	await studyCards(page, 2, '1');
	await page.goto('/progress');
	const weakest = page.getByTestId('weakest').locator('li');
	await expect(weakest.first()).toContainText(/\d × Again/);
	const count = await weakest.count();
	expect(count).toBeGreaterThanOrEqual(2);
	await page.getByRole('link', { name: 'Study these facts' }).click();
	await expect(page.getByText(`Reviewing the cards of ${count} weak facts.`)).toBeVisible();
	await expect(page.locator('[data-card-id]')).toBeVisible();
});
