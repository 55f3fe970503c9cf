import { db } from './connection';
import type { CardStateRecord, ReviewLogRecord } from './schema';

export async function getCardState(cardId: string): Promise<CardStateRecord | undefined> {
	return (await db()).get('cardStates', cardId);
}

export async function getAllCardStates(): Promise<CardStateRecord[]> {
	return (await db()).getAll('cardStates');
}

/** Saves a grade: the card's new state and its log entry, in one transaction. */
export async function recordReview(state: CardStateRecord, log: ReviewLogRecord): Promise<void> {
	const tx = (await db()).transaction(['cardStates', 'reviewLog'], 'readwrite');
	await Promise.all([
		tx.objectStore('cardStates').put(state),
		tx.objectStore('reviewLog').add(log),
		tx.done
	]);
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
	const tx = (await db()).transaction(['cardStates', 'reviewLog'], 'readwrite');
	const states = tx.objectStore('cardStates');
	await Promise.all([
		previous ? states.put(previous) : states.delete(cardId),
		tx.objectStore('reviewLog').delete(logId),
		tx.done
	]);
}
