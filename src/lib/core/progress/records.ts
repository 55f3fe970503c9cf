/**
 * The stored record shapes: declared in the pure core (which may not import
 * `src/lib/db`), and used as they are by the database schema in
 * `src/lib/db/schema.ts`. `records.test.ts` checks the two stay the same.
 */

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs's State). */
export type CardStateValue = 0 | 1 | 2 | 3;
/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type RatingValue = 1 | 2 | 3 | 4;
export type ReviewOrigin = 'study' | 'quiz';

/** FSRS memory state of one card, keyed by the stable card id (times in epoch ms). */
export interface CardStateRecord {
	cardId: string;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: CardStateValue;
	last_review?: number;
}

/**
 * One grade given to one card, with the card's state before the grade.
 * `id` is `${cardId}@${reviewedAt}` (see `reviewId`), so merges dedupe.
 */
export interface ReviewLogRecord {
	id: string;
	cardId: string;
	rating: RatingValue;
	reviewedAt: number;
	origin: ReviewOrigin;
	state: CardStateValue;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
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
