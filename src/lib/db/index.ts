/** The only door to IndexedDB: small typed functions, never the db object. */
export { onStorageEvent, closeDb, StorageUnavailableError, type StorageEvent } from './connection';
export { getSetting, setSetting, getSettings, getSavedSettings } from './settings';
export { getCardState, getAllCardStates, recordReview, undoReview } from './cards';
export { reviewsForCard, reviewsSince, allReviews, countReviews, reviewStreak } from './reviews';
export { saveQuizResult, getQuizResults, getQuizResult } from './quizzes';
export { requestPersistence, storageStatus, type StorageStatus } from './persistence';
export { storageKind } from './kind';
// Backup and restore (`$lib/db/progress`) are imported directly by the progress page only:
// they bring the backup schema, which other pages need not download.
export type {
	CardStateRecord,
	ReviewLogRecord,
	QuizResultRecord,
	QuizAnswerRecord,
	Settings
} from './schema';
