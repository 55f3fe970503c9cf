import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../../content/load';
import { buildQuiz } from '../quiz';
import { mulberry32 } from '../rng';
import { QUESTION_TYPES, STUDY_TOPICS, type FlashcardQuestion, type Question } from '../types';
import { formatSymbols, symbolsForBits, toSymbols } from './alphabet';
import { withCheck } from './check';
import { decodeQuizCode, encodeQuizCode, randomSeed, type QuizCodeInput } from './quiz-code';
import {
	MAX_RESULT_CODE_LENGTH,
	MIN_RESULT_CODE_LENGTH,
	RESULT_CODE_MESSAGES,
	classTable,
	countRight,
	decodeResultCode,
	encodeResultCode,
	quizFingerprint,
	readResultCodes,
	resultCodeLength,
	type ResultCodeData
} from './result-code';

const QUIZ = encodeQuizCode({
	topics: ['groups', 'geography'],
	types: ['mcq', 'truefalse', 'locate'],
	count: 20,
	seed: 123456,
	factBaseVersion: 1
});

const subsetOf = <T>(all: readonly T[]) =>
	fc.subarray([...all], { minLength: 1 }).map((xs) => all.filter((x) => xs.includes(x)));

const quizInput: fc.Arbitrary<QuizCodeInput> = fc.record({
	topics: subsetOf(STUDY_TOPICS),
	types: subsetOf(QUESTION_TYPES),
	count: fc.integer({ min: 5, max: 50 }),
	seed: fc.integer({ min: 0, max: 2 ** 21 - 1 }),
	factBaseVersion: fc.integer({ min: 0, max: 63 })
});

function card(id: string): FlashcardQuestion {
	return {
		id,
		type: 'flashcard',
		direction: 'what',
		factIds: [id],
		topics: ['groups'],
		prompt: id,
		front: id,
		back: id
	};
}

function decodeOrThrow(code: string): ResultCodeData {
	const decoded = decodeResultCode(code);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded;
}

