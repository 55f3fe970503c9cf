/**
 * The IndexedDB schema. Records are plain JSON-safe objects (times as epoch
 * milliseconds) so they survive export, import and structured cloning alike.
 */
import type { DBSchema } from 'idb';
// The record shapes are the pure core's (progress statistics and backups work on
// them); the database stores exactly these.
import type {
	CardStateRecord,
	QuizResultRecord,
	ReviewLogRecord,
	Settings
} from '$lib/core/progress/records';
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
 */
export const DB_VERSION = 2;

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
