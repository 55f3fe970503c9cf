import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DAY_MS,
	computeStats,
	dayKey,
	deckCardsFrom,
	localDay,
	localDayKey,
	quizHistory,
	type DeckCard,
	type StatsInput
} from './stats';
import { quiz, review, state } from './test-fixtures';

/** 2024-03-10 15:00 in Tehran (UTC+3:30). */
const TEHRAN = 210;
const NOW = Date.UTC(2024, 2, 10, 11, 30);
const HOUR = 3_600_000;
/** Local midnight starting the day `n` days from today, in Tehran. */
const midnight = (n: number) => Date.UTC(2024, 2, 10 + n) - TEHRAN * 60_000;

const DECK: DeckCard[] = [
	{
		id: 'kerman-bombings:flashcard:date',
		factIds: ['kerman-bombings'],
		topics: ['dates'],
		kind: 'event'
	},
	{
		id: 'kerman-bombings:mcq:place',
		factIds: ['kerman-bombings'],
		topics: ['dates', 'geography'],
		kind: 'event'
	},
	{ id: 'is-k:flashcard:what', factIds: ['is-k'], topics: ['groups'], kind: 'group' },
	{ id: 'is-k:mcq:base', factIds: ['is-k'], topics: ['groups', 'geography'], kind: 'group' },
	{ id: 'kerman:locate:point', factIds: ['kerman'], topics: ['geography'], kind: 'place' },
	{
		id: 'set-abc123:timeline:chronological',
		factIds: ['kerman-bombings', 'soleimani-killing'],
		topics: ['dates'],
		kind: 'event'
	}
];

function stats(patch: Partial<StatsInput> = {}) {
	return computeStats({
		states: [],
		reviews: [],
		cards: DECK,
		now: NOW,
		tzOffsetMinutes: TEHRAN,
		...patch
	});
}

describe('day keys', () => {
	it('match the calendar (checked against Date) for any day and offset', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -1_000_000_000_000, max: 8_000_000_000_000 }),
				fc.integer({ min: -720, max: 840 }),
				(ms, tz) => {
					const expected = new Date(ms + tz * 60_000).toISOString().slice(0, 10);
					expect(localDayKey(ms, tz)).toBe(expected);
				}
			)
		);
	});

	it('handle leap days and year ends', () => {
		expect(dayKey(0)).toBe('1970-01-01');
		expect(dayKey(-1)).toBe('1969-12-31');
		expect(dayKey(localDay(Date.UTC(2024, 1, 29), 0))).toBe('2024-02-29');
		expect(dayKey(localDay(Date.UTC(2000, 1, 29), 0))).toBe('2000-02-29');
		expect(dayKey(localDay(Date.UTC(2023, 11, 31, 23), 60))).toBe('2024-01-01');
	});

	it('use the local day, not the UTC day', () => {
		// 22:00 UTC on 9 March is 01:30 on 10 March in Tehran and 17:00 on 9 March in New York.
		const t = Date.UTC(2024, 2, 9, 22);
		expect(localDayKey(t, TEHRAN)).toBe('2024-03-10');
		expect(localDayKey(t, -300)).toBe('2024-03-09');
	});
});

