import { describe, expect, it } from 'vitest';
import { buildQuiz, type QuizSettings } from './quiz';
import { FIXTURE } from './testing/fixture';
import { QUESTION_TYPES, STUDY_TOPICS } from './types';

const all: QuizSettings = {
	topics: [...STUDY_TOPICS],
	types: [...QUESTION_TYPES],
	count: 16,
	seed: 7
};

describe('buildQuiz', () => {
	it('is the same quiz for the same settings and fact base', () => {
		expect(buildQuiz(FIXTURE, all)).toEqual(buildQuiz(FIXTURE, all));
		expect(buildQuiz(FIXTURE, { ...all, seed: 8 }).questions).not.toEqual(
			buildQuiz(FIXTURE, all).questions
		);
	});

	it('does not depend on the order of the facts in the file', () => {
		const reversed = { ...FIXTURE, facts: [...FIXTURE.facts].reverse() };
		expect(buildQuiz(reversed, all).questions).toEqual(buildQuiz(FIXTURE, all).questions);
	});

	it('returns the count asked, spread evenly over the types', () => {
		const quiz = buildQuiz(FIXTURE, all);
		expect(quiz.questions).toHaveLength(16);
		const perType = new Map<string, number>();
		for (const q of quiz.questions) perType.set(q.type, (perType.get(q.type) ?? 0) + 1);
		expect(perType.size).toBe(8);
		for (const n of perType.values()) expect(n).toBe(2);
	});

	it('keeps to the topics and types asked, and spreads the topics', () => {
		const quiz = buildQuiz(FIXTURE, {
			topics: ['dates', 'geography'],
			types: ['mcq', 'truefalse'],
			count: 12,
			seed: 1
		});
		expect(quiz.questions).toHaveLength(12);
		for (const q of quiz.questions) {
			expect(['mcq', 'truefalse']).toContain(q.type);
			expect(q.topics.some((t) => t === 'dates' || t === 'geography')).toBe(true);
		}
		const dates = quiz.questions.filter((q) => q.topics.includes('dates')).length;
		const geo = quiz.questions.filter((q) => q.topics.includes('geography')).length;
		expect(Math.abs(dates - geo)).toBeLessThanOrEqual(2);
	});

	it('asks no fact twice when the pool allows it', () => {
		for (let seed = 0; seed < 10; seed++) {
			const quiz = buildQuiz(FIXTURE, {
				...all,
				types: ['mcq', 'truefalse', 'year', 'cloze'],
				count: 10,
				seed
			});
			const facts = quiz.questions.flatMap((q) => q.factIds);
			expect(new Set(facts).size).toBe(facts.length);
			expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
		}
	});

	it('returns what there is when asked for more', () => {
		const quiz = buildQuiz(FIXTURE, {
			topics: ['geography'],
			types: ['locate'],
			count: 500,
			seed: 3
		});
		expect(quiz.questions.length).toBe(quiz.available);
		expect(quiz.questions.length).toBeLessThan(500);
		expect(buildQuiz(FIXTURE, { ...all, count: 0 }).questions).toEqual([]);
	});

	it('keeps the settings a small plain object', () => {
		const quiz = buildQuiz(FIXTURE, all);
		expect(JSON.parse(JSON.stringify(quiz.settings))).toEqual(all);
	});
});
