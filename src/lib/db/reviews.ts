import { backend } from './backend';
import { dayStartOf } from './review-days';
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

/** Consecutive local days with at least one review, up to today (or yesterday). */
export async function reviewStreak(now: number): Promise<number> {
	const todayStart = dayStartOf(now);
	const tomorrowStart = new Date(todayStart).setDate(new Date(todayStart).getDate() + 1);
	return (await backend()).reviewStreak(todayStart, tomorrowStart, dayStartOf);
}
