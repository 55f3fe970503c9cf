import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup } from '$lib/core/progress';
import { resetBackendForTests } from './backend';
import { closeDb, onStorageEvent, openConnection, type StorageEvent } from './connection';
import { DB_NAME, DB_VERSION, type CardStateRecord, type ReviewLogRecord } from './schema';
import { UPGRADES } from './upgrades';
import fixture from './fixtures/v1-database.json';
import { exportProgress, importProgress, resetProgress } from './progress';
import {
	allReviews,
	countReviews,
	getAllCardStates,
	getCardState,
	getQuizResults,
	getSetting,
	getSettings,
	recordReview,
	reviewsForCard,
	reviewStreak,
	setSetting,
	storageKind,
	undoReview
} from './index';

const T0 = 1_700_000_000_000;

function cardState(cardId: string, dueOffset: number): CardStateRecord {
	const due = T0 + dueOffset;
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

function logEntry(cardId: string, offset: number): ReviewLogRecord {
	const reviewedAt = T0 + offset;
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

/** Writes the committed v1 fixture as a real version-1 database. */
async function createV1Database() {
	const v1 = await openDB(DB_NAME, 1, {
		upgrade(database, _old, _new, tx) {
			UPGRADES[1]!(database as never, tx as never);
		}
	});
	const tx = v1.transaction(['settings', 'cardStates', 'reviewLog', 'quizResults'], 'readwrite');
	for (const row of fixture.settings) await tx.objectStore('settings').put(row);
	for (const row of fixture.cardStates) await tx.objectStore('cardStates').put(row);
	for (const row of fixture.reviewLog) await tx.objectStore('reviewLog').put(row);
	for (const row of fixture.quizResults) await tx.objectStore('quizResults').put(row);
	await tx.done;
	v1.close();
}

const info = { appVersion: 'test', factBaseVersion: 1, now: 1_704_000_000_000 };

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
	resetBackendForTests();
});
afterEach(async () => {
	await closeDb();
});

