import { backend } from './backend';
import type { CardStateRecord, ReviewLogRecord } from './schema';

export async function getCardState(cardId: string): Promise<CardStateRecord | undefined> {
	return (await backend()).getCardState(cardId);
}

/** Every valid card state; corrupt records are skipped and reported. */
export async function getAllCardStates(): Promise<CardStateRecord[]> {
	return (await backend()).allCardStates();
}

/** Saves a grade: the card's new state and its log entry, in one transaction. */
export async function recordReview(state: CardStateRecord, log: ReviewLogRecord): Promise<void> {
	await (await backend()).recordReview(state, log);
}

/**
 * Takes back a grade: restores the card's previous state (or removes it when
 * the card was new) and deletes the log entry, in one transaction.
 */
export async function undoReview(
	cardId: string,
	previous: CardStateRecord | undefined,
	logId: string
): Promise<void> {
	await (await backend()).undoReview(cardId, previous, logId);
}
