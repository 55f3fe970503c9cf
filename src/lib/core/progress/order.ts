/**
 * The one order of each kind of record, shared by backups, merges and the
 * database (which must not pull the backup schema's validator into pages).
 */
import type { CardStateRecord, QuizResultRecord, ReviewLogRecord } from './records';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
export const compareReviews = (a: ReviewLogRecord, b: ReviewLogRecord): number =>
	a.reviewedAt - b.reviewedAt || byString(a.id, b.id);
export const compareStates = (a: CardStateRecord, b: CardStateRecord): number =>
	byString(a.cardId, b.cardId);
export const compareQuizResults = (a: QuizResultRecord, b: QuizResultRecord): number =>
	a.finishedAt - b.finishedAt || byString(a.id, b.id);

/** Sorts in place unless the list is already in order (the usual case). */
export function sortIfNeeded<T>(list: T[], compare: (a: T, b: T) => number): T[] {
	for (let i = 1; i < list.length; i++) {
		if (compare(list[i - 1]!, list[i]!) > 0) return list.sort(compare);
	}
	return list;
}
