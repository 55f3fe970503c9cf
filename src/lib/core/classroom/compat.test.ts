import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../../content/load';
import { buildQuiz } from '../quiz';
import { COMPAT_MESSAGES, checkCompatibility, isCompleteQuiz } from './compat';
import { decodeQuizCode, encodeQuizCode } from './quiz-code';

const quizOf = (count: number, built: number) => ({
	settings: { count },
	questions: new Array(built).fill(null)
});

describe('checkCompatibility', () => {
	it('refuses a code made with newer facts, saying to update the app', () => {
		const result = checkCompatibility(3, 2);
		expect(result).toEqual({
			ok: false,
			status: 'newer',
			codeVersion: 3,
			appVersion: 2,
			message: COMPAT_MESSAGES.newer
		});
		expect(result.message).toBe(
			"This code was made with a newer version of Dossier's facts: update the app (reload while online) to open it."
		);
		// Even when the app could build a full quiz: it cannot know it is the same.
		expect(checkCompatibility(3, 2, quizOf(10, 10))).toMatchObject({ ok: false, status: 'newer' });
	});

	it('opens a code made with the same facts, with no message', () => {
		expect(checkCompatibility(2, 2, quizOf(10, 10))).toEqual({
			ok: true,
			status: 'same',
			codeVersion: 2,
			appVersion: 2,
			message: ''
		});
		// Same facts: a short quiz is the same short quiz the teacher's device built.
		expect(checkCompatibility(2, 2, quizOf(10, 7))).toMatchObject({ ok: true, status: 'same' });
	});

	it('opens a code made with older facts when the quiz is complete, with a notice', () => {
		const result = checkCompatibility(1, 3, quizOf(10, 10));
		expect(result).toMatchObject({ ok: true, status: 'older', codeVersion: 1, appVersion: 3 });
		expect(result.message).toBe(
			"This code was made with an older version of Dossier's facts (version 1; this app has version 3). The quiz uses this app's facts, so some questions may differ from the original."
		);
	});

	it('refuses a code made with older facts when facts it needs are missing', () => {
		const result = checkCompatibility(1, 3, quizOf(10, 8));
		expect(result).toMatchObject({ ok: false, status: 'missing-facts' });
		expect(result.message).toMatch(/this app can make only 8 of its 10 questions/);
		expect(result.message).toMatch(/reload the app while online/);
	});

	it('resolves the stored 6-bit version against the app', () => {
		// Stored 1 = version 65 for an app at 65; stored 2 = 66, newer.
		expect(checkCompatibility(1, 65)).toMatchObject({ status: 'same', codeVersion: 65 });
		expect(checkCompatibility(2, 65)).toMatchObject({ status: 'newer', codeVersion: 66 });
		expect(checkCompatibility(63, 65, quizOf(5, 5))).toMatchObject({
			status: 'older',
			codeVersion: 63
		});
		// Already-resolved versions give the same answer.
		expect(checkCompatibility(66, 65)).toMatchObject({ status: 'newer', codeVersion: 66 });
	});

	it('works end to end with the fact base, and flags a quiz that facts cannot fill', () => {
		const base = loadFactBase();
		const code = encodeQuizCode({
			topics: ['groups'],
			types: ['mcq', 'truefalse'],
			count: 20,
			seed: 99,
			factBaseVersion: base.version
		});
		const decoded = decodeQuizCode(code, base.version + 1);
		if (!decoded.ok) throw new Error(decoded.message);
		const full = buildQuiz(base, decoded.settings);
		expect(isCompleteQuiz(full)).toBe(true);
		expect(checkCompatibility(decoded.factBaseVersion, base.version + 1, full)).toMatchObject({
			ok: true,
			status: 'older'
		});
		// An app whose facts lack the groups and organizations cannot build the same quiz.
		const thin = {
			...base,
			facts: base.facts.filter((f) => f.kind !== 'group' && f.kind !== 'organization')
		};
		const partial = buildQuiz(thin, decoded.settings);
		expect(partial.questions.length).toBeLessThan(20);
		expect(checkCompatibility(decoded.factBaseVersion, base.version + 1, partial)).toMatchObject({
			ok: false,
			status: 'missing-facts'
		});
	});
});
