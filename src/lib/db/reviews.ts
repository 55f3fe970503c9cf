import { db } from './connection';
import type { ReviewLogRecord } from './schema';

export async function reviewsForCard(cardId: string): Promise<ReviewLogRecord[]> {
	return (await db()).getAllFromIndex('reviewLog', 'byCard', cardId);
}

export async function reviewsSince(time: number): Promise<ReviewLogRecord[]> {
	return (await db()).getAllFromIndex('reviewLog', 'byTime', IDBKeyRange.lowerBound(time));
}

export async function allReviews(): Promise<ReviewLogRecord[]> {
	return (await db()).getAllFromIndex('reviewLog', 'byTime');
}

export async function countReviews(): Promise<number> {
	return (await db()).count('reviewLog');
}
