import { describe, expect, it } from 'vitest';
import type { ReviewLogRecord } from './schema';
import {
	dayKeyOf,
	dayStartOf,
	fileIntoDay,
	fileReviews,
	groupByDay,
	reviewsOfDays
} from './review-days';
import { review as fixtureReview } from '$lib/core/progress/test-fixtures';

const T = new Date(2024, 0, 3, 10, 0).getTime();
const HOUR = 3_600_000;

/** A review `offset` ms after T (the progress core's fixture record). */
function review(offset: number, cardId = 'c:flashcard:what'): ReviewLogRecord {
	return fixtureReview(cardId, T + offset);
}

describe('review days', () => {
	it('files a review under the local midnight of its day, and one with no time under 0', () => {
		expect(dayKeyOf(review(0))).toBe(new Date(2024, 0, 3).getTime());
		expect(dayKeyOf(review(20 * HOUR))).toBe(new Date(2024, 0, 4).getTime());
		expect(dayKeyOf({ reviewedAt: 'soon' })).toBe(0);
		expect(dayKeyOf({})).toBe(0);
	});

	it('groups reviews by day, keeping their order within a day', () => {
		const days = groupByDay([review(0), review(20 * HOUR), review(HOUR)]);
		expect([...days.keys()]).toEqual([dayStartOf(T), dayStartOf(T + 20 * HOUR)]);
		expect(days.get(dayStartOf(T))!.map((r) => r.reviewedAt)).toEqual([T, T + HOUR]);
	});

	it('files new reviews in time order, once each, without changing its inputs', () => {
		const existing = [review(0), review(2 * HOUR)];
		const copy = structuredClone(existing);
		const filed = fileReviews(existing, [review(HOUR), review(0), review(HOUR)]);
		expect(filed.added).toBe(1);
		expect(filed.reviews.map((r) => r.reviewedAt)).toEqual([T, T + HOUR, T + 2 * HOUR]);
		expect(existing).toEqual(copy);
		expect(fileReviews(filed.reviews, [review(HOUR)]).added).toBe(0);
	});

	it('keeps a corrupt entry already in a day when filing beside it', () => {
		const corrupt = null as unknown as ReviewLogRecord;
		const filed = fileReviews([corrupt], [review(0)]);
		expect(filed.added).toBe(1);
		expect(filed.reviews).toContain(corrupt);
	});

	it('keeps an unreadable stored day inside the record that replaces it', () => {
		const key = dayStartOf(T);
		const fresh = fileIntoDay(key, undefined, [review(0)]);
		expect(fresh).toEqual({ record: { day: key, reviews: [review(0)] }, added: 1 });
		const damaged = { day: key, reviews: 'garbled' };
		const filed = fileIntoDay(key, damaged, [review(0)]);
		expect(filed.record).toEqual({ day: key, reviews: [review(0)], damaged });
		const again = fileIntoDay(key, filed.record, [review(HOUR)]);
		expect(again.record.damaged).toEqual(damaged);
		expect(again.record.reviews).toHaveLength(2);
	});

	it('reads back valid reviews in time order and counts what it skipped', () => {
		const { reviews, skipped } = reviewsOfDays([
			{ day: dayStartOf(T + 30 * HOUR), reviews: [review(30 * HOUR)] },
			// A day filed in another time zone overlaps its neighbour.
			{ day: dayStartOf(T) + 5 * HOUR, reviews: [review(HOUR), { id: 'broken' }] },
			{ day: 1, reviews: 'not a list' },
			null
		]);
		expect(reviews.map((r) => r.reviewedAt)).toEqual([T + HOUR, T + 30 * HOUR]);
		expect(skipped).toBe(3);
	});
});