describe('encodeResultCode / decodeResultCode', () => {
	it('round-trips the quiz code and every answer (property)', () => {
		fc.assert(
			fc.property(
				quizInput.chain((input) =>
					fc.tuple(
						fc.constant(input),
						fc.array(fc.boolean(), { minLength: 1, maxLength: input.count }),
						fc.boolean()
					)
				),
				([input, answers, withQuestions]) => {
					const quizCode = encodeQuizCode(input);
					const questions = withQuestions ? answers.map((_, i) => card(`q${i}`)) : undefined;
					const code = encodeResultCode({ quizCode, answers, questions });
					expect(code.replaceAll('-', '')).toHaveLength(resultCodeLength(answers.length));
					expect(code).toMatch(/^([2-9A-HJKMNP-Z]{4}-)*[2-9A-HJKMNP-Z]{1,4}$/);
					const quiz = decodeQuizCode(quizCode);
					if (!quiz.ok) throw new Error('quiz code');
					expect(decodeResultCode(code.toLowerCase().replaceAll('-', ' '))).toEqual({
						ok: true,
						code,
						quizCode,
						settings: quiz.settings,
						factBaseVersion: input.factBaseVersion,
						answers,
						score: countRight(answers),
						total: answers.length,
						fingerprint: questions ? quizFingerprint(questions) : null
					});
				}
			),
			{ numRuns: 1000 }
		);
	});

	it('is short: 14 to 24 characters, 18 for 20 questions', () => {
		expect(MIN_RESULT_CODE_LENGTH).toBe(14);
		expect(MAX_RESULT_CODE_LENGTH).toBe(24);
		expect(resultCodeLength(20)).toBe(18);
		const code = encodeResultCode({ quizCode: QUIZ, answers: new Array(20).fill(true) });
		expect(code).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}-\w{2}$/);
	});

	it('derives the score from the answers and checks a given score', () => {
		const answers = [true, false, true, true, false];
		const decoded = decodeOrThrow(encodeResultCode({ quizCode: QUIZ, answers, score: 3 }));
		expect(decoded).toMatchObject({ score: 3, total: 5, answers });
		expect(() => encodeResultCode({ quizCode: QUIZ, answers, score: 4 })).toThrow(RangeError);
	});

	it('holds nothing but the quiz, the answers and the fingerprint', () => {
		const decoded = decodeOrThrow(encodeResultCode({ quizCode: QUIZ, answers: [true] }));
		expect(Object.keys(decoded).sort()).toEqual(
			[
				'ok',
				'answers',
				'code',
				'factBaseVersion',
				'fingerprint',
				'quizCode',
				'score',
				'settings',
				'total'
			].sort()
		);
	});

	it('refuses what it cannot encode', () => {
		expect(() => encodeResultCode({ quizCode: 'nonsense', answers: [true] })).toThrow(RangeError);
		expect(() => encodeResultCode({ quizCode: QUIZ, answers: [] })).toThrow(RangeError);
		expect(() => encodeResultCode({ quizCode: QUIZ, answers: new Array(21).fill(true) })).toThrow(
			RangeError
		);
		expect(() =>
			encodeResultCode({ quizCode: QUIZ, answers: [true, true], questions: [card('a')] })
		).toThrow(RangeError);
	});

	it('catches every single substitution and every transposition (exhaustive over sampled codes)', () => {
		const rng = mulberry32(5);
		const missed: string[] = [];
		let tried = 0;
		for (let sample = 0; sample < 120; sample++) {
			const count = 5 + Math.floor(rng() * 46);
			const quizCode = encodeQuizCode({
				topics: ['dates'],
				types: ['mcq', 'year'],
				count,
				seed: randomSeed(rng),
				factBaseVersion: 1
			});
			const answers = Array.from({ length: 1 + Math.floor(rng() * count) }, () => rng() < 0.6);
			const chars = [...encodeResultCode({ quizCode, answers }).replaceAll('-', '')];
			for (let i = 0; i < chars.length; i++) {
				for (const ch of '23456789ABCDEFGHJKMNPQRSTUVWXYZ') {
					if (ch === chars[i]) continue;
					const typo = chars.slice();
					typo[i] = ch;
					tried++;
					if (decodeResultCode(typo.join('')).ok) missed.push(typo.join(''));
				}
				for (let j = i + 1; j < chars.length; j++) {
					if (chars[i] === chars[j]) continue;
					const swapped = chars.slice();
					swapped[i] = chars[j] as string;
					swapped[j] = chars[i] as string;
					tried++;
					if (decodeResultCode(swapped.join('')).ok) missed.push(swapped.join(''));
				}
			}
		}
		expect(missed).toEqual([]);
		expect(tried).toBeGreaterThan(50_000);
	});

	it('explains a typo, a quiz code, a bad length, bad characters and a later format', () => {
		const code = encodeResultCode({ quizCode: QUIZ, answers: [true, false, true, true, false] });
		const chars = [...code.replaceAll('-', '')];
		chars[3] = chars[3] === 'A' ? 'B' : 'A';
		expect(decodeResultCode(chars.join(''))).toEqual({
			ok: false,
			reason: 'check',
			message: RESULT_CODE_MESSAGES.typo
		});
		expect(decodeResultCode(QUIZ)).toEqual({
			ok: false,
			reason: 'quiz-code',
			message: RESULT_CODE_MESSAGES.quizCode
		});
		expect(decodeResultCode(code.slice(0, 8))).toMatchObject({
			ok: false,
			reason: 'length',
			message: expect.stringMatching(/too short for a result code: result codes have 14 to 24/)
		});
		expect(decodeResultCode('A'.repeat(25))).toMatchObject({ ok: false, reason: 'length' });
		expect(decodeResultCode(`${code}O`)).toMatchObject({ ok: false, reason: 'character' });
		expect(decodeResultCode('')).toMatchObject({ ok: false, reason: 'empty' });
		// 20 answers, but a value beyond format 1's 80 bits.
		const future = formatSymbols(withCheck(toSymbols((1n << 80n) + 20n, symbolsForBits(80))), 4);
		expect(decodeResultCode(future)).toEqual({
			ok: false,
			reason: 'unsupported',
			message: RESULT_CODE_MESSAGES.unsupported
		});
	});
});

function summaryOrder(questions: readonly Question[]): Question[] {
	// The same quiz with the first multiple-choice question's options rotated.
	const copy = structuredClone(questions) as Question[];
	const mcq = copy.find((q) => q.type === 'mcq');
	if (mcq && mcq.type === 'mcq') mcq.options.push(mcq.options.shift() as (typeof mcq.options)[0]);
	return copy;
}

describe('quizFingerprint', () => {
	it('is 1..1023, equal for the same quiz, different for another order or other options', () => {
		const base = loadFactBase();
		const quiz = decodeQuizCode(QUIZ);
		if (!quiz.ok) throw new Error(quiz.message);
		const a = buildQuiz(base, quiz.settings).questions;
		const b = buildQuiz(loadFactBase(), quiz.settings).questions;
		const fp = quizFingerprint(a);
		expect(fp).toBeGreaterThanOrEqual(1);
		expect(fp).toBeLessThanOrEqual(1023);
		expect(quizFingerprint(b)).toBe(fp);
		expect(quizFingerprint([...a].reverse())).not.toBe(fp);
		expect(quizFingerprint(summaryOrder(a))).not.toBe(fp);
		const other = buildQuiz(base, { ...quiz.settings, seed: quiz.settings.seed + 1 }).questions;
		expect(quizFingerprint(other)).not.toBe(fp);
	});
});

