/**
 * Card states and grades as stored, and the reads that need no scheduling:
 * kept apart from scheduler.ts so pages that only read progress (the home
 * page, the progress page) do not load ts-fsrs.
 */

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;
export const Again = 1 as const;
export const Hard = 2 as const;
export const Good = 3 as const;
export const Easy = 4 as const;
export const RATINGS: readonly Rating[] = [Again, Hard, Good, Easy];

/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs's State). */
export type CardStateValue = 0 | 1 | 2 | 3;
export const StateNew = 0 as const;
export const StateLearning = 1 as const;
export const StateReview = 2 as const;
export const StateRelearning = 3 as const;

/** The FSRS memory state of one card, as stored (times in epoch ms). */
export interface CardState {
	cardId: string;
	due: number;
	stability: number;
	difficulty: number;
	/** Kept because ts-fsrs 5 still carries it (deprecated there, removed in 6). */
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: CardStateValue;
	last_review?: number;
}

/** One grade given to one card, with the card's state before the grade (ts-fsrs ReviewLog). */
export interface ReviewLogEntry {
	cardId: string;
	rating: Rating;
	reviewedAt: number;
	state: CardStateValue;
	due: number;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	last_elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
}

/** A card never graded: state New with no repetitions. */
export function isNewState(state: CardState): boolean {
	return state.state === StateNew && state.reps === 0;
}

/**
 * The states due at `now`, earliest first (ties by card id). New, never-graded
 * states are left out unless `includeNew` (new cards are introduced by the
 * study queue under a daily limit).
 */
export function dueCards(
	states: Iterable<CardState>,
	now: number,
	options: { includeNew?: boolean } = {}
): CardState[] {
	const out: CardState[] = [];
	for (const s of states) {
		if (s.due <= now && (options.includeNew || !isNewState(s))) out.push(s);
	}
	out.sort((a, b) => a.due - b.due || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
	return out;
}
