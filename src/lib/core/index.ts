/**
 * The pure card and quiz engine: no Svelte, DOM, IndexedDB or Node imports;
 * time (`now`, epoch ms) and randomness (`seed`) are always passed in.
 *
 * Pages that do not schedule import from the modules themselves: importing
 * this index brings the scheduler, and ts-fsrs with it (about 8 KB gzipped),
 * into their bundle.
 */
export * from './types';

export { ENGINE_VERSION } from './engine-version';
export {
	createRng,
	deriveRng,
	hashString,
	mulberry32,
	pick,
	randomInt,
	sample,
	seedOf,
	shuffle,
	type Rng
} from './rng';
export { answerKey, isNearMiss, matchesAnswer, normalize, ordinal } from './text';
export {
	compareDates,
	dateKey,
	formatDate,
	interval,
	overlaps,
	parseDate,
	parseYear,
	type DateValue
} from './dates';
export { distanceKm, type LatLon } from './distance';
export {
	askability,
	buildTruth,
	namesOf,
	outletOf,
	placesOverlap,
	possibleActors,
	type Askability,
	type CountryInfo,
	type Truth
} from './relations';
export {
	generateCards,
	countByType,
	contextFor,
	questionsOfType,
	DECK_ORDER,
	type GenerateOptions
} from './cards';
export { buildQuiz, type Quiz, type QuizSettings } from './quiz';
export { checkAnswer, scoreLocate } from './answer';
export { BLANK } from './questions/cloze';
export { DEFAULT_RADIUS_KM } from './questions/locate';
export {
	Again,
	Easy,
	Good,
	Hard,
	RATINGS,
	StateLearning,
	StateNew,
	StateRelearning,
	StateReview,
	dueCards,
	formatInterval,
	isNewState,
	newCardState,
	previewIntervals,
	quizRating,
	reviewCard,
	reviewFromQuiz,
	type CardState,
	type CardStateValue,
	type Rating,
	type ReviewLogEntry,
	type SchedulerOptions
} from './scheduler';
export {
	buildStudyQueue,
	isMastered,
	masteryByTopic,
	MASTERY_STABILITY_DAYS,
	nextDueAt,
	type StudyItem,
	type StudyQueue,
	type StudyQueueOptions
} from './study';
