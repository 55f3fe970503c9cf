import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeMerge, mergeProgress, type MergeResult, type ProgressData } from './merge';
import type { CardStateRecord } from './records';
import {
	DAY,
	SETTINGS,
	T0,
	quiz,
	review,
	reviewArb,
	state,
	storeArb,
	type Store
} from './test-fixtures';

const EMPTY: ProgressData = { cardStates: [], reviewLog: [], quizResults: [] };

const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));

/** The store after writing `toWrite` with IndexedDB `put` semantics. */
function applyWrites(store: Store, result: MergeResult): Store {
	const states = new Map(store.cardStates.map((s) => [s.cardId, s]));
	for (const s of result.toWrite.cardStates) states.set(s.cardId, s);
	const reviews = new Map(store.reviewLog.map((r) => [r.id, r]));
	for (const r of result.toWrite.reviews) reviews.set(r.id, r);
	const quizzes = new Map(store.quizResults.map((q) => [q.id, q]));
	for (const q of result.toWrite.quizResults) quizzes.set(q.id, q);
	const settings =
		Object.keys(result.toWrite.settings).length > 0
			? { ...SETTINGS, persistenceRequested: false, ...store.settings, ...result.toWrite.settings }
			: store.settings;
	return {
		cardStates: [...states.values()],
		reviewLog: [...reviews.values()],
		quizResults: [...quizzes.values()],
		settings
	};
}

const byCard = (a: CardStateRecord, b: CardStateRecord) => (a.cardId < b.cardId ? -1 : 1);
const NOTHING = {
	reviewsAdded: 0,
	cardsAdded: 0,
	cardsUpdated: 0,
	cardsNotInDeck: 0,
	quizResultsAdded: 0,
	settingsRestored: false
};

describe('mergeProgress: properties', () => {
	it('is idempotent: merging the same file again writes nothing', () => {
		fc.assert(
			fc.property(storeArb(reviewArb), storeArb(reviewArb), (local, incoming) => {
				const first = mergeProgress(local, incoming);
				const after = applyWrites(local, first);
				const second = mergeProgress(after, incoming);
				expect(second.summary).toEqual(NOTHING);
				expect(second.toWrite.cardStates).toEqual([]);
				expect(second.toWrite.reviews).toEqual([]);
				expect(second.toWrite.quizResults).toEqual([]);
				expect(second.toWrite.settings).toEqual({});
				expect(second.cardStates).toEqual(first.cardStates);
				expect(second.reviewLog).toEqual(first.reviewLog);
				expect(second.quizResults).toEqual(first.quizResults);
			})
		);
	});

	it('writes exactly the difference: local + toWrite is the merged set', () => {
		fc.assert(
			fc.property(storeArb(reviewArb), storeArb(reviewArb), (local, incoming) => {
				const result = mergeProgress(local, incoming);
				const after = applyWrites(local, result);
				expect([...after.cardStates].sort(byCard)).toEqual(result.cardStates);
				expect(ids(after.reviewLog)).toEqual(ids(result.reviewLog));
				expect(after.reviewLog.length).toBe(result.reviewLog.length);
				expect(ids(after.quizResults)).toEqual(ids(result.quizResults));
				expect(result.summary.reviewsAdded).toBe(result.toWrite.reviews.length);
				expect(result.summary.quizResultsAdded).toBe(result.toWrite.quizResults.length);
				expect(result.summary.cardsAdded + result.summary.cardsUpdated).toBe(
					result.toWrite.cardStates.length
				);
				// Split by what the deck has, the counts still add up.
				const odd = (id: string) => id.length % 2 === 1;
				const split = mergeProgress(local, incoming, (id) => !odd(id)).summary;
				expect(split.cardsAdded + split.cardsUpdated + split.cardsNotInDeck).toBe(
					result.toWrite.cardStates.length
				);
				expect(split.cardsNotInDeck).toBe(
					result.toWrite.cardStates.filter((c) => odd(c.cardId)).length
				);
			})
		);
	});

	it('is commutative on logs: the same review ids either way', () => {
		fc.assert(
			fc.property(storeArb(reviewArb), storeArb(reviewArb), (a, b) => {
				const ab = mergeProgress(a, b).reviewLog;
				const ba = mergeProgress(b, a).reviewLog;
				expect(ids(ab)).toEqual(ids(ba));
				expect(ab.length).toBe(ba.length);
			})
		);
	});

	it('is commutative on logs record for record when the sides agree on shared ids', () => {
		fc.assert(
			fc.property(storeArb(), storeArb(), (a, b) => {
				expect(mergeProgress(a, b).reviewLog).toEqual(mergeProgress(b, a).reviewLog);
				expect(ids(mergeProgress(a, b).quizResults)).toEqual(ids(mergeProgress(b, a).quizResults));
			})
		);
	});

	it('is associative on logs', () => {
		fc.assert(
			fc.property(storeArb(), storeArb(), storeArb(), (a, b, c) => {
				const left = mergeProgress(mergeProgress(a, b), c).reviewLog;
				const right = mergeProgress(a, mergeProgress(b, c)).reviewLog;
				expect(left).toEqual(right);
			})
		);
	});

	it('logs: the union, deduplicated, in time order', () => {
		fc.assert(
			fc.property(storeArb(reviewArb), storeArb(reviewArb), (local, incoming) => {
				const { reviewLog } = mergeProgress(local, incoming);
				const union = new Set([...ids(local.reviewLog), ...ids(incoming.reviewLog)]);
				expect(ids(reviewLog)).toEqual(union);
				expect(reviewLog.length).toBe(union.size);
				for (let i = 1; i < reviewLog.length; i++) {
					const [p, q] = [reviewLog[i - 1]!, reviewLog[i]!];
					expect(
						p.reviewedAt < q.reviewedAt || (p.reviewedAt === q.reviewedAt && p.id < q.id)
					).toBe(true);
				}
				// Local entries win a clash.
				const localById = new Map(local.reviewLog.map((r) => [r.id, r]));
				for (const r of reviewLog) if (localById.has(r.id)) expect(r).toBe(localById.get(r.id));
			})
		);
	});

	it('card states: the later review wins, ties and never-reviewed keep local', () => {
		fc.assert(
			fc.property(storeArb(), storeArb(), (local, incoming) => {
				const result = mergeProgress(local, incoming);
				const l = new Map(local.cardStates.map((s) => [s.cardId, s]));
				const r = new Map(incoming.cardStates.map((s) => [s.cardId, s]));
				expect(result.cardStates.map((s) => s.cardId)).toEqual(
					[...new Set([...l.keys(), ...r.keys()])].sort()
				);
				for (const s of result.cardStates) {
					const a = l.get(s.cardId);
					const b = r.get(s.cardId);
					const expected =
						a && b
							? (b.last_review ?? -Infinity) > (a.last_review ?? -Infinity)
								? b
								: a
							: (a ?? b);
					expect(s).toBe(expected);
				}
			})
		);
	});

	it('merging a store with itself, or nothing into a store, changes nothing', () => {
		fc.assert(
			fc.property(storeArb(reviewArb), (store) => {
				for (const incoming of [store, EMPTY]) {
					const result = mergeProgress(store, incoming);
					expect(result.summary).toEqual(NOTHING);
					expect(result.toWrite.cardStates).toEqual([]);
					expect(result.toWrite.reviews).toEqual([]);
				}
			})
		);
	});

	it('never mutates its inputs', () => {
		fc.assert(
			fc.property(storeArb(reviewArb), storeArb(reviewArb), (local, incoming) => {
				const before = structuredClone([local, incoming]);
				mergeProgress(local, incoming);
				expect([local, incoming]).toEqual(before);
			})
		);
	});
});

