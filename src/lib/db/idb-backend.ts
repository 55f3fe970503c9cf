/** The IndexedDB store: reviews filed by day (see review-days.ts), everything else a record each. */
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Backend, ProgressWrite } from './backend';
import { emit } from './connection';
import { isCardState, isQuizResult } from './guards';
import {
	dayKeyOf,
	fileIntoDay,
	groupByDay,
	reviewsOfDays,
	streakOf,
	KEY_SLACK_MS
} from './review-days';
import type { CardStateRecord, DossierDB, QuizResultRecord, ReviewLogRecord } from './schema';

type Check = (value: unknown) => boolean;

const REVIEW_COUNT = 'reviewCount';

/** Keeps records that pass validation; reports the rest instead of crashing the page. */
function valid<T>(store: string, check: Check, records: unknown[]): T[] {
	const good: T[] = [];
	let skipped = 0;
	for (const record of records) {
		if (check(record)) good.push(record as T);
		else skipped++;
	}
	report(store, skipped);
	return good;
}

function validOne<T>(store: string, check: Check, record: unknown): T | undefined {
	if (record === undefined) return undefined;
	return valid<T>(store, check, [record])[0];
}

function report(store: string, skipped: number) {
	if (skipped > 0) emit({ type: 'skipped', store, count: skipped });
}

function validReviews(days: unknown[]): ReviewLogRecord[] {
	const { reviews, skipped } = reviewsOfDays(days);
	report('reviewDays', skipped);
	return reviews;
}

/** A review's time, from its id (`${cardId}@${reviewedAt}`). */
function timeOfReviewId(id: string): number {
	return Number(id.slice(id.lastIndexOf('@') + 1));
}

function constraintError(id: string) {
	return new DOMException(`Review ${id} is already in the log`, 'ConstraintError');
}

/** Runs `body` in `tx`; anything it throws undoes the whole transaction, then passes on. */
async function atomically(
	tx: { abort(): void; done: Promise<void> },
	body: () => Promise<void>
): Promise<void> {
	try {
		await body();
		await tx.done;
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already finished (a failed commit).
		}
		await tx.done.catch(() => undefined);
		throw error;
	}
}

export class IdbBackend implements Backend {
	readonly kind = 'indexeddb';
	constructor(private readonly db: () => Promise<IDBPDatabase<DossierDB>>) {}

