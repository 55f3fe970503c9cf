import { describe, expect, it } from 'vitest';
import { checkAnswer, scoreLocate } from './answer';
import type {
	FlashcardQuestion,
	LocateQuestion,
	MatchingQuestion,
	McqQuestion,
	TimelineQuestion,
	TrueFalseQuestion
} from './types';

const base = { factIds: ['x'], topics: ['geography' as const], prompt: 'p' };

const locate = (placeType: 'city' | 'country', iso = '364'): LocateQuestion => ({
	...base,
	id: 'kerman:locate:point',
	type: 'locate',
	direction: 'point',
	target: { lat: 30.2839, lon: 57.0834, placeType, iso3166: iso, name: 'Kerman', country: 'Iran' },
	radiusKm: 300,
	choices: [
		{ factId: 'iran', name: 'Iran', iso3166: '364' },
		{ factId: 'iraq', name: 'Iraq', iso3166: '368' }
	],
	answerChoiceId: 'iran'
});

describe('checkAnswer', () => {
	it('checks flashcards (self-graded), multiple choice and true/false', () => {
		const f: FlashcardQuestion = {
			...base,
			id: 'a',
			type: 'flashcard',
			direction: 'what',
			front: 'IS-K',
			back: 'A branch.'
		};
		expect(checkAnswer(f, true)).toMatchObject({ correct: true, expected: 'A branch.', score: 1 });
		expect(checkAnswer(f, false).correct).toBe(false);
		const m: McqQuestion = {
			...base,
			id: 'b',
			type: 'mcq',
			direction: 'place',
			options: [
				{ id: 'kerman', label: 'Kerman' },
				{ id: 'shiraz', label: 'Shiraz' }
			],
			answerId: 'kerman'
		};
		expect(checkAnswer(m, 'kerman')).toMatchObject({ correct: true, expected: 'Kerman' });
		expect(checkAnswer(m, 'shiraz')).toMatchObject({
			correct: false,
			expected: 'Kerman',
			score: 0
		});
		const t: TrueFalseQuestion = {
			...base,
			id: 'c',
			type: 'truefalse',
			direction: 'date',
			statement: 's',
			answer: false,
			truth: 't'
		};
		expect(checkAnswer(t, false)).toMatchObject({ correct: true, expected: 'False' });
		expect(checkAnswer(t, true).correct).toBe(false);
	});

	it('gives partial credit on timelines (pairs in order) and marks each position', () => {
		const q: TimelineQuestion = {
			...base,
			id: 'd',
			type: 'timeline',
			direction: 'chronological',
			events: ['a', 'b', 'c', 'd'].map((id) => ({
				factId: id,
				label: id.toUpperCase(),
				dateLabel: ''
			})),
			order: ['a', 'b', 'c', 'd']
		};
		expect(checkAnswer(q, ['a', 'b', 'c', 'd'])).toMatchObject({ correct: true, score: 1 });
		const swapped = checkAnswer(q, ['a', 'c', 'b', 'd']);
		expect(swapped.correct).toBe(false);
		expect(swapped.score).toBeCloseTo(5 / 6);
		// Moving one of the two fixes it: one is marked.
		expect(swapped.positions).toEqual([true, true, false, true]);
		// One event put too early marks that event only, not those it pushed along.
		expect(checkAnswer(q, ['b', 'c', 'd', 'a']).positions).toEqual([true, true, true, false]);
		expect(checkAnswer(q, ['d', 'a', 'b', 'c']).positions).toEqual([false, true, true, true]);
		expect(swapped.expected).toBe('A → B → C → D');
		expect(checkAnswer(q, ['d', 'c', 'b', 'a']).score).toBe(0);
	});

	it('gives partial credit on matching', () => {
		const q: MatchingQuestion = {
			...base,
			id: 'e',
			type: 'matching',
			direction: 'group-description',
			left: [
				{ id: 'is-k', label: 'IS-K' },
				{ id: 'taliban', label: 'Taliban' }
			],
			right: [
				{ id: 'r0', label: 'Movement' },
				{ id: 'r1', label: 'Branch' }
			],
			pairs: { 'is-k': 'r1', taliban: 'r0' }
		};
		expect(checkAnswer(q, { 'is-k': 'r1', taliban: 'r0' }).correct).toBe(true);
		const half = checkAnswer(q, { 'is-k': 'r1', taliban: 'r1' });
		expect(half).toMatchObject({
			correct: false,
			score: 0.5,
			pairs: { 'is-k': true, taliban: false }
		});
	});

	it('treats malformed answers as wrong', () => {
		expect(checkAnswer(locate('city'), { nope: 1 } as never).correct).toBe(false);
	});
});

describe('scoreLocate', () => {
	it('accepts a point within the radius (great-circle distance)', () => {
		const q = locate('city');
		const near = scoreLocate(q, { lat: 30.5, lon: 57.5 });
		expect(near.correct).toBe(true);
		expect(near.distanceKm).toBeLessThan(60);
		const shiraz = scoreLocate(q, { lat: 29.5918, lon: 52.5837 });
		expect(shiraz.correct).toBe(false); // ≈ 440 km
		expect(shiraz.expected).toBe('Kerman, Iran');
	});

	it('accepts the clicked country by ISO code, in any zero-padding', () => {
		expect(scoreLocate(locate('city'), { iso3166: '364' }).correct).toBe(true);
		expect(scoreLocate(locate('city'), { iso3166: '368' }).correct).toBe(false);
		expect(scoreLocate(locate('country', '004'), { iso3166: '4' }).correct).toBe(true);
	});

	it('accepts the right choice from the list', () => {
		expect(scoreLocate(locate('city'), { factId: 'iran' })).toMatchObject({
			correct: true,
			expected: 'Iran'
		});
		expect(scoreLocate(locate('city'), { factId: 'iraq' }).correct).toBe(false);
	});
});
