import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../../content/load';
import { contextFor, generateCards } from '../cards';
import { dateCode } from '../dates';
import { dateOf } from '../relations';
import { firstWithDate } from '../questions/flashcard';
import { CARD_ID_MOVES, movedCardState, movedReview, withCurrentCardIds } from './card-id-moves';
import { reviewId } from './records';

const base = loadFactBase();

describe('CARD_ID_MOVES', () => {
	it('moves each old date card id to a date card the app has now, or has retired', () => {
		const ids = new Set(generateCards(base, { types: ['flashcard'] }).map((c) => c.id));
		const targets = [...CARD_ID_MOVES.values()];
		expect(new Set(targets).size).toBe(targets.length);
		// Fact base 3: "Tehran's view of the Taliban as a buffer" is a view held by 2018, not
		// an event, so no card asks what happened in 2018 (its progress is kept, unused).
		const retired = ['date.2018:flashcard:from-date'];
		for (const to of retired) expect(ids.has(to)).toBe(false);
		for (const to of targets) expect(ids.has(to) || retired.includes(to), to).toBe(true);
		for (const from of CARD_ID_MOVES.keys()) expect(ids.has(from)).toBe(false);
	});

	// The table is frozen for the data engine 1 wrote; later content cannot re-derive it.
	it.runIf(base.version === 2)(
		'is, for fact base 2, exactly what engine 1 named each date card',
		() => {
			// Engine 1 keyed a date card by the smallest id among the plain events with that date.
			const { truth } = contextFor(base);
			const engine1 = [...firstWithDate(truth)].map(([code, factId]) => {
				const date = dateOf(truth, factId)!;
				expect(dateCode(date)).toBe(code);
				return `${factId}:flashcard:from-date`;
			});
			expect(engine1.sort()).toEqual([...CARD_ID_MOVES.keys()].sort());
		}
	);
});

describe('moving records', () => {
	const from = 'kerman-bombings:flashcard:from-date';
	const to = 'date.2024-01-03:flashcard:from-date';

	it('renames a moved card and rebuilds its reviews’ ids; others stay the same objects', () => {
		const state = { cardId: from, reps: 3 };
		expect(movedCardState(state)).toEqual({ cardId: to, reps: 3 });
		const review = { cardId: from, id: reviewId(from, 5), reviewedAt: 5, rating: 3 };
		expect(movedReview(review)).toEqual({ ...review, cardId: to, id: reviewId(to, 5) });
		const other = { cardId: 'is-k:flashcard:what', id: 'is-k:flashcard:what@5', reviewedAt: 5 };
		expect(movedReview(other)).toBe(other);
		expect(movedCardState(other)).toBe(other);
	});

	it('moves a whole backup without changing the rest of it', () => {
		const backup = {
			appVersion: 'x',
			cardStates: [{ cardId: from } as never],
			reviewLog: [{ cardId: from, id: reviewId(from, 1), reviewedAt: 1 } as never],
			quizResults: []
		};
		const moved = withCurrentCardIds(backup);
		expect(moved.appVersion).toBe('x');
		expect(moved.cardStates).toEqual([{ cardId: to }]);
		expect(moved.reviewLog).toEqual([{ cardId: to, id: reviewId(to, 1), reviewedAt: 1 }]);
		expect(backup.cardStates).toEqual([{ cardId: from }]);
	});
});
