/**
 * The review log is stored one local day per record. In Chromium, 100,000
 * single-review records take seconds to write and about a second to read; the
 * same reviews as ~730 day records take a tenth of that, and the days with a
 * review (the streak) are just the store's keys.
 *
 * A record's key is the local midnight of its reviews' day where they were
 * written. After a change of time zone a key may be off the current local
 * midnights by up to a day, so time windows are widened by `KEY_SLACK_MS` and
 * then filtered on each review's own time.
 */
import { compareReviews, sortIfNeeded } from '$lib/core/progress/order';
import { isReview } from './guards';
import type { ReviewLogRecord } from '$lib/core/progress/records';

export interface ReviewDayRecord {
	/** Local midnight (epoch ms) of the day these reviews were given. */
	day: number;
	/** In time order (then by id); ids are unique within a day. */
	reviews: ReviewLogRecord[];
	/** An unreadable record once stored under this key, kept rather than overwritten. */
	damaged?: unknown;
}

export const KEY_SLACK_MS = 2 * 86_400_000;

/** The first millisecond of `time`'s local day. */
export function dayStartOf(time: number): number {
	return new Date(time).setHours(0, 0, 0, 0);
}

/**
 * The key a review is filed under. A review with no usable time (a corrupt
 * record) is still kept, under day 0, so an upgrade never loses it; reads skip
 * and report it like any corrupt record.
 */
export function dayKeyOf(review: { reviewedAt?: unknown }): number {
	const time = review.reviewedAt;
	return typeof time === 'number' && Number.isFinite(time) ? dayStartOf(time) : 0;
}

/** Reviews grouped by the day record they belong in. */
export function groupByDay<T extends { reviewedAt?: unknown }>(
	reviews: Iterable<T>
): Map<number, T[]> {
	const days = new Map<number, T[]>();
	for (const review of reviews) {
		const key = dayKeyOf(review);
		const list = days.get(key);
		if (list) list.push(review);
		else days.set(key, [review]);
	}
	return days;
}

/** Review order that tolerates a corrupt stored entry (it sorts first). */
function compareStored(a: ReviewLogRecord | undefined, b: ReviewLogRecord | undefined): number {
	const time = (r: ReviewLogRecord | undefined) =>
		typeof r?.reviewedAt === 'number' ? r.reviewedAt : -Infinity;
	return time(a) - time(b) || (a && b ? compareReviews(a, b) : 0);
}

/**
 * A day's reviews with `added` filed in, in order; an id already there is not
 * added twice. Returns the new list and how many were added. Inputs are not changed.
 */
export function fileReviews(
	existing: readonly ReviewLogRecord[],
	added: readonly ReviewLogRecord[]
): { reviews: ReviewLogRecord[]; added: number } {
	// A corrupt entry already stored stays where it is (reads skip it); it never blocks a write.
	const ids = new Set(existing.map((r) => r?.id));
	const fresh = added.filter((r) => !ids.has(r.id) && ids.add(r.id));
	if (fresh.length === 0) return { reviews: [...existing], added: 0 };
	// Usually the new reviews are the day's latest and the list is already in order.
	const reviews = sortIfNeeded([...existing, ...fresh], compareStored);
	return { reviews, added: fresh.length };
}

/**
 * The record to store after filing `added` into the day `key`, whose stored
 * record is `stored` (undefined when there is none yet).
 */
export function fileIntoDay(
	key: number,
	stored: unknown,
	added: readonly ReviewLogRecord[]
): { record: ReviewDayRecord; added: number } {
	const day = stored as Partial<ReviewDayRecord> | undefined;
	const readable = stored === undefined || Array.isArray(day?.reviews);
	const filed = fileReviews(readable ? (day?.reviews ?? []) : [], added);
	const record: ReviewDayRecord = { day: key, reviews: filed.reviews };
	if (!readable) record.damaged = stored;
	else if (day?.damaged !== undefined) record.damaged = day.damaged;
	return { record, added: filed.added };
}

/**
 * The valid reviews of day records read back from the database, in time order,
 * and how many entries were skipped as corrupt (a whole unreadable day counts once).
 */
export function reviewsOfDays(records: readonly unknown[]): {
	reviews: ReviewLogRecord[];
	skipped: number;
} {
	const reviews: ReviewLogRecord[] = [];
	let skipped = 0;
	for (const record of records) {
		const list = (record as Partial<ReviewDayRecord> | null)?.reviews;
		if (!Array.isArray(list)) {
			skipped += 1;
			continue;
		}
		for (const review of list) {
			if (isReview(review)) reviews.push(review);
			else skipped += 1;
		}
	}
	// Day records written in another time zone can overlap; otherwise keys already give the order.
	return { reviews: sortIfNeeded(reviews, compareReviews), skipped };
}

/**
 * Consecutive days in `reviewed` (day starts) ending today, or yesterday when
 * there is none yet today. `dayStartOf` steps back a day, time zone and all.
 */
export function streakOf(
	reviewed: ReadonlySet<number>,
	todayStart: number,
	dayStartOf: (t: number) => number
): number {
	let day = reviewed.has(todayStart) ? todayStart : dayStartOf(todayStart - 1);
	let streak = 0;
	while (reviewed.has(day)) {
		streak += 1;
		day = dayStartOf(day - 1);
	}
	return streak;
}