describe('readResultCodes and classTable', () => {
	const cards = (prefix: string, n: number) =>
		Array.from({ length: n }, (_, i) => card(`${prefix}${i}`));
	const questions = cards('q', 5);
	const OTHER_QUIZ = encodeQuizCode({
		topics: ['dates'],
		types: ['year'],
		count: 5,
		seed: 1,
		factBaseVersion: 1
	});
	/** A student's result code; `prefix` names their questions ('' = not recorded). */
	const r = (answers: boolean[], quizCode = QUIZ, prefix = 'q') =>
		encodeResultCode({
			quizCode,
			answers,
			questions: prefix ? cards(prefix, answers.length) : undefined
		});
	const T = true;
	const F = false;

	it('reads a paste, one code per line or comma-separated, and lists what is not a code', () => {
		const a = r([T, T, F, T, F]);
		const b = r([F, T, F, F, F]);
		const paste = `${a}\n\n  ${b.toLowerCase()} , ${QUIZ}\r\n${a.slice(0, -1)}X;hello`;
		const read = readResultCodes(paste);
		expect(read.results.map((x) => x.code)).toEqual([a, b]);
		expect(read.errors.map((e) => e.item)).toEqual([3, 4, 5]);
		expect(read.errors[0]?.message).toBe(RESULT_CODE_MESSAGES.quizCode);
		expect(read.errors[1]?.message).toBe(RESULT_CODE_MESSAGES.typo);
	});

	it('tabulates scores and per-question counts, and sets aside other quizzes', () => {
		const codes = [
			r([T, T, F, T, F]), // 0
			r([F, T, F, F, F]), // 1
			r([T, T, T, T, T]), // 2
			r([T, F, T], OTHER_QUIZ), // 3: another quiz
			r([T, T, F, T, F], QUIZ, 'other'), // 4: same code, other questions
			r([T, T, F, T, F]), // 5: same as 0 (scanned twice?)
			r([T, T, F, T, F, T]), // 6: six answers: not the same quiz
			r([F, F, F, F, T], QUIZ, '') // 7: no fingerprint recorded: trusted
		];
		const results = readResultCodes(codes.join('\n')).results;
		const table = classTable(results);
		expect(table.quizCode).toBe(QUIZ);
		expect(table.total).toBe(5);
		expect(table.students).toEqual([
			{ index: 0, score: 3, total: 5 },
			{ index: 1, score: 1, total: 5 },
			{ index: 2, score: 5, total: 5 },
			{ index: 5, score: 3, total: 5 },
			{ index: 7, score: 1, total: 5 }
		]);
		expect(table.perQuestion).toEqual([
			{ right: 3, wrong: 2 },
			{ right: 4, wrong: 1 },
			{ right: 1, wrong: 4 },
			{ right: 3, wrong: 2 },
			{ right: 2, wrong: 3 }
		]);
		expect(table.mismatched.map(({ index, reason }) => ({ index, reason }))).toEqual([
			{ index: 3, reason: 'other-quiz' },
			{ index: 4, reason: 'other-questions' },
			{ index: 6, reason: 'other-questions' }
		]);
		expect(table.mismatched[0]?.result.quizCode).toBe(OTHER_QUIZ);
		expect(table.duplicates).toEqual([5]);
	});

	it('uses the quiz code and fingerprint the teacher gives', () => {
		const results = [r([T, F, F, F, F]), r([T, T, T], OTHER_QUIZ), r([F, T], OTHER_QUIZ)].map(
			decodeOrThrow
		);
		const mine = classTable(results, { quizCode: QUIZ.toLowerCase() });
		expect(mine.quizCode).toBe(QUIZ);
		expect(mine.students).toEqual([{ index: 0, score: 1, total: 5 }]);
		expect(mine.mismatched.map((m) => m.index)).toEqual([1, 2]);

		const byFingerprint = classTable([r([T, T, T, T, T], QUIZ, 'other')].map(decodeOrThrow), {
			fingerprint: quizFingerprint(questions)
		});
		expect(byFingerprint.students).toEqual([]);
		expect(byFingerprint.mismatched[0]?.reason).toBe('other-questions');

		const unknown = classTable([], { quizCode: QUIZ });
		expect(unknown).toMatchObject({ quizCode: QUIZ, total: 0, students: [], perQuestion: [] });
		expect(classTable([])).toMatchObject({ quizCode: null, total: 0 });
	});
});
