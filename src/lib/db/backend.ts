/**
 * Where records live: IndexedDB when the browser allows it, otherwise an
 * in-memory store for this session. Both answer the same small interface.
 */
import { unwrap, type IDBPDatabase } from 'idb';
import { isCardState, isQuizResult, isReview } from './guards';
import { emit, openConnection, StorageUnavailableError } from './connection';
import type { CardStateRecord, DossierDB, QuizResultRecord, ReviewLogRecord } from './schema';

export interface ProgressWrite {
	cardStates: CardStateRecord[];
	reviews: ReviewLogRecord[];
	quizResults: QuizResultRecord[];
	settings: Record<string, unknown>;
}

export interface Backend {
	readonly kind: 'indexeddb' | 'memory';
	getSetting(key: string): Promise<unknown>;
	putSetting(key: string, value: unknown): Promise<void>;
	allSettings(): Promise<Array<{ key: string; value: unknown }>>;
	getMeta(key: string): Promise<unknown>;
	putMeta(key: string, value: unknown): Promise<void>;
	getCardState(cardId: string): Promise<CardStateRecord | undefined>;
	allCardStates(): Promise<CardStateRecord[]>;
	recordReview(state: CardStateRecord, log: ReviewLogRecord): Promise<void>;
	undoReview(cardId: string, previous: CardStateRecord | undefined, logId: string): Promise<void>;
	reviewsForCard(cardId: string): Promise<ReviewLogRecord[]>;
	reviewsSince(time: number): Promise<ReviewLogRecord[]>;
	allReviews(): Promise<ReviewLogRecord[]>;
	countReviews(): Promise<number>;
	/**
	 * Consecutive days with a review, ending today (or yesterday when there is none
	 * yet today). Days are the caller's: `dayStartOf(time)` gives a day's first ms.
	 */
	reviewStreak(
		todayStart: number,
		tomorrowStart: number,
		dayStartOf: (t: number) => number
	): Promise<number>;
	putQuizResult(result: QuizResultRecord): Promise<void>;
	allQuizResults(): Promise<QuizResultRecord[]>;
	getQuizResult(id: string): Promise<QuizResultRecord | undefined>;
	/** Writes an import's new and changed records in one transaction. */
	writeAll(write: ProgressWrite): Promise<void>;
	/** Removes card states, reviews and quiz results; settings stay. */
	clearProgress(): Promise<void>;
}

type Check = (value: unknown) => boolean;

/** A review's time, from its id (`${cardId}@${reviewedAt}`). */
function timeOfReviewId(id: string): number {
	return Number(id.slice(id.lastIndexOf('@') + 1));
}

/** Keeps records that pass validation; reports the rest instead of crashing the page. */
function valid<T>(store: string, check: Check, records: unknown[]): T[] {
	const good: T[] = [];
	let skipped = 0;
	for (const record of records) {
		if (check(record)) good.push(record as T);
		else skipped++;
	}
	if (skipped > 0) emit({ type: 'skipped', store, count: skipped });
	return good;
}

function validOne<T>(store: string, check: Check, record: unknown): T | undefined {
	if (record === undefined) return undefined;
	return valid<T>(store, check, [record])[0];
}

class IdbBackend implements Backend {
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
		const tx = (await this.db()).transaction(['cardStates', 'reviewLog'], 'readwrite');
		await Promise.all([
			tx.objectStore('cardStates').put(state),
			tx.objectStore('reviewLog').add(log),
			tx.done
		]);
	}
	async undoReview(cardId: string, previous: CardStateRecord | undefined, logId: string) {
		const tx = (await this.db()).transaction(['cardStates', 'reviewLog'], 'readwrite');
		const states = tx.objectStore('cardStates');
		await Promise.all([
			previous ? states.put(previous) : states.delete(cardId),
			tx.objectStore('reviewLog').delete(logId),
			tx.done
		]);
	}
	async reviewsForCard(cardId: string) {
		const rows = await (await this.db()).getAllFromIndex('reviewLog', 'byCard', cardId);
		return valid<ReviewLogRecord>('reviewLog', isReview, rows);
	}
	async reviewsSince(time: number) {
		const rows = await (
			await this.db()
		).getAllFromIndex('reviewLog', 'byTime', IDBKeyRange.lowerBound(time));
		return valid<ReviewLogRecord>('reviewLog', isReview, rows);
	}
	async allReviews() {
		const rows = await (await this.db()).getAllFromIndex('reviewLog', 'byTime');
		return valid<ReviewLogRecord>('reviewLog', isReview, rows);
	}
	async countReviews() {
		return (await this.db()).count('reviewLog');
	}
	async reviewStreak(todayStart: number, tomorrowStart: number, dayStartOf: (t: number) => number) {
		// Reads only keys (ids end in "@time"), over a window that grows only while the
		// streak reaches its start: a cursor stepping day by day costs ms per step.
		const db = await this.db();
		const first = (await db.getAllKeysFromIndex('reviewLog', 'byTime', null, 1))[0];
		if (first === undefined) return 0;
		const earliest = timeOfReviewId(first);
		// A month first (almost every streak ends inside it), then the whole log at once.
		for (const days of [32, Infinity]) {
			const from = Number.isFinite(days) ? todayStart - days * 86_400_000 : earliest;
			const keys = await db.getAllKeysFromIndex(
				'reviewLog',
				'byTime',
				IDBKeyRange.bound(from, tomorrowStart, false, true)
			);
			const reviewed = new Set(keys.map((key) => dayStartOf(timeOfReviewId(key))));
			let day = reviewed.has(todayStart) ? todayStart : dayStartOf(todayStart - 1);
			let streak = 0;
			while (reviewed.has(day)) {
				streak += 1;
				day = dayStartOf(day - 1);
			}
			if (day > from || from <= earliest) return streak;
		}
		return 0;
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
		const tx = (await this.db()).transaction(
			['cardStates', 'reviewLog', 'quizResults', 'settings'],
			'readwrite'
		);
		// Requests are queued without awaiting each one: the transaction's end is what counts,
		// and 100,000 awaited promises would triple the time of a large import.
		const states = unwrap(tx.objectStore('cardStates'));
		const reviews = unwrap(tx.objectStore('reviewLog'));
		const quizzes = unwrap(tx.objectStore('quizResults'));
		const settings = unwrap(tx.objectStore('settings'));
		for (const state of write.cardStates) states.put(state);
		for (const review of write.reviews) reviews.put(review);
		for (const result of write.quizResults) quizzes.put(result);
		for (const [key, value] of Object.entries(write.settings)) settings.put({ key, value });
		await tx.done;
	}
	async clearProgress() {
		const tx = (await this.db()).transaction(
			['cardStates', 'reviewLog', 'quizResults'],
			'readwrite'
		);
		await Promise.all([
			tx.objectStore('cardStates').clear(),
			tx.objectStore('reviewLog').clear(),
			tx.objectStore('quizResults').clear(),
			tx.done
		]);
	}
}

