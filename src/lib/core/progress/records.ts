/**
 * The stored record shapes: declared in the pure core (which may not import
 * `src/lib/db`), and used as they are by the database schema in
 * `src/lib/db/schema.ts`. `records.test.ts` checks the two stay the same.
 */

import type { CardState, CardStateValue, Rating, ReviewLogEntry } from '../card-state';

export type { CardStateValue };
/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type RatingValue = Rating;
export type ReviewOrigin = 'study' | 'quiz';

/** FSRS memory state of one card, stored as the scheduler keeps it (times in epoch ms). */
export type CardStateRecord = CardState;

/**
 * One grade given to one card, with the card's state before the grade: the
 * scheduler's log entry plus its id and where it came from. `id` is
 * `${cardId}@${reviewedAt}` (see `reviewId`), so merges dedupe.
 */
export interface ReviewLogRecord extends ReviewLogEntry {
	id: string;
	origin: ReviewOrigin;
}

export interface QuizAnswerRecord {
	questionId: string;
	factIds: string[];
	correct: boolean;
	given: string;
	/** The question and the right answer as shown, so history can show the mistake. */
	prompt?: string;
	expected?: string;
}

export interface QuizResultRecord {
	id: string;
	startedAt: number;
	finishedAt: number;
	settings: { topics: string[]; types: string[]; count: number; seed: number; code?: string };
	score: number;
	total: number;
	answers: QuizAnswerRecord[];
	/** Set on a "Retry mistakes" round: the id of the quiz whose mistakes it asked again. */
	retryOf?: string;
}

export interface Settings {
	dailyNewLimit: number;
	introDismissed: boolean;
	persistenceRequested: boolean;
	quizInProgress: unknown;
}

/** The id of a review log entry: `${cardId}@${reviewedAt}`. */
export function reviewId(cardId: string, reviewedAt: number): string {
	return `${cardId}@${reviewedAt}`;
}

/** Whether state `a` was reviewed strictly later than `b` (never reviewed is earliest). */
export function reviewedLater(
	a: Pick<CardStateRecord, 'last_review'>,
	b: Pick<CardStateRecord, 'last_review'>
): boolean {
	return (a.last_review ?? -Infinity) > (b.last_review ?? -Infinity);
}
