import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import fixture from '../src/lib/db/fixtures/v1-database.json' with { type: 'json' };

/**
 * A learner's database from the release before the review log moved into day
 * records (version 2: a record per review), upgraded by the real Chromium
 * through every later step, the move of date cards to their new ids included.
 */
test('a version-2 database opens upgraded, with every review, card, quiz and setting kept', async ({
	page
}, info) => {
	const day = 86_400_000;
	const start = Date.now() - 40 * day;
	// The fixture's reviews and 600 more over 40 days.
	// A date card as engine 1 named it, with its reviews: it moves to its date's id.
	const legacy = 'kerman-bombings:flashcard:from-date';
	const moved = 'date.2024-01-03:flashcard:from-date';
	const review = (cardId: string, reviewedAt: number) => ({
		...fixture.reviewLog[0],
		id: `${cardId}@${reviewedAt}`,
		cardId,
		reviewedAt
	});
	const reviews = [
		...fixture.reviewLog,
		...Array.from({ length: 600 }, (_, i) =>
			review(`kerman-bombings:mcq:${i % 7}`, start + Math.floor(i * (40 / 600) * day))
		),
		review(legacy, start + 3 * day + 1),
		review(legacy, start + 9 * day + 1)
	];
	const cardStates = [...fixture.cardStates, { ...fixture.cardStates[0], cardId: legacy }];

	// A same-origin page that opens no database, to write the old one before the app runs.
	await page.goto('/manifest.webmanifest');
	await page.evaluate(
		({ data, log, states }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('dossier', 2);
				open.onupgradeneeded = () => {
					const db = open.result;
					const cards = db.createObjectStore('cardStates', { keyPath: 'cardId' });
					cards.createIndex('byDue', 'due');
					cards.createIndex('byState', 'state');
					const reviewLog = db.createObjectStore('reviewLog', { keyPath: 'id' });
					reviewLog.createIndex('byTime', 'reviewedAt');
					reviewLog.createIndex('byCard', 'cardId');
					db.createObjectStore('quizResults', { keyPath: 'id' }).createIndex(
						'byFinishedAt',
						'finishedAt'
					);
					db.createObjectStore('settings', { keyPath: 'key' });
					db.createObjectStore('meta', { keyPath: 'key' });
				};
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const stores = ['cardStates', 'reviewLog', 'quizResults', 'settings'];
					const tx = db.transaction(stores, 'readwrite');
					for (const row of states) tx.objectStore('cardStates').put(row);
					for (const row of log) tx.objectStore('reviewLog').put(row);
					for (const row of data.quizResults) tx.objectStore('quizResults').put(row);
					for (const row of data.settings) tx.objectStore('settings').put(row);
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ data: fixture, log: reviews, states: cardStates }
	);

	await page.goto('/progress');
	await expect(page.getByTestId('total-reviews')).toHaveText(String(reviews.length));
	const version = await page.evaluate(async () => {
		const databases = await indexedDB.databases();
		return databases.find((d) => d.name === 'dossier')?.version;
	});
	expect(version).toBe(4);

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const path = info.outputPath('upgraded.json');
	await (await download).saveAs(path);
	const backup = JSON.parse(readFileSync(path, 'utf8'));
	const moveId = <T extends { cardId: string; id?: string; reviewedAt?: number }>(r: T): T =>
		r.cardId !== legacy
			? r
			: { ...r, cardId: moved, ...(r.id ? { id: `${moved}@${r.reviewedAt}` } : {}) };
	const inOrder = reviews
		.map(moveId)
		.sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : 1));
	expect(backup.reviewLog).toEqual(inOrder);
	expect(backup.reviewLog.filter((r: { cardId: string }) => r.cardId === moved)).toHaveLength(2);
	expect(backup.cardStates).toEqual(
		cardStates.map(moveId).sort((a, b) => (a.cardId < b.cardId ? -1 : 1))
	);
	expect(backup.quizResults).toEqual(fixture.quizResults);
	expect(backup.settings.dailyNewLimit).toBe(15);
});