describe('db module', () => {
	it('upgrades an empty database to the current version with every store and index', async () => {
		const database = await openConnection();
		expect(database.version).toBe(DB_VERSION);
		expect([...database.objectStoreNames].sort()).toEqual([
			'cardStates',
			'meta',
			'quizResults',
			'reviewLog',
			'settings'
		]);
		const tx = database.transaction(['reviewLog', 'cardStates']);
		expect([...tx.objectStore('reviewLog').indexNames].sort()).toEqual(['byCard', 'byTime']);
		expect([...tx.objectStore('cardStates').indexNames].sort()).toEqual(['byDue', 'byState']);
	});

	it('upgrades the version-1 fixture to version 2 with every record intact', async () => {
		await createV1Database();
		const database = await openConnection();
		expect(database.version).toBe(2);
		expect(await getSetting('dailyNewLimit')).toBe(15);
		expect(await getAllCardStates()).toEqual(
			[...fixture.cardStates].sort((a, b) => (a.cardId < b.cardId ? -1 : 1))
		);
		expect(await allReviews()).toHaveLength(fixture.reviewLog.length);
		expect(await getQuizResults()).toEqual(fixture.quizResults);
		const learning = await database.getAllFromIndex('cardStates', 'byState', 1);
		expect(learning.map((s) => s.cardId)).toEqual(['is-k:flashcard:what']);
	});

	it('reuses one connection across calls', async () => {
		const [a, b] = await Promise.all([openConnection(), openConnection()]);
		expect(a).toBe(b);
		expect(await openConnection()).toBe(a);
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
		const after = { ...before, reps: 2, due: T0 + 5000 };
		await recordReview(after, logEntry(before.cardId, 2000));
		expect((await getCardState(before.cardId))?.reps).toBe(2);
		expect(await reviewsForCard(before.cardId)).toHaveLength(2);

		await undoReview(before.cardId, before, `${before.cardId}@${T0 + 2000}`);
		expect(await getCardState(before.cardId)).toEqual(before);
		expect(await countReviews()).toBe(1);

		await undoReview(before.cardId, undefined, `${before.cardId}@${T0 + 1000}`);
		expect(await getAllCardStates()).toEqual([]);
		expect(await countReviews()).toBe(0);
	});

	it('refuses a duplicate log entry instead of overwriting history', async () => {
		const state = cardState('f2:mcq:forward', 1000);
		await recordReview(state, logEntry(state.cardId, 1000));
		await expect(recordReview(state, logEntry(state.cardId, 1000))).rejects.toThrow();
		expect(await countReviews()).toBe(1);
	});

	it('skips and reports a corrupt record instead of failing the read', async () => {
		const events: StorageEvent[] = [];
		const stop = onStorageEvent((e) => events.push(e));
		const good = cardState('good:flashcard:what', 1000);
		await recordReview(good, logEntry(good.cardId, 1000));
		const database = await openConnection();
		await database.put('cardStates', { cardId: 'bad:flashcard:what', due: 'soon' } as never);
		expect((await getAllCardStates()).map((s) => s.cardId)).toEqual([good.cardId]);
		expect(events).toContainEqual({ type: 'skipped', store: 'cardStates', count: 1 });
		stop();
	});

	it('exports, resets and imports back to the same progress; a second import adds nothing', async () => {
		await createV1Database();
		const first = await exportProgress(info);
		await resetProgress();
		expect(await getAllCardStates()).toEqual([]);
		expect(await countReviews()).toBe(0);

		const parsed = parseBackup(JSON.stringify(first));
		if (!parsed.ok) throw new Error(parsed.message);
		const summary = await importProgress(parsed.backup);
		expect(summary).toMatchObject({ reviewsAdded: 2, cardsAdded: 2, quizResultsAdded: 1 });
		const again = await importProgress(parsed.backup);
		expect(again).toMatchObject({ reviewsAdded: 0, cardsAdded: 0, cardsUpdated: 0 });
		expect(await exportProgress(info)).toEqual(first);
	});

	it('works in memory for the session when IndexedDB is missing, and says so', async () => {
		const events: StorageEvent[] = [];
		const stop = onStorageEvent((e) => events.push(e));
		// @ts-expect-error: simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		expect(await storageKind()).toBe('memory');
		expect(events).toContainEqual({ type: 'unavailable' });
		const state = cardState('m:flashcard:what', 1000);
		await recordReview(state, logEntry(state.cardId, 1000));
		await setSetting('dailyNewLimit', 9);
		expect(await getCardState(state.cardId)).toEqual(state);
		expect(await getSetting('dailyNewLimit')).toBe(9);
		expect(await countReviews()).toBe(1);
		stop();
	});
});

describe('review streak', () => {
	const day = (n: number) => new Date(2024, 0, n, 12, 0).getTime();
	async function reviewOn(days: number[]) {
		for (const [i, d] of days.entries()) {
			const t = day(d) + i;
			const state = cardState(`s${i}:flashcard:what`, 0);
			await recordReview(state, {
				...logEntry(state.cardId, 0),
				id: `${state.cardId}@${t}`,
				reviewedAt: t
			});
		}
	}

	it('counts consecutive local days up to today, or up to yesterday when none today', async () => {
		await reviewOn([1, 3, 4, 5, 5, 5, 6]);
		expect(await reviewStreak(day(6))).toBe(4);
		expect(await reviewStreak(day(7))).toBe(4);
		expect(await reviewStreak(day(8))).toBe(0);
		expect(await reviewStreak(day(3))).toBe(1);
	});

	it('gives the same answer in memory', async () => {
		// @ts-expect-error: simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		await reviewOn([10, 11, 12]);
		expect(await reviewStreak(day(12))).toBe(3);
		expect(await reviewStreak(day(13))).toBe(3);
	});
});
