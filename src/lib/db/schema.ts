/**
 * The IndexedDB schema. Records are plain JSON-safe objects (times as epoch
 * milliseconds) so they survive export, import and structured cloning alike.
 */
import type { DBSchema } from 'idb';

export const DB_NAME = 'dossier';
/**
 * 1: card states, review log, quiz results, settings.
 * 2: cards indexed by FSRS state (progress page), a `meta` store (last backup time).
 */
export const DB_VERSION = 2;

/** FSRS memory state of one card, keyed by the stable card id. */
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
	/** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
	state: 0 | 1 | 2 | 3;
	last_review?: number;
}

/** One grade given to one card. Append-only; `id` is `${cardId}@${reviewedAt}` so merges dedupe. */
export interface ReviewLogRecord {
	id: string;
	cardId: string;
	/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
	rating: 1 | 2 | 3 | 4;
	reviewedAt: number;
	/** Where the review came from: the study queue or a quiz answer. */
	origin: 'study' | 'quiz';
	state: 0 | 1 | 2 | 3;
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
	/** What the learner answered, as shown to them. */
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
	/** New cards introduced per day. */
	dailyNewLimit: number;
	/** The first-visit explanation has been dismissed. */
	introDismissed: boolean;
	/** navigator.storage.persist() was asked once the learner studied something. */
	persistenceRequested: boolean;
	/** A quiz under way, so a reload resumes at the same question. */
	quizInProgress: unknown;
}

export const DEFAULT_SETTINGS: Settings = {
	dailyNewLimit: 20,
	introDismissed: false,
	persistenceRequested: false,
	quizInProgress: null
};

export interface DossierDB extends DBSchema {
	cardStates: {
		key: string;
		value: CardStateRecord;
		indexes: { byDue: number; byState: number };
	};
	reviewLog: {
		key: string;
		value: ReviewLogRecord;
		indexes: { byTime: number; byCard: string };
	};
	quizResults: { key: string; value: QuizResultRecord; indexes: { byFinishedAt: number } };
	settings: { key: string; value: { key: string; value: unknown } };
	meta: { key: string; value: { key: string; value: unknown } };
}

export type StoreName = 'cardStates' | 'reviewLog' | 'quizResults' | 'settings' | 'meta';
