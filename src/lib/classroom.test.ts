import { describe, expect, it } from 'vitest';
import { buildQuiz, QUESTION_TYPES } from '$lib/core';
import { encodeQuizCode } from '$lib/core/classroom';
import { factBase } from '$lib/facts';
import {
	QUIZ_CONTENT_VERSION,
	answerText,
	makeQuizCode,
	maxQuizCount,
	openQuizCode,
	quizFromCode
} from './classroom';

const mixed = ['mcq', 'truefalse', 'cloze', 'year', 'timeline', 'matching'] as const;

function seeded(seed: number) {
	let s = seed;
	return () => {
		s = (s * 1103515245 + 12345) % 2 ** 31;
		return s / 2 ** 31;
	};
}

describe('makeQuizCode', () => {
	it('makes a 10-character code whose quiz is complete and reopens identically', () => {
		const made = makeQuizCode({ topics: [], types: mixed, count: 20 }, seeded(7));
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		expect(made.code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
		expect(made.quiz.questions).toHaveLength(20);
		const again = openQuizCode(made.code.toLowerCase().replace('-', ' '));
		expect(again.ok).toBe(true);
		if (!again.ok) return;
		expect(again.quiz.questions).toEqual(made.quiz.questions);
		expect(again.notice).toBeUndefined();
	});

	it('lowers the count to what the facts can fill', () => {
		const max = maxQuizCount([], ['timeline']);
		expect(max).toBeLessThan(50);
		const made = makeQuizCode({ topics: [], types: ['timeline', 'matching'], count: 50 });
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		expect(made.clamped).toBe(true);
		expect(made.quiz.questions.length).toBe(made.settings.count);
	});

	it('refuses set-ups that cannot fill five questions', () => {
		const made = makeQuizCode({ topics: ['groups'], types: ['timeline'], count: 10 });
		expect(made.ok).toBe(false);
		if (made.ok) return;
		expect(made.message).toMatch(/^These topics and question types give only 0 questions: /);
		expect(makeQuizCode({ topics: [], types: [], count: 10 }).ok).toBe(false);
	});
});

describe('quizFromCode', () => {
	it('gives the settings with the code for QuizRun.start', () => {
		const code = encodeQuizCode({
			topics: ['dates'],
			types: ['mcq', 'year'],
			count: 10,
			seed: 99,
			factBaseVersion: QUIZ_CONTENT_VERSION
		});
		const result = quizFromCode(code);
		expect(result).toEqual({
			ok: true,
			settings: { topics: ['dates'], types: ['mcq', 'year'], count: 10, seed: 99, code }
		});
	});

	it('explains a typo, and a code from newer facts', () => {
		const code = encodeQuizCode({
			topics: ['dates'],
			types: ['mcq'],
			count: 10,
			seed: 5,
			factBaseVersion: QUIZ_CONTENT_VERSION
		});
		const last = code.at(-1) === '2' ? '3' : '2';
		const typo = quizFromCode(code.slice(0, -1) + last);
		expect(typo).toEqual({ ok: false, message: expect.stringContaining('typo') });
		const newer = encodeQuizCode({
			topics: ['dates'],
			types: ['mcq'],
			count: 10,
			seed: 5,
			factBaseVersion: QUIZ_CONTENT_VERSION + 1
		});
		expect(quizFromCode(newer)).toEqual({
			ok: false,
			message: expect.stringContaining('update the app')
		});
	});
});

describe('answerText', () => {
	it('describes the answer of every question type', () => {
		const quiz = buildQuiz(factBase, {
			topics: [],
			types: [...QUESTION_TYPES],
			count: 40,
			seed: 3
		});
		const types = new Set(quiz.questions.map((q) => q.type));
		expect(types.size).toBe(QUESTION_TYPES.length);
		for (const q of quiz.questions) expect(answerText(q).length).toBeGreaterThan(0);
	});
});