describe('computeStats', () => {
	it('is all zeros for a new learner', () => {
		const s = stats();
		expect(s.today).toBe('2024-03-10');
		expect(s.reviewsPerDay).toHaveLength(30);
		expect(s.reviewsPerDay[0]).toEqual({ day: '2024-02-10', count: 0 });
		expect(s.reviewsPerDay[29]).toEqual({ day: '2024-03-10', count: 0 });
		expect(s.forecast).toHaveLength(14);
		expect(s.forecast[0]!.day).toBe('2024-03-10');
		expect(s.forecast[13]!.day).toBe('2024-03-23');
		expect(s.streak).toBe(0);
		expect(s.totalReviews).toBe(0);
		expect(s.retention).toEqual({ value: null, mature: 0, passed: 0 });
		expect(s.byState).toEqual({ new: 6, learning: 0, review: 0, relearning: 0 });
		expect(s.masteryByTopic.dates).toEqual({ cards: 3, mastered: 0, value: 0 });
		expect(s.masteryByKind.person).toEqual({ cards: 0, mastered: 0, value: null });
		expect(s.weakest).toEqual([]);
	});

	it('counts reviews per local day over the last 30 days', () => {
		const id = 'is-k:flashcard:what';
		const reviews = [
			review(id, midnight(0) + 1000), // today, just after local midnight
			review(id, midnight(0) - 1000), // yesterday, just before
			review(id, midnight(-29) + HOUR), // oldest day shown
			review(id, midnight(-30) + HOUR), // too old for the chart
			review(id, midnight(1) + HOUR) // tomorrow (a clock ahead): not shown
		];
		const s = stats({ reviews });
		expect(s.reviewsPerDay.at(-1)).toEqual({ day: '2024-03-10', count: 1 });
		expect(s.reviewsPerDay.at(-2)).toEqual({ day: '2024-03-09', count: 1 });
		expect(s.reviewsPerDay[0]).toEqual({ day: '2024-02-10', count: 1 });
		expect(s.reviewsPerDay.reduce((n, d) => n + d.count, 0)).toBe(3);
		expect(s.totalReviews).toBe(5);
	});

	it('chart total equals the reviews in the window (any log, any order)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -40 * DAY_MS, max: 2 * DAY_MS }), { maxLength: 200 }),
				(offsets) => {
					const reviews = offsets.map((o, i) => review(`c${i}`, NOW + o));
					const s = stats({ reviews });
					const inWindow = reviews.filter((r) => {
						const d = localDay(r.reviewedAt, TEHRAN) - localDay(NOW, TEHRAN);
						return d >= -29 && d <= 0;
					}).length;
					expect(s.reviewsPerDay.reduce((n, d) => n + d.count, 0)).toBe(inWindow);
				}
			)
		);
	});

	it('forecasts due cards by day, overdue counted today, new cards left out', () => {
		const states = [
			state('kerman-bombings:flashcard:date', { due: NOW - 5 * DAY_MS }), // overdue
			state('kerman-bombings:mcq:place', { due: midnight(1) - 1 }), // later today
			state('is-k:flashcard:what', { due: midnight(1) }), // tomorrow
			state('is-k:mcq:base', { due: midnight(13) + HOUR }), // last day shown
			state('kerman:locate:point', { due: midnight(14) }), // beyond
			state('set-abc123:timeline:chronological', {
				state: 0,
				reps: 0,
				last_review: undefined,
				due: NOW
			}), // new
			state('not-in-deck:flashcard:what', { due: NOW }) // orphaned
		];
		const s = stats({ states });
		expect(s.forecast[0]).toEqual({ day: '2024-03-10', count: 2 });
		expect(s.forecast[1]).toEqual({ day: '2024-03-11', count: 1 });
		expect(s.forecast[13]).toEqual({ day: '2024-03-23', count: 1 });
		expect(s.forecast.reduce((n, d) => n + d.count, 0)).toBe(4);
	});

	describe('streak', () => {
		const on = (...days: number[]) => days.map((d, i) => review(`c${i}`, midnight(d) + 10 * HOUR));

		it('counts consecutive days up to today', () => {
			expect(stats({ reviews: on(0, -1, -2, -4) }).streak).toBe(3);
		});
		it('keeps yesterday’s streak alive when nothing is reviewed yet today', () => {
			expect(stats({ reviews: on(-1, -2, -3) }).streak).toBe(3);
		});
		it('is broken by a missed day', () => {
			expect(stats({ reviews: on(-2, -3) }).streak).toBe(0);
			expect(stats({ reviews: on(0) }).streak).toBe(1);
		});
		it('does not care about order or duplicates', () => {
			expect(stats({ reviews: [...on(-1, 0, -1, -2), ...on(0)] }).streak).toBe(3);
		});
		it('is long for a learner who never missed a day', () => {
			const reviews = Array.from({ length: 400 }, (_, i) =>
				review('c', midnight(-399 + i) + 20 * HOUR)
			);
			expect(stats({ reviews }).streak).toBe(400);
		});
	});

	it('computes true retention from reviews of mature cards only', () => {
		const id = 'is-k:flashcard:what';
		const reviews = [
			review(id, NOW - 10 * DAY_MS, { state: 2, scheduled_days: 21, rating: 3 }),
			review(id, NOW - 9 * DAY_MS, { state: 2, scheduled_days: 40, rating: 2 }),
			review(id, NOW - 8 * DAY_MS, { state: 2, scheduled_days: 30, rating: 1 }),
			review(id, NOW - 7 * DAY_MS, { state: 2, scheduled_days: 60, rating: 4, origin: 'quiz' }),
			review(id, NOW - 6 * DAY_MS, { state: 2, scheduled_days: 20, rating: 1 }), // young
			review(id, NOW - 5 * DAY_MS, { state: 3, scheduled_days: 30, rating: 1 }), // relearning
			review(id, NOW - 4 * DAY_MS, { state: 1, scheduled_days: 0, rating: 1 }) // learning
		];
		const s = stats({ reviews });
		expect(s.retention).toEqual({ value: 3 / 4, mature: 4, passed: 3 });
		expect(stats({ reviews, matureDays: 50 }).retention).toEqual({
			value: 1,
			mature: 1,
			passed: 1
		});
	});

	it('counts cards by state, missing states as new', () => {
		const states = [
			state('kerman-bombings:flashcard:date', { state: 1 }),
			state('kerman-bombings:mcq:place', { state: 2 }),
			state('is-k:flashcard:what', { state: 2 }),
			state('is-k:mcq:base', { state: 3 }),
			state('not-in-deck:x:y', { state: 2 })
		];
		expect(stats({ states }).byState).toEqual({ new: 2, learning: 1, review: 2, relearning: 1 });
	});

	it('accepts the states as a Map', () => {
		const s = state('is-k:flashcard:what', { state: 1 });
		expect(stats({ states: new Map([[s.cardId, s]]) }).byState.learning).toBe(1);
	});

	it('computes mastery per topic and per kind: Review with stability of 21 days or more', () => {
		const states = [
			state('kerman-bombings:flashcard:date', { state: 2, stability: 21 }), // mastered
			state('kerman-bombings:mcq:place', { state: 2, stability: 20.9 }), // not yet
			state('is-k:flashcard:what', { state: 3, stability: 80 }), // relearning: not
			state('is-k:mcq:base', { state: 2, stability: 100 }), // mastered
			state('kerman:locate:point', { state: 1, stability: 30 }) // learning: not
		];
		const s = stats({ states });
		expect(s.masteryByTopic).toEqual({
			dates: { cards: 3, mastered: 1, value: 1 / 3 },
			groups: { cards: 2, mastered: 1, value: 1 / 2 },
			geography: { cards: 3, mastered: 1, value: 1 / 3 }
		});
		expect(s.masteryByKind.event).toEqual({ cards: 3, mastered: 1, value: 1 / 3 });
		expect(s.masteryByKind.group).toEqual({ cards: 2, mastered: 1, value: 1 / 2 });
		expect(s.masteryByKind.place).toEqual({ cards: 1, mastered: 0, value: 0 });
		expect(Object.keys(s.masteryByKind).sort()).toEqual(
			['analysis', 'campaign', 'event', 'figure', 'group', 'organization', 'person', 'place'].sort()
		);
		expect(stats({ states, masteredStabilityDays: 10 }).masteryByTopic.dates.mastered).toBe(2);
	});

	it('ranks the weakest facts by lapses, then Again grades', () => {
		const states = [
			state('kerman-bombings:flashcard:date', { lapses: 2 }),
			state('kerman-bombings:mcq:place', { lapses: 1 }),
			state('is-k:flashcard:what', { lapses: 3 }),
			state('set-abc123:timeline:chronological', { lapses: 1 }),
			state('kerman:locate:point', { lapses: 0 })
		];
		const reviews = [
			review('kerman:locate:point', NOW - DAY_MS, { rating: 1 }),
			review('kerman:locate:point', NOW - 2 * DAY_MS, { rating: 1 }),
			review('is-k:flashcard:what', NOW - 3 * DAY_MS, { rating: 1 }),
			review('is-k:flashcard:what', NOW - 4 * DAY_MS, { rating: 3 })
		];
		const s = stats({ states, reviews });
		expect(s.weakest).toEqual([
			{
				factId: 'kerman-bombings',
				lapses: 4,
				again: 0,
				cardIds: [
					'kerman-bombings:flashcard:date',
					'kerman-bombings:mcq:place',
					'set-abc123:timeline:chronological'
				]
			},
			{ factId: 'is-k', lapses: 3, again: 1, cardIds: ['is-k:flashcard:what'] },
			{
				factId: 'soleimani-killing',
				lapses: 1,
				again: 0,
				cardIds: ['set-abc123:timeline:chronological']
			},
			{ factId: 'kerman', lapses: 0, again: 2, cardIds: ['kerman:locate:point'] }
		]);
	});

	it('lists at most 10 weakest facts', () => {
		const cards: DeckCard[] = Array.from({ length: 25 }, (_, i) => ({
			id: `f${i}:flashcard:what`,
			factIds: [`f${i}`],
			topics: ['groups'],
			kind: 'group'
		}));
		const states = cards.map((c, i) => state(c.id, { lapses: i + 1 }));
		const s = stats({ cards, states });
		expect(s.weakest.map((w) => w.factId)).toEqual(
			Array.from({ length: 10 }, (_, i) => `f${24 - i}`)
		);
	});

	it('rejects a time or offset that is not a number', () => {
		expect(() => stats({ now: Number.NaN })).toThrow(RangeError);
		expect(() => stats({ tzOffsetMinutes: Number.NaN })).toThrow(RangeError);
	});

	it('handles 100,000 reviews and 2,000 cards well within budget', () => {
		const cards: DeckCard[] = Array.from({ length: 2000 }, (_, i) => ({
			id: `f${i % 400}:flashcard:d${i}`,
			factIds: [`f${i % 400}`],
			topics: [(['groups', 'dates', 'geography'] as const)[i % 3]!],
			kind: 'event'
		}));
		const states = cards.map((c, i) =>
			state(c.id, { lapses: i % 7, due: NOW + (i % 30) * DAY_MS })
		);
		const reviews = Array.from({ length: 100_000 }, (_, i) =>
			review(cards[i % 2000]!.id, NOW - 730 * DAY_MS + i * 630_000, {
				rating: ((i % 4) + 1) as 1 | 2 | 3 | 4,
				scheduled_days: i % 60
			})
		);
		stats({ cards, states, reviews }); // warm up
		const started = performance.now();
		const s = stats({ cards, states, reviews });
		expect(performance.now() - started).toBeLessThan(200);
		expect(s.totalReviews).toBe(100_000);
	});
});