/** The session-only store used when IndexedDB cannot be opened. */
export class MemoryBackend implements Backend {
	readonly kind = 'memory';
	private settings = new Map<string, unknown>();
	private meta = new Map<string, unknown>();
	private states = new Map<string, CardStateRecord>();
	private reviews = new Map<string, ReviewLogRecord>();
	private quizzes = new Map<string, QuizResultRecord>();

	async getSetting(key: string) {
		return structuredClone(this.settings.get(key));
	}
	async putSetting(key: string, value: unknown) {
		this.settings.set(key, structuredClone(value));
	}
	async allSettings() {
		return [...this.settings].map(([key, value]) => ({ key, value: structuredClone(value) }));
	}
	async getMeta(key: string) {
		return this.meta.get(key);
	}
	async putMeta(key: string, value: unknown) {
		this.meta.set(key, value);
	}
	async getCardState(cardId: string) {
		const state = this.states.get(cardId);
		return state && { ...state };
	}
	async allCardStates() {
		return [...this.states.values()].map((s) => ({ ...s }));
	}
	async recordReview(state: CardStateRecord, log: ReviewLogRecord) {
		if (this.reviews.has(log.id)) throw new DOMException('Key already exists', 'ConstraintError');
		this.states.set(state.cardId, { ...state });
		this.reviews.set(log.id, { ...log });
	}
	async undoReview(cardId: string, previous: CardStateRecord | undefined, logId: string) {
		if (previous) this.states.set(cardId, { ...previous });
		else this.states.delete(cardId);
		this.reviews.delete(logId);
	}
	async reviewsForCard(cardId: string) {
		return this.sortedReviews().filter((r) => r.cardId === cardId);
	}
	async reviewsSince(time: number) {
		return this.sortedReviews().filter((r) => r.reviewedAt >= time);
	}
	async allReviews() {
		return this.sortedReviews();
	}
	async countReviews() {
		return this.reviews.size;
	}
	async reviewStreak(todayStart: number, tomorrowStart: number, dayStartOf: (t: number) => number) {
		const days = new Set(
			[...this.reviews.values()]
				.filter((r) => r.reviewedAt < tomorrowStart)
				.map((r) => dayStartOf(r.reviewedAt))
		);
		let day = days.has(todayStart) ? todayStart : dayStartOf(todayStart - 1);
		let streak = 0;
		while (days.has(day)) {
			streak += 1;
			day = dayStartOf(day - 1);
		}
		return streak;
	}
	async putQuizResult(result: QuizResultRecord) {
		this.quizzes.set(result.id, structuredClone(result));
	}
	async allQuizResults() {
		return [...this.quizzes.values()]
			.sort((a, b) => b.finishedAt - a.finishedAt)
			.map((q) => structuredClone(q));
	}
	async getQuizResult(id: string) {
		return structuredClone(this.quizzes.get(id));
	}
	async writeAll(write: ProgressWrite) {
		for (const s of write.cardStates) this.states.set(s.cardId, { ...s });
		for (const r of write.reviews) this.reviews.set(r.id, { ...r });
		for (const q of write.quizResults) this.quizzes.set(q.id, structuredClone(q));
		for (const [key, value] of Object.entries(write.settings)) this.settings.set(key, value);
	}
	async clearProgress() {
		this.states.clear();
		this.reviews.clear();
		this.quizzes.clear();
	}
	private sortedReviews() {
		return [...this.reviews.values()]
			.sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : 1))
			.map((r) => ({ ...r }));
	}
}

let chosen: Promise<Backend> | null = null;
let memory: MemoryBackend | null = null;

/** IndexedDB if it opens, else (once, for the session) memory with an `unavailable` event. */
export function backend(): Promise<Backend> {
	chosen ??= openConnection().then(
		() => new IdbBackend(openConnection) as Backend,
		(error: unknown) => {
			if (!(error instanceof StorageUnavailableError)) throw error;
			memory = new MemoryBackend();
			emit({ type: 'unavailable' });
			return memory;
		}
	);
	return chosen;
}

/** For tests: forget the choice so the next call tries IndexedDB again. */
export function resetBackendForTests() {
	chosen = null;
	memory = null;
}
