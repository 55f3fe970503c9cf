/**
 * Spaced repetition: a thin adapter over ts-fsrs (FSRS-6). No scheduling
 * maths here — ts-fsrs computes every interval. The adapter only converts
 * between ts-fsrs's Card/ReviewLog (Dates) and plain JSON-safe records
 * (epoch milliseconds) that IndexedDB stores.
 *
 * Defaults: desired retention 0.9, fuzz on. ts-fsrs seeds its fuzz from the
 * review time and the card's state, so the same review gives the same result.
 */
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	State as FsrsState,
	type Card,
	type FSRS,
	type Grade,
	type ReviewLog
} from 'ts-fsrs';
import {
	Again,
	Good,
	RATINGS,
	type CardState,
	type CardStateValue,
	type Rating,
	type ReviewLogEntry
} from './card-state';

export * from './card-state';

export interface SchedulerOptions {
	/** Desired retention, 0 < r < 1 (default 0.9). */
	requestRetention?: number;
	/** ts-fsrs interval fuzz (default true). */
	enableFuzz?: boolean;
}

const engines = new Map<string, FSRS>();

function engine(options: SchedulerOptions = {}): FSRS {
	const retention = options.requestRetention ?? 0.9;
	const fuzz = options.enableFuzz ?? true;
	const key = `${retention}|${fuzz}`;
	let f = engines.get(key);
	if (!f) {
		f = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: fuzz }));
		engines.set(key, f);
	}
	return f;
}

function toCard(s: CardState): Card {
	return {
		due: new Date(s.due),
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: s.elapsed_days,
		scheduled_days: s.scheduled_days,
		learning_steps: s.learning_steps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state as number as FsrsState,
		...(s.last_review !== undefined ? { last_review: new Date(s.last_review) } : {})
	};
}

function fromCard(cardId: string, c: Card): CardState {
	const state: CardState = {
		cardId,
		due: c.due.getTime(),
		stability: c.stability,
		difficulty: c.difficulty,
		elapsed_days: c.elapsed_days,
		scheduled_days: c.scheduled_days,
		learning_steps: c.learning_steps,
		reps: c.reps,
		lapses: c.lapses,
		state: c.state as number as CardStateValue
	};
	if (c.last_review) state.last_review = c.last_review.getTime();
	return state;
}

function fromLog(cardId: string, log: ReviewLog): ReviewLogEntry {
	return {
		cardId,
		rating: log.rating as number as Rating,
		reviewedAt: log.review.getTime(),
		state: log.state as number as CardStateValue,
		due: log.due.getTime(),
		stability: log.stability,
		difficulty: log.difficulty,
		elapsed_days: log.elapsed_days,
		last_elapsed_days: log.last_elapsed_days,
		scheduled_days: log.scheduled_days,
		learning_steps: log.learning_steps
	};
}

function isRating(r: unknown): r is Rating {
	return r === 1 || r === 2 || r === 3 || r === 4;
}

/** A card never reviewed, due now. */
export function newCardState(cardId: string, now: number): CardState {
	return fromCard(cardId, createEmptyCard(new Date(now)));
}

/** Grades a card at `now`: the new state and the log entry to append. */
export function reviewCard(
	state: CardState,
	rating: Rating,
	now: number,
	options?: SchedulerOptions
): { state: CardState; log: ReviewLogEntry } {
	if (!isRating(rating)) throw new RangeError(`rating must be 1, 2, 3 or 4, not ${String(rating)}`);
	const item = engine(options).next(toCard(state), new Date(now), rating as number as Grade);
	return { state: fromCard(state.cardId, item.card), log: fromLog(state.cardId, item.log) };
}

/** "10m", "5h", "4d", "2.5mo", "1.2y": how far `due` is from `now`. */
export function formatInterval(ms: number): string {
	const minutes = Math.max(0, ms) / 60_000;
	if (minutes < 60) return `${Math.max(1, Math.round(minutes))}m`;
	const hours = minutes / 60;
	if (hours < 24) return `${Math.round(hours)}h`;
	const days = hours / 24;
	if (days < 30) return `${Math.round(days)}d`;
	const trim = (x: number) => String(Math.round(x * 10) / 10);
	if (days < 365) return `${trim(days / 30)}mo`;
	return `${trim(days / 365)}y`;
}

/** What each rating would do: the due time and a short label ("10m", "1d", "4d"). */
export function previewIntervals(
	state: CardState,
	now: number,
	options?: SchedulerOptions
): Record<Rating, { due: number; label: string }> {
	const preview = engine(options).repeat(toCard(state), new Date(now));
	const out = {} as Record<Rating, { due: number; label: string }>;
	for (const r of RATINGS) {
		const due = preview[r as number as Grade].card.due.getTime();
		out[r] = { due, label: formatInterval(due - now) };
	}
	return out;
}

/** A quiz answer as a grade: wrong → Again, right → Good. */
export function quizRating(correct: boolean): typeof Again | typeof Good {
	return correct ? Good : Again;
}

/**
 * Feeds a quiz answer to the scheduler for the card with the question's id
 * (creating its state if the card was new).
 */
export function reviewFromQuiz(
	state: CardState | undefined,
	cardId: string,
	correct: boolean,
	now: number,
	options?: SchedulerOptions
): { state: CardState; log: ReviewLogEntry } {
	return reviewCard(state ?? newCardState(cardId, now), quizRating(correct), now, options);
}
