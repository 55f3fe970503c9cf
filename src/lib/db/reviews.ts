import { backend } from './backend';
import type { ReviewLogRecord } from './schema';

export async function reviewsForCard(cardId: string): Promise<ReviewLogRecord[]> {
	return (await backend()).reviewsForCard(cardId);
}

export async function reviewsSince(time: number): Promise<ReviewLogRecord[]> {
	return (await backend()).reviewsSince(time);
}

/** The whole log, oldest first. */
export async function allReviews(): Promise<ReviewLogRecord[]> {
	return (await backend()).allReviews();
}

export async function countReviews(): Promise<number> {
	return (await backend()).countReviews();
}
