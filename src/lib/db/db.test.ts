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
import { exportProgress, importProgress, lastExportAt, resetProgress } from './progress';
import { dayKeyOf, dayStartOf, groupByDay } from './review-days';
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

/**
 * Writes the committed v1 fixture as a real database of `version` (1 or 2),
 * with any `extraReviews` added to its log as they are.
 */
async function createDatabase(version: 1 | 2, extraReviews: object[] = []) {
	const old = await openDB(DB_NAME, version, {
		upgrade(database, _old, _new, tx) {
			for (let v = 1; v <= version; v++) void UPGRADES[v]!(database as never, tx as never);
		}
	});
	const stores = ['settings', 'cardStates', 'reviewLog', 'quizResults'];
	const tx = old.transaction(version === 2 ? [...stores, 'meta'] : stores, 'readwrite');
	for (const row of fixture.settings) await tx.objectStore('settings').put(row);
	for (const row of fixture.cardStates) await tx.objectStore('cardStates').put(row);
	for (const row of [...fixture.reviewLog, ...extraReviews])
		await tx.objectStore('reviewLog').put(row);
	for (const row of fixture.quizResults) await tx.objectStore('quizResults').put(row);
	if (version === 2)
		await tx.objectStore('meta').put({ key: 'lastExportAt', value: 1_703_900_000_000 });
	await tx.done;
	old.close();
}

