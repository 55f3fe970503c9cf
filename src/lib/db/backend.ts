/**
 * Where records live: IndexedDB when the browser allows it, otherwise an
 * in-memory store for this session. Both answer the same small interface.
 */
import { emit, openConnection, StorageUnavailableError } from './connection';
import { IdbBackend } from './idb-backend';
import { MemoryBackend } from './memory-backend';
import type { CardStateRecord, QuizResultRecord, ReviewLogRecord } from './schema';

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

let chosen: Promise<Backend> | null = null;

/** IndexedDB if it opens, else (once, for the session) memory with an `unavailable` event. */
export function backend(): Promise<Backend> {
	chosen ??= openConnection().then(
		() => new IdbBackend(openConnection) as Backend,
		(error: unknown) => {
			if (!(error instanceof StorageUnavailableError)) throw error;
			emit({ type: 'unavailable' });
			return new MemoryBackend();
		}
	);
	return chosen;
}

/** For tests: forget the choice so the next call tries IndexedDB again. */
export function resetBackendForTests() {
	chosen = null;
}