describe('deckCardsFrom', () => {
	it('gives each question the kind of its main fact', () => {
		const cards = deckCardsFrom(
			[
				{ id: 'is-k:flashcard:what', factIds: ['is-k'], topics: ['groups'] },
				{ id: 'set-1:matching:person-role', factIds: ['soleimani', 'is-k'], topics: ['groups'] },
				{ id: 'gone:flashcard:what', factIds: ['gone'], topics: ['groups'] }
			],
			[
				{ id: 'is-k', kind: 'group' },
				{ id: 'soleimani', kind: 'person' }
			]
		);
		expect(cards.map((c) => [c.id, c.kind])).toEqual([
			['is-k:flashcard:what', 'group'],
			['set-1:matching:person-role', 'person']
		]);
	});
});

describe('quizHistory', () => {
	it('lists quizzes newest first with their share and local day', () => {
		const results = [
			quiz('q1', Date.UTC(2024, 2, 1, 21), { score: 1, total: 2 }),
			quiz('q2', Date.UTC(2024, 2, 5, 9), {
				score: 4,
				total: 4,
				settings: { topics: ['groups'], types: ['mcq'], count: 4, seed: 1, code: 'ABC' }
			}),
			quiz('q3', Date.UTC(2024, 2, 3, 9), { score: 0, total: 0 })
		];
		const h = quizHistory(results, TEHRAN);
		expect(h.entries.map((e) => e.id)).toEqual(['q2', 'q3', 'q1']);
		expect(h.entries[2]).toMatchObject({ day: '2024-03-02', share: 0.5, durationMs: 300_000 });
		expect(h.entries[0]!.code).toBe('ABC');
		expect(h.entries[1]!.share).toBe(0);
		expect(h.quizzes).toBe(3);
		expect(h.averageShare).toBeCloseTo(0.5);
		expect(h.bestShare).toBe(1);
		expect(quizHistory(results, TEHRAN, 1).entries).toHaveLength(1);
		expect(quizHistory([], 0)).toEqual({
			entries: [],
			quizzes: 0,
			averageShare: null,
			bestShare: null
		});
	});
});