	async getSetting(key: string) {
		return (await (await this.db()).get('settings', key))?.value;
	}
	async putSetting(key: string, value: unknown) {
		await (await this.db()).put('settings', { key, value });
	}
	async allSettings() {
		return (await this.db()).getAll('settings');
	}
	async getMeta(key: string) {
		return (await (await this.db()).get('meta', key))?.value;
	}
	async putMeta(key: string, value: unknown) {
		await (await this.db()).put('meta', { key, value });
	}
	async getCardState(cardId: string) {
		return validOne<CardStateRecord>(
			'cardStates',
			isCardState,
			await (await this.db()).get('cardStates', cardId)
		);
	}
	async allCardStates() {
		return valid<CardStateRecord>(
			'cardStates',
			isCardState,
			await (await this.db()).getAll('cardStates')
		);
	}
	async recordReview(state: CardStateRecord, log: ReviewLogRecord) {
		const tx = (await this.db()).transaction(['cardStates', 'reviewDays', 'meta'], 'readwrite');
		await atomically(tx, async () => {
			const days = tx.objectStore('reviewDays');
			const meta = tx.objectStore('meta');
			const key = dayKeyOf(log);
			const [day, count] = await Promise.all([days.get(key), meta.get(REVIEW_COUNT)]);
			const filed = fileIntoDay(key, day, [log]);
			if (filed.added === 0) throw constraintError(log.id);
			await Promise.all([
				days.put(filed.record),
				tx.objectStore('cardStates').put(state),
				typeof count?.value === 'number' && meta.put({ key: REVIEW_COUNT, value: count.value + 1 })
			]);
		});
	}
	async undoReview(cardId: string, previous: CardStateRecord | undefined, logId: string) {
		const tx = (await this.db()).transaction(['cardStates', 'reviewDays', 'meta'], 'readwrite');
		await atomically(tx, async () => {
			const states = tx.objectStore('cardStates');
			const days = tx.objectStore('reviewDays');
			const meta = tx.objectStore('meta');
			// The review's own day, or a neighbour when it was filed in another time zone.
			const time = timeOfReviewId(logId);
			const around = IDBKeyRange.bound(time - KEY_SLACK_MS, time + KEY_SLACK_MS);
			const [candidates, count] = await Promise.all([days.getAll(around), meta.get(REVIEW_COUNT)]);
			const writes: Promise<unknown>[] = [previous ? states.put(previous) : states.delete(cardId)];
			const day = candidates.find(
				(d) => Array.isArray(d.reviews) && d.reviews.some((r) => r?.id === logId)
			);
			if (day) {
				const reviews = day.reviews.filter((r) => r?.id !== logId);
				writes.push(reviews.length ? days.put({ day: day.day, reviews }) : days.delete(day.day));
				if (typeof count?.value === 'number')
					writes.push(meta.put({ key: REVIEW_COUNT, value: Math.max(0, count.value - 1) }));
			}
			await Promise.all(writes);
		});
	}
	async reviewsForCard(cardId: string) {
		return (await this.allReviews()).filter((r) => r.cardId === cardId);
	}
	async reviewsSince(time: number) {
		const days = await (
			await this.db()
		).getAll('reviewDays', IDBKeyRange.lowerBound(dayKeyOf({ reviewedAt: time }) - KEY_SLACK_MS));
		return validReviews(days).filter((r) => r.reviewedAt >= time);
	}
	async allReviews() {
		return validReviews(await (await this.db()).getAll('reviewDays'));
	}
	async countReviews() {
		const db = await this.db();
		const count = (await db.get('meta', REVIEW_COUNT))?.value;
		if (typeof count === 'number') return count;
		// Not kept yet (or damaged): count once, and keep it from now on.
		const recount = (await db.getAll('reviewDays')).reduce(
			(sum, d) => sum + (Array.isArray(d?.reviews) ? d.reviews.length : 0),
			0
		);
		await db.put('meta', { key: REVIEW_COUNT, value: recount });
		return recount;
	}
	async reviewStreak(todayStart: number, tomorrowStart: number, dayStartOf: (t: number) => number) {
		const db = await this.db();
		const keys = await db.getAllKeys('reviewDays', IDBKeyRange.upperBound(tomorrowStart, true));
		const reviewed = new Set<number>();
		const elsewhere: number[] = [];
		for (const key of keys) {
			if (dayStartOf(key) === key) reviewed.add(key);
			else elsewhere.push(key);
		}
		// Days filed in another time zone: place each of their reviews in today's zone.
		for (const key of elsewhere) {
			const day = await db.get('reviewDays', key);
			for (const review of validReviews(day ? [day] : [])) {
				if (review.reviewedAt < tomorrowStart) reviewed.add(dayStartOf(review.reviewedAt));
			}
		}
		return streakOf(reviewed, todayStart, dayStartOf);
	}
	async putQuizResult(result: QuizResultRecord) {
		await (await this.db()).put('quizResults', result);
	}
	async allQuizResults() {
		const rows = await (await this.db()).getAllFromIndex('quizResults', 'byFinishedAt');
		return valid<QuizResultRecord>('quizResults', isQuizResult, rows).reverse();
	}
	async getQuizResult(id: string) {
		return validOne<QuizResultRecord>(
			'quizResults',
			isQuizResult,
			await (await this.db()).get('quizResults', id)
		);
	}
	async writeAll(write: ProgressWrite) {
		const stores: StoreNames<DossierDB>[] = [
			'cardStates',
			'reviewDays',
			'quizResults',
			'settings',
			'meta'
		];
		const tx = (await this.db()).transaction(stores, 'readwrite');
		await atomically(tx, async () => this.queueWrites(tx, write));
	}
	/** Raw requests, not awaited one by one: the transaction's end is what counts. */
	private queueWrites(
		tx: IDBPTransaction<DossierDB, StoreNames<DossierDB>[], 'readwrite'>,
		write: ProgressWrite
	) {
		const states = unwrap(tx.objectStore('cardStates'));
		const days = unwrap(tx.objectStore('reviewDays'));
		const quizzes = unwrap(tx.objectStore('quizResults'));
		const settings = unwrap(tx.objectStore('settings'));
		const meta = unwrap(tx.objectStore('meta'));
		for (const state of write.cardStates) states.put(state);
		for (const result of write.quizResults) quizzes.put(result);
		for (const [key, value] of Object.entries(write.settings)) settings.put({ key, value });

		let added = 0;
		const count = meta.get(REVIEW_COUNT);
		for (const [key, reviews] of groupByDay(write.reviews)) {
			const existing = days.get(key);
			existing.onsuccess = () => {
				const filed = fileIntoDay(key, existing.result, reviews);
				added += filed.added;
				if (filed.added > 0) days.put(filed.record);
			};
		}
		// Requests complete in order: by now every day above has been filed.
		const last = meta.get(REVIEW_COUNT);
		last.onsuccess = () => {
			const before = (count.result as { value?: unknown } | undefined)?.value;
			// An unknown count stays unknown: `countReviews` recounts it.
			if (typeof before === 'number') meta.put({ key: REVIEW_COUNT, value: before + added });
		};
	}
	async clearProgress() {
		const tx = (await this.db()).transaction(
			['cardStates', 'reviewDays', 'quizResults', 'meta'],
			'readwrite'
		);
		await Promise.all([
			tx.objectStore('cardStates').clear(),
			tx.objectStore('reviewDays').clear(),
			tx.objectStore('quizResults').clear(),
			tx.objectStore('meta').put({ key: REVIEW_COUNT, value: 0 }),
			tx.done
		]);
	}
}
