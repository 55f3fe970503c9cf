/**
 * Progress: statistics, backup and restore, and deck exports. Pure: no DOM,
 * IndexedDB or Node; `now` and the time zone offset are always passed in.
 */
export {
	reviewId,
	type CardStateRecord,
	type CardStateValue,
	type QuizAnswerRecord,
	type QuizResultRecord,
	type RatingValue,
	type ReviewLogRecord,
	type ReviewOrigin,
	type Settings
} from './records';
export {
	computeStats,
	dayKey,
	deckCardsFrom,
	isMasteredState,
	localDay,
	localDayKey,
	quizHistory,
	DAY_MS,
	FORECAST_DAYS,
	HISTORY_DAYS,
	MASTERED_STABILITY_DAYS,
	MATURE_DAYS,
	WEAKEST_LIMIT,
	type ByState,
	type DayCount,
	type DeckCard,
	type Mastery,
	type ProgressStats,
	type QuizHistory,
	type QuizHistoryEntry,
	type StatsInput,
	type WeakFact
} from './stats';
export {
	BACKUP_FORMAT,
	BACKUP_FORMAT_VERSION,
	BACKUP_MESSAGES,
	BackupSchema,
	backupFileName,
	createBackup,
	parseBackup,
	type Backup,
	type BackupInput,
	type BackupProblem,
	type ParseBackupResult
} from './backup';
export {
	describeMerge,
	mergeProgress,
	reviewedLater,
	type MergeResult,
	type MergeSummary,
	type ProgressData
} from './merge';
export {
	ANKI_HEADER,
	FACTS_CSV_COLUMNS,
	ankiCardsFrom,
	ankiTsv,
	csvField,
	factsCsv,
	toCsv,
	type AnkiCard,
	type FactsCsvOptions
} from './anki';