function fixtureReviewsInOrder() {
	return [...fixture.reviewLog].sort(
		(a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : 1)
	);
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
			'reviewDays',
			'settings'
		]);
		const tx = database.transaction('cardStates');
		expect([...tx.objectStore('cardStates').indexNames].sort()).toEqual(['byDue', 'byState']);
		expect(await countReviews()).toBe(0);
	});

	it('upgrades the version-1 fixture to the current version with every record intact', async () => {
		await createDatabase(1);
		const database = await openConnection();
		expect(database.version).toBe(DB_VERSION);
		expect(await getSetting('dailyNewLimit')).toBe(15);
		expect(await getAllCardStates()).toEqual(
			[...fixture.cardStates].sort((a, b) => (a.cardId < b.cardId ? -1 : 1))
		);
		expect(await allReviews()).toEqual(fixtureReviewsInOrder());
		expect(await countReviews()).toBe(fixture.reviewLog.length);
		expect(await getQuizResults()).toEqual(fixture.quizResults);
		const learning = await database.getAllFromIndex('cardStates', 'byState', 1);
		expect(learning.map((s) => s.cardId)).toEqual(['is-k:flashcard:what']);
	});

	it('moves a version-2 review log into day records, keeping even a corrupt entry', async () => {
		const corrupt = { id: 'broken@', cardId: 'broken' };
		await createDatabase(2, [corrupt]);
		const events: StorageEvent[] = [];
		const stop = onStorageEvent((e) => events.push(e));
		const database = await openConnection();
		expect(database.version).toBe(DB_VERSION);
		expect([...database.objectStoreNames]).not.toContain('reviewLog');
		const days = await database.getAll('reviewDays');
		expect(days.flatMap((d) => d.reviews)).toHaveLength(fixture.reviewLog.length + 1);
		for (const { day, reviews } of days) {
			for (const r of reviews) expect(day).toBe(dayKeyOf(r));
		}
		expect(await allReviews()).toEqual(fixtureReviewsInOrder());
		expect(events).toContainEqual({ type: 'skipped', store: 'reviewDays', count: 1 });
		expect(await getSetting('dailyNewLimit')).toBe(15);
		expect(await lastExportAt()).toBe(1_703_900_000_000);
		stop();
	});

	it('leaves a database whose upgrade fails as it was', async () => {
		// A step that fails after moving the log must undo the whole upgrade, the move included.
		await createDatabase(2);
		const broken = UPGRADES[3]!;
		UPGRADES[3] = async (db, tx) => {
			await broken(db, tx);
			throw new Error('disk fault');
		};
		try {
			await expect(openConnection()).rejects.toThrow();
		} finally {
			UPGRADES[3] = broken;
		}
		const v2 = await openDB(DB_NAME);
		expect(v2.version).toBe(2);
		expect(await v2.count('reviewLog' as never)).toBe(fixture.reviewLog.length);
		v2.close();
	});

	it('moves progress on date cards to their new ids (version 3 to 4), losing no review', async () => {
		const legacy = 'kerman-bombings:flashcard:from-date';
		const moved = 'date.2024-01-03:flashcard:from-date';
		// Both ids hold a state (an import between versions): the later review wins.
		const stale = { ...cardState('kerman-funeral:flashcard:from-date', 1000), reps: 1 };
		const fresher = { ...cardState('date.2024-01-05:flashcard:from-date', 9000), reps: 4 };
		const other = cardState('is-k:flashcard:what', 2000);
		const reviews = [
			logEntry(legacy, 1000),
			logEntry(other.cardId, 1500),
			logEntry(legacy, 2 * 86_400_000),
			logEntry(stale.cardId, 3000)
		];
		const corrupt = { id: 'broken@', cardId: legacy };
		const old = await openDB(DB_NAME, 3, {
			upgrade(database, _old, _new, tx) {
				for (let v = 1; v <= 3; v++) void UPGRADES[v]!(database as never, tx as never);
			}
		});
		const tx = old.transaction(['cardStates', 'reviewDays', 'meta'], 'readwrite');
		for (const state of [cardState(legacy, 1000), stale, fresher, other])
			await tx.objectStore('cardStates').put(state);
		const days = [...groupByDay(reviews)];
		days[0]![1].push(corrupt as never);
		for (const [day, list] of days)
			await tx.objectStore('reviewDays' as never).put({ day, reviews: list } as never);
		await tx.objectStore('meta').put({ key: 'reviewCount', value: reviews.length + 1 });
		await tx.done;
		old.close();

		const events: StorageEvent[] = [];
		const stop = onStorageEvent((e) => events.push(e));
		expect((await openConnection()).version).toBe(DB_VERSION);
		const states = await getAllCardStates();
		expect(states.map((s) => s.cardId).sort()).toEqual(
			[moved, fresher.cardId, other.cardId].sort()
		);
		expect(await getCardState(moved)).toEqual({ ...cardState(legacy, 1000), cardId: moved });
		expect(await getCardState(fresher.cardId)).toEqual(fresher);
		expect(await getCardState(legacy)).toBeUndefined();

		const log = await allReviews();
		expect(log.map((r) => r.id)).toEqual([
			`${moved}@${T0 + 1000}`,
			`${other.cardId}@${T0 + 1500}`,
			`${fresher.cardId}@${T0 + 3000}`,
			`${moved}@${T0 + 2 * 86_400_000}`
		]);
		expect(await reviewsForCard(moved)).toHaveLength(2);
		expect(await countReviews()).toBe(reviews.length + 1);
		// The corrupt entry is kept (and still skipped on reading), under its day.
		expect(events).toContainEqual({ type: 'skipped', store: 'reviewDays', count: 1 });
		stop();
	});

	it('imports a backup made before date cards moved under their new ids', async () => {
		const legacy = 'kerman-bombings:flashcard:from-date';
		const moved = 'date.2024-01-03:flashcard:from-date';
		const state = cardState(legacy, 1000);
		await recordReview({ ...state, cardId: moved }, logEntry(moved, 1000));
		const backup = await exportProgress(info);
		// The same review as an older app exported it, and a later one.
		backup.cardStates = [{ ...state, reps: 2, last_review: T0 + 4000 }];
		backup.reviewLog = [logEntry(legacy, 1000), logEntry(legacy, 4000)];
		const summary = await importProgress(backup);
		expect(summary).toMatchObject({ reviewsAdded: 1, cardsAdded: 0, cardsUpdated: 1 });
		expect((await getAllCardStates()).map((s) => [s.cardId, s.reps])).toEqual([[moved, 2]]);
		expect((await allReviews()).map((r) => r.id)).toEqual([
			`${moved}@${T0 + 1000}`,
			`${moved}@${T0 + 4000}`
		]);
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
		await createDatabase(1);
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

	it('imports reviews into days that already hold some, counting each review once', async () => {
		const state = cardState('d:flashcard:what', 1000);
		await recordReview(state, logEntry(state.cardId, 1000));
		await recordReview(state, logEntry(state.cardId, 5000));
		const backup = await exportProgress(info);
		const between = { ...logEntry(state.cardId, 3000), origin: 'quiz' as const };
		backup.reviewLog = [backup.reviewLog[0]!, between, backup.reviewLog[1]!];
		const summary = await importProgress(backup);
		expect(summary.reviewsAdded).toBe(1);
		expect((await allReviews()).map((r) => r.reviewedAt)).toEqual(
			[1000, 3000, 5000].map((o) => T0 + o)
		);
		expect(await countReviews()).toBe(3);
		expect((await importProgress(backup)).reviewsAdded).toBe(0);
		expect(await countReviews()).toBe(3);
	});

	it('recounts the reviews when the kept count is missing', async () => {
		const state = cardState('c:flashcard:what', 1000);
		await recordReview(state, logEntry(state.cardId, 1000));
		const database = await openConnection();
		await database.delete('meta', 'reviewCount');
		await recordReview(state, logEntry(state.cardId, 2000));
		expect(await countReviews()).toBe(2);
		await recordReview(state, logEntry(state.cardId, 3000));
		expect(await countReviews()).toBe(3);
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

	it('places the reviews of a day filed in another time zone on their local days', async () => {
		await reviewOn([5, 6]);
		const database = await openConnection();
		// Filed at a midnight five hours off this zone's, as after travelling.
		const t = day(4);
		await database.put('reviewDays', {
			day: dayStartOf(t) + 5 * 3_600_000,
			reviews: [
				{ ...logEntry('away:flashcard:what', 0), id: `away:flashcard:what@${t}`, reviewedAt: t }
			]
		});
		expect(await reviewStreak(day(6))).toBe(3);
	});

	it('gives the same answer in memory', async () => {
		// @ts-expect-error: simulating a browser without IndexedDB
		delete globalThis.indexedDB;
		await reviewOn([10, 11, 12]);
		expect(await reviewStreak(day(12))).toBe(3);
		expect(await reviewStreak(day(13))).toBe(3);
	});
});
