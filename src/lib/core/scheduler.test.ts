import { describe, expect, it } from 'vitest';
import {
	Again,
	dueCards,
	formatInterval,
	Good,
	newCardState,
	previewIntervals,
	quizRating,
	reviewCard,
	reviewFromQuiz,
	type CardState
} from './scheduler';

const now = Date.UTC(2024, 0, 10, 9, 0, 0);
const day = 86_400_000;

describe('scheduler (ts-fsrs adapter)', () => {
	it('creates a plain, JSON-safe new card due now', () => {
		const s = newCardState('is-k:flashcard:what', now);
		expect(s).toMatchObject({
			cardId: 'is-k:flashcard:what',
			due: now,
			state: 0,
			reps: 0,
			lapses: 0
		});
		expect(JSON.parse(JSON.stringify(s))).toEqual(s);
		expect(s.last_review).toBeUndefined();
	});

	it('reviews through ts-fsrs and returns the new state and a log entry', () => {
		const s0 = newCardState('c', now);
		const { state: s1, log } = reviewCard(s0, Good, now);
		expect(s1.reps).toBe(1);
		expect(s1.state).toBeGreaterThan(0);
		expect(s1.due).toBeGreaterThan(now);
		expect(s1.last_review).toBe(now);
		expect(log).toMatchObject({ cardId: 'c', rating: 3, reviewedAt: now, state: 0 });
		expect(JSON.parse(JSON.stringify(log))).toEqual(log);
		// Keep answering Good: intervals grow into days.
		let s = s1;
		let t = now;
		for (let i = 0; i < 4; i++) {
			t = s.due;
			s = reviewCard(s, Good, t).state;
		}
		expect(s.state).toBe(2);
		expect(s.due - t).toBeGreaterThan(2 * day);
	});

	it('is deterministic, fuzz included', () => {
		const s = reviewCard(newCardState('c', now), Good, now).state;
		const later = s.due + 3 * day;
		const a = reviewCard(reviewCard(s, Good, later).state, Good, later + 10 * day);
		const b = reviewCard(reviewCard(s, Good, later).state, Good, later + 10 * day);
		expect(a).toEqual(b);
	});

	it('honours the desired retention', () => {
		let s: CardState = newCardState('c', now);
		let t = now;
		for (let i = 0; i < 3; i++) {
			s = reviewCard(s, Good, t, { enableFuzz: false }).state;
			t = s.due;
		}
		const low = reviewCard(s, Good, t, { requestRetention: 0.8, enableFuzz: false }).state;
		const high = reviewCard(s, Good, t, { requestRetention: 0.95, enableFuzz: false }).state;
		expect(low.due).toBeGreaterThan(high.due);
	});

	it('previews each rating with a short label', () => {
		const p = previewIntervals(newCardState('c', now), now);
		expect(Object.keys(p).sort()).toEqual(['1', '2', '3', '4']);
		for (const r of [1, 2, 3, 4] as const) expect(p[r].label).toMatch(/^\d+(\.\d)?(m|h|d|mo|y)$/);
		expect(p[1].due).toBeLessThanOrEqual(p[4].due);
		expect(formatInterval(10 * 60_000)).toBe('10m');
		expect(formatInterval(day)).toBe('1d');
		expect(formatInterval(4 * day)).toBe('4d');
		expect(formatInterval(45 * day)).toBe('1.5mo');
		expect(formatInterval(400 * day)).toBe('1.1y');
	});

	it('lists due cards, earliest first, leaving out never-graded ones', () => {
		const graded = (id: string, due: number): CardState => ({
			...reviewCard(newCardState(id, now - 10 * day), Good, now - 10 * day).state,
			due
		});
		const states = [
			graded('b', now - day),
			graded('a', now - 2 * day),
			graded('c', now + day),
			newCardState('n', now - day)
		];
		expect(dueCards(states, now).map((s) => s.cardId)).toEqual(['a', 'b']);
		expect(dueCards(states, now, { includeNew: true }).map((s) => s.cardId)).toEqual([
			'a',
			'b',
			'n'
		]);
	});

	it('turns quiz answers into grades: wrong is Again, right is Good', () => {
		expect(quizRating(false)).toBe(Again);
		expect(quizRating(true)).toBe(Good);
		const { state, log } = reviewFromQuiz(undefined, 'kerman-bombings:mcq:date', false, now);
		expect(log.rating).toBe(1);
		expect(state.cardId).toBe('kerman-bombings:mcq:date');
	});

	it('rejects an invalid rating', () => {
		expect(() => reviewCard(newCardState('c', now), 0 as never, now)).toThrow(RangeError);
	});
});