describe('mergeProgress: examples', () => {
	it('restores everything into an empty store', () => {
		const incoming: ProgressData = {
			cardStates: [state('b:mcq:base'), state('a:flashcard:what')],
			reviewLog: [review('a:flashcard:what', T0), review('b:mcq:base', T0 - DAY)],
			quizResults: [quiz('q1', T0)],
			settings: { ...SETTINGS, dailyNewLimit: 35 }
		};
		const result = mergeProgress(EMPTY, incoming);
		expect(result.summary).toEqual({
			reviewsAdded: 2,
			cardsAdded: 2,
			cardsUpdated: 0,
			cardsNotInDeck: 0,
			quizResultsAdded: 1,
			settingsRestored: true
		});
		// The same file where this version's deck lacks "b:mcq:base": kept, not "added".
		const known = mergeProgress(EMPTY, incoming, (id) => id !== 'b:mcq:base');
		expect(known.summary).toMatchObject({ cardsAdded: 1, cardsNotInDeck: 1 });
		expect(known.toWrite.cardStates.map((s) => s.cardId)).toContain('b:mcq:base');
		expect(result.cardStates.map((s) => s.cardId)).toEqual(['a:flashcard:what', 'b:mcq:base']);
		expect(result.reviewLog.map((r) => r.reviewedAt)).toEqual([T0 - DAY, T0]);
		expect(result.toWrite.settings).toEqual({ dailyNewLimit: 35, introDismissed: true });
		expect(result.settings).toEqual({
			dailyNewLimit: 35,
			introDismissed: true,
			persistenceRequested: false,
			quizInProgress: null
		});
	});

	it('keeps local settings when the device has them', () => {
		const local = { ...EMPTY, settings: { ...SETTINGS, dailyNewLimit: 5 } };
		const result = mergeProgress(local, { ...EMPTY, settings: { ...SETTINGS, dailyNewLimit: 50 } });
		expect(result.settings).toBe(local.settings);
		expect(result.toWrite.settings).toEqual({});
		expect(result.summary.settingsRestored).toBe(false);
	});

	it('takes the state with the later last review, either side', () => {
		const older = state('a:flashcard:what', { last_review: T0, stability: 2 });
		const newer = state('a:flashcard:what', { last_review: T0 + DAY, stability: 9 });
		const up = mergeProgress({ ...EMPTY, cardStates: [older] }, { ...EMPTY, cardStates: [newer] });
		expect(up.cardStates).toEqual([newer]);
		expect(up.toWrite.cardStates).toEqual([newer]);
		expect(up.summary.cardsUpdated).toBe(1);

		const keep = mergeProgress(
			{ ...EMPTY, cardStates: [newer] },
			{ ...EMPTY, cardStates: [older] }
		);
		expect(keep.cardStates).toEqual([newer]);
		expect(keep.toWrite.cardStates).toEqual([]);
		expect(keep.summary.cardsUpdated).toBe(0);
	});

	it('keeps the local state on a tie', () => {
		const mine = state('a:flashcard:what', { last_review: T0, stability: 2 });
		const theirs = state('a:flashcard:what', { last_review: T0, stability: 7 });
		const result = mergeProgress(
			{ ...EMPTY, cardStates: [mine] },
			{ ...EMPTY, cardStates: [theirs] }
		);
		expect(result.cardStates[0]).toBe(mine);
		expect(result.toWrite.cardStates).toEqual([]);
	});

	it('a state never reviewed loses to one reviewed, whichever side it is on', () => {
		const fresh = state('a:flashcard:what', { last_review: undefined, state: 0, reps: 0 });
		const seen = state('a:flashcard:what', { last_review: T0 });
		expect(
			mergeProgress({ ...EMPTY, cardStates: [fresh] }, { ...EMPTY, cardStates: [seen] }).cardStates
		).toEqual([seen]);
		expect(
			mergeProgress({ ...EMPTY, cardStates: [seen] }, { ...EMPTY, cardStates: [fresh] }).cardStates
		).toEqual([seen]);
		// Neither reviewed: local kept.
		const other = { ...fresh, due: fresh.due + DAY };
		expect(
			mergeProgress({ ...EMPTY, cardStates: [fresh] }, { ...EMPTY, cardStates: [other] })
				.cardStates[0]
		).toBe(fresh);
	});

	it('adds only the reviews the store lacks', () => {
		const shared = review('a:flashcard:what', T0);
		const mine = review('a:flashcard:what', T0 + DAY);
		const theirs = review('b:mcq:base', T0 + 2 * DAY);
		const result = mergeProgress(
			{ ...EMPTY, reviewLog: [shared, mine] },
			{ ...EMPTY, reviewLog: [{ ...shared, rating: 1 }, theirs] }
		);
		expect(result.toWrite.reviews).toEqual([theirs]);
		expect(result.reviewLog).toEqual([shared, mine, theirs]);
		expect(result.summary.reviewsAdded).toBe(1);
	});

	it('dedupes quiz results by id', () => {
		const result = mergeProgress(
			{ ...EMPTY, quizResults: [quiz('q1', T0)] },
			{ ...EMPTY, quizResults: [quiz('q1', T0), quiz('q2', T0 + DAY)] }
		);
		expect(result.quizResults.map((q) => q.id)).toEqual(['q1', 'q2']);
		expect(result.toWrite.quizResults.map((q) => q.id)).toEqual(['q2']);
	});

	it('handles 100,000 reviews into an identical store quickly', () => {
		const log = Array.from({ length: 100_000 }, (_, i) =>
			review(`c${i % 2000}:flashcard:what`, T0 + i * 60_000)
		);
		const store = { ...EMPTY, reviewLog: log };
		const started = performance.now();
		const result = mergeProgress(store, store);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(result.summary.reviewsAdded).toBe(0);
	});
});

