/**
 * The IndexedDB schema. Records are plain JSON-safe objects (times as epoch
 * milliseconds) so they survive export, import and structured cloning alike.
 */
import type { DBSchema } from 'idb';
import type { ReviewDayRecord } from './review-days';
// The record shapes are the pure core's (progress statistics and backups work on
// them); the database stores exactly these.
import type { CardStateRecord, QuizResultRecord, Settings } from '$lib/core/progress/records';
export type {
	CardStateRecord,
	QuizAnswerRecord,
	QuizResultRecord,
	ReviewLogRecord,
	Settings
} from '$lib/core/progress/records';

export const DB_NAME = 'dossier';
/**
 * 1: card states, review log, quiz results, settings.
 * 2: cards indexed by FSRS state (progress page), a `meta` store (last backup time).
 * 3: the review log moves into `reviewDays`, a record per local day (see
 *    review-days.ts), with its size kept in `meta` as `reviewCount`.
 * 4: progress on cards whose id changed moves to the new id (CARD_ID_MOVES).
 */
export const DB_VERSION = 4;

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
	reviewDays: { key: number; value: ReviewDayRecord };
	quizResults: { key: string; value: QuizResultRecord; indexes: { byFinishedAt: number } };
	settings: { key: string; value: { key: string; value: unknown } };
	meta: { key: string; value: { key: string; value: unknown } };
}

export type StoreName = 'cardStates' | 'reviewDays' | 'quizResults' | 'settings' | 'meta';
