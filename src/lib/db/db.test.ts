import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeDb, db } from './connection';
import { DB_NAME, DB_VERSION, type CardStateRecord, type ReviewLogRecord } from './schema';
import {
	getAllCardStates,
	getCardState,
	getSetting,
	getSettings,
	recordReview,
	reviewsForCard,
	setSetting,
	undoReview,
	countReviews
} from './index';

function cardState(cardId: string, due: number): CardStateRecord {
	return {
		cardId,
		due,
		stability: 1,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 1,
		last_review: due - 60_000
	};
}

function logEntry(cardId: string, reviewedAt: number): ReviewLogRecord {
	return {
		id: `${cardId}@${reviewedAt}`,
		cardId,
		rating: 3,
		reviewedAt,
		origin: 'study',
		state: 0,
		due: reviewedAt,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		last_elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0
	};
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
	await closeDb();
});

describe('db module', () => {
	it('upgrades an empty database to the current version with every store and index', async () => {
		const database = await db();
		expect(database.version).toBe(DB_VERSION);
		expect([...database.objectStoreNames].sort()).toEqual([
			'cardStates',
			'quizResults',
			'reviewLog',
			'settings'
		]);
		const tx = database.transaction(['reviewLog', 'cardStates']);
		expect([...tx.objectStore('reviewLog').indexNames].sort()).toEqual(['byCard', 'byTime']);
		expect([...tx.objectStore('cardStates').indexNames]).toEqual(['byDue']);
	});

	it('reuses one connection across calls', async () => {
		const [a, b] = await Promise.all([db(), db()]);
		expect(a).toBe(b);
		expect(await db()).toBe(a);
	});

	it('round-trips settings, with defaults for unset keys', async () => {
		expect(await getSetting('dailyNewLimit')).toBe(20);
		await setSetting('dailyNewLimit', 35);
		await closeDb();
		expect(await getSetting('dailyNewLimit')).toBe(35);
		expect((await getSettings()).introDismissed).toBe(false);
	});

	it('records a review atomically and undoes it', async () => {
		const before = cardState('f1:flashcard:forward', 1000);
		await recordReview(before, logEntry(before.cardId, 1000));
		const after = { ...before, reps: 2, due: 5000 };
		await recordReview(after, logEntry(before.cardId, 2000));
		expect((await getCardState(before.cardId))?.reps).toBe(2);
		expect(await reviewsForCard(before.cardId)).toHaveLength(2);

		await undoReview(before.cardId, before, `${before.cardId}@2000`);
		expect(await getCardState(before.cardId)).toEqual(before);
		expect(await countReviews()).toBe(1);

		await undoReview(before.cardId, undefined, `${before.cardId}@1000`);
		expect(await getAllCardStates()).toEqual([]);
		expect(await countReviews()).toBe(0);
	});

	it('refuses a duplicate log entry instead of overwriting history', async () => {
		const state = cardState('f2:mcq:forward', 1000);
		await recordReview(state, logEntry(state.cardId, 1000));
		await expect(recordReview(state, logEntry(state.cardId, 1000))).rejects.toThrow();
		expect(await countReviews()).toBe(1);
	});

	it('keeps data written by an earlier open of the same version', async () => {
		await setSetting('introDismissed', true);
		await closeDb();
		const raw = await openDB(DB_NAME);
		expect(await raw.get('settings', 'introDismissed')).toEqual({
			key: 'introDismissed',
			value: true
		});
		raw.close();
	});
});