describe('describeMerge', () => {
	it('says what was added', () => {
		expect(
			describeMerge({
				reviewsAdded: 120,
				cardsAdded: 14,
				cardsUpdated: 3,
				cardsNotInDeck: 0,
				quizResultsAdded: 1,
				settingsRestored: false
			})
		).toBe('Added 120 reviews, 14 new cards and 1 quiz result; updated 3 cards.');
		// Cards from another version of the app are kept, not reported as added.
		expect(describeMerge({ ...NOTHING, reviewsAdded: 2, cardsNotInDeck: 1 })).toBe(
			'Added 2 reviews; kept 1 card this version of Dossier does not ask.'
		);
		expect(describeMerge({ ...NOTHING, cardsNotInDeck: 2 })).toBe(
			'Kept 2 cards this version of Dossier does not ask.'
		);
		expect(describeMerge({ ...NOTHING, reviewsAdded: 1 })).toBe('Added 1 review.');
		expect(describeMerge({ ...NOTHING, cardsUpdated: 2 })).toBe('Updated 2 cards.');
		expect(describeMerge({ ...NOTHING, settingsRestored: true })).toBe('Restored your settings.');
	});

	it('says when nothing was new', () => {
		expect(describeMerge(NOTHING)).toBe('Nothing new: everything in this file was already here.');
	});
});
