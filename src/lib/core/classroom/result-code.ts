/**
 * Result codes: what a student's device shows after a classroom quiz, and
 * what the teacher's device reads back ("Check results"). A result code holds
 * the quiz code, which questions were answered right, and a fingerprint of
 * the questions the student actually got. Nothing else: no name, no device,
 * no time.
 *
 * Layout: k data symbols + 1 check symbol (`./check.ts`), written in groups of
 * four. The data symbols are one base-31 number holding, from the least
 * significant bit up:
 *
 *     n            6 bits  how many questions were answered (1..50)
 *     answers      n bits  bit i set = question i (0-based) was right
 *     fingerprint 10 bits  quizFingerprint(questions), 1..1023; 0 = not recorded
 *     quiz        44 bits  the quiz code's payload (`./quiz-code.ts`)
 *
 * k is the least number of symbols that holds 60 + n bits, so a result code
 * has 14 (1 question) to 24 (50 questions) characters; 20 questions give 18.
 *
 * The score is not stored: it is the number of set answer bits, so it cannot
 * disagree with the answers. Show the student `countRight(answers)` (whole
 * questions right, no partial credit) so the teacher sees the same number.
 *
 * The fingerprint lets the teacher's device notice a student whose device
 * built different questions from the same quiz code (another fact-base
 * version or app version): `classTable` reports them instead of mixing their
 * answers into the per-question counts.
 */
import { hashString } from '../rng';
import type { Question } from '../types';
import type { QuizSettings } from '../quiz';
import {
	compactCode,
	formatSymbols,
	fromSymbols,
	readSymbols,
	symbolsForBits,
	toSymbols
} from './alphabet';
import { isChecked, withCheck } from './check';
import {
	MAX_QUIZ_COUNT,
	QUIZ_CODE_DATA_SYMBOLS,
	QUIZ_CODE_LENGTH,
	QUIZ_PAYLOAD_BITS,
	decodeQuizCode,
	quizCodeFromPayload,
	unpackQuizPayload
} from './quiz-code';

const COUNT_BITS = 6;
export const FINGERPRINT_BITS = 10;
const FINGERPRINT_RANGE = 2 ** FINGERPRINT_BITS - 1; // 1..1023; 0 = not recorded

function dataBits(n: number): number {
	return QUIZ_PAYLOAD_BITS + FINGERPRINT_BITS + n + COUNT_BITS;
}

/** Characters in a result code for `n` answers (dashes not counted). */
export function resultCodeLength(n: number): number {
	return symbolsForBits(dataBits(n)) + 1;
}

export const MIN_RESULT_CODE_LENGTH = resultCodeLength(1);
export const MAX_RESULT_CODE_LENGTH = resultCodeLength(MAX_QUIZ_COUNT);

/** How many answers are right. */
export function countRight(answers: readonly boolean[]): number {
	return answers.filter(Boolean).length;
}

function order(q: Question): string[] {
	switch (q.type) {
		case 'flashcard':
			return [];
		case 'mcq':
		case 'year':
			return q.options.map((o) => o.id);
		case 'truefalse':
			return [String(q.answer), q.statement];
		case 'cloze':
			return [q.answer];
		case 'timeline':
			return q.events.map((e) => e.factId);
		case 'locate':
			return q.choices.map((c) => c.factId);
		case 'matching':
			// The right column's order shows in which right id each left item pairs with.
			return q.left.map((l) => `${l.id}>${q.pairs[l.id] ?? ''}`);
	}
}

/**
 * A 10-bit fingerprint (1..1023) of a quiz's questions: their ids, in order,
 * with the order of their options (and, for true/false, which statement was
 * shown). Two devices that built the same quiz get the same fingerprint; a
 * different quiz collides with probability about 1/1023.
 */
export function quizFingerprint(questions: readonly Question[]): number {
	const text = questions.map((q) => [q.id, ...order(q)].join('\u0001')).join('\u0000');
	return (hashString(text) % FINGERPRINT_RANGE) + 1;
}

export interface ResultCodeInput {
	/** The quiz code the student took (any accepted spelling). */
	quizCode: string;
	/** Right or wrong per question, in the quiz's order. */
	answers: readonly boolean[];
	/** The questions the student got: recorded as a fingerprint (recommended). */
	questions?: readonly Question[];
	/** If given, must equal the number of right answers (a consistency check). */
	score?: number;
}

/**
 * The result code, in display form (groups of four). Throws a RangeError when
 * the quiz code does not decode, there are no answers or more than the quiz's
 * count, `questions` and `answers` differ in length, or `score` disagrees.
 */
export function encodeResultCode(input: ResultCodeInput): string {
	const quiz = decodeQuizCode(input.quizCode);
	if (!quiz.ok) throw new RangeError(`Not a quiz code: ${quiz.message}`);
	const n = input.answers.length;
	if (n < 1 || n > quiz.settings.count) {
		throw new RangeError(`Expected 1 to ${quiz.settings.count} answers, got ${n}`);
	}
	if (input.questions && input.questions.length !== n) {
		throw new RangeError(`${input.questions.length} questions but ${n} answers`);
	}
	const score = countRight(input.answers);
	if (input.score !== undefined && input.score !== score) {
		throw new RangeError(`Score ${input.score} does not match ${score} right answers`);
	}
	const quizPayload = fromSymbols(readSymbolsOrThrow(quiz.code).slice(0, QUIZ_CODE_DATA_SYMBOLS));
	const fingerprint = input.questions ? quizFingerprint(input.questions) : 0;
	let answerBits = 0n;
	input.answers.forEach((right, i) => {
		if (right) answerBits |= 1n << BigInt(i);
	});
	let value = quizPayload;
	value = (value << BigInt(FINGERPRINT_BITS)) | BigInt(fingerprint);
	value = (value << BigInt(n)) | answerBits;
	value = (value << BigInt(COUNT_BITS)) | BigInt(n);
	const data = toSymbols(value, symbolsForBits(dataBits(n)));
	return formatSymbols(withCheck(data), 4);
}

function readSymbolsOrThrow(code: string): number[] {
	const read = readSymbols(code);
	if (!read.ok) throw new RangeError(read.message);
	return read.symbols;
}

export interface ResultCodeData {
	/** The result code in display form. */
	code: string;
	/** The quiz code in display form. */
	quizCode: string;
	/** The quiz's settings, as `decodeQuizCode` gives them. */
	settings: QuizSettings;
	/** The quiz code's stored fact-base version (0..63; see `resolveFactBaseVersion`). */
	factBaseVersion: number;
	answers: boolean[];
	/** Right answers. */
	score: number;
	/** Questions answered. */
	total: number;
	/** `quizFingerprint` of the student's questions, or null when not recorded. */
	fingerprint: number | null;
}

export type DecodedResultCode =
	| ({ ok: true } & ResultCodeData)
	| {
			ok: false;
			reason: 'empty' | 'length' | 'character' | 'check' | 'unsupported' | 'quiz-code';
			message: string;
			position?: number;
	  };

export const RESULT_CODE_MESSAGES = {
	typo: 'That result code has a typo: please check it. Every character counts (the last one is a check character).',
	quizCode:
		'That is a quiz code, not a result code: students see their result code on their results screen.',
	unsupported:
		'This result code was made by a newer version of Dossier: update the app (reload while online) to read it.'
} as const;

function field(n: bigint, shift: number, bits: number): bigint {
	return (n >> BigInt(shift)) & ((1n << BigInt(bits)) - 1n);
}

/** Reads one typed, pasted or scanned result code. Case, spaces and dashes do not matter. */
export function decodeResultCode(text: string): DecodedResultCode {
	const read = readSymbols(text);
	if (!read.ok) return read;
	const symbols = read.symbols;
	const length = symbols.length;
	if (length === QUIZ_CODE_LENGTH && isChecked(symbols)) {
		return { ok: false, reason: 'quiz-code', message: RESULT_CODE_MESSAGES.quizCode };
	}
	if (length < MIN_RESULT_CODE_LENGTH || length > MAX_RESULT_CODE_LENGTH) {
		const range = `${MIN_RESULT_CODE_LENGTH} to ${MAX_RESULT_CODE_LENGTH}`;
		const which = length < MIN_RESULT_CODE_LENGTH ? 'too short' : 'too long';
		return {
			ok: false,
			reason: 'length',
			message: `That code is ${which} for a result code: result codes have ${range} letters and digits, this one has ${length}.`
		};
	}
	if (!isChecked(symbols))
		return { ok: false, reason: 'check', message: RESULT_CODE_MESSAGES.typo };
	const typo = { ok: false, reason: 'check', message: RESULT_CODE_MESSAGES.typo } as const;
	const value = fromSymbols(symbols.slice(0, -1));
	const n = Number(field(value, 0, COUNT_BITS));
	// A consistent code whose length does not fit its own count: several typos.
	if (n < 1 || n > MAX_QUIZ_COUNT || resultCodeLength(n) !== length) return typo;
	if (value >= 1n << BigInt(dataBits(n))) {
		return { ok: false, reason: 'unsupported', message: RESULT_CODE_MESSAGES.unsupported };
	}
	const answerBits = field(value, COUNT_BITS, n);
	const fingerprint = Number(field(value, COUNT_BITS + n, FINGERPRINT_BITS));
	const quizPayload = value >> BigInt(COUNT_BITS + n + FINGERPRINT_BITS);
	const quiz = unpackQuizPayload(quizPayload);
	if (!quiz.ok || n > quiz.settings.count) return typo;
	const answers = Array.from({ length: n }, (_, i) => ((answerBits >> BigInt(i)) & 1n) === 1n);
	return {
		ok: true,
		code: formatSymbols(symbols, 4),
		quizCode: quizCodeFromPayload(quizPayload),
		settings: quiz.settings,
		factBaseVersion: quiz.storedVersion,
		answers,
		score: countRight(answers),
		total: n,
		fingerprint: fingerprint === 0 ? null : fingerprint
	};
}

export interface ReadResultCodes {
	results: ResultCodeData[];
	/** Items that are not result codes, 1-based in the order they were pasted. */
	errors: { item: number; text: string; message: string }[];
}

/**
 * The codes in a paste of several: one per line, or separated by commas or
 * semicolons (spaces inside a code are fine), blanks dropped.
 */
export function resultCodeItems(text: string): string[] {
	return text
		.split(/[\n\r,;]+/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}

/** Reads a paste of several result codes (see `resultCodeItems`). */

export function readResultCodes(text: string): ReadResultCodes {
	const items = resultCodeItems(text);
	const out: ReadResultCodes = { results: [], errors: [] };
	items.forEach((item, i) => {
		const decoded = decodeResultCode(item);
		if (decoded.ok) out.results.push(decoded);
		else out.errors.push({ item: i + 1, text: item, message: decoded.message });
	});
	return out;
}

export interface ClassTable {
	/** The quiz the table is about (display form), or null when there are no results. */
	quizCode: string | null;
	/** Questions in the quiz, as the students answered it. */
	total: number;
	/** One row per result that belongs to the quiz; `index` is its position in the input. */
	students: { index: number; score: number; total: number }[];
	/** For each question, in order: how many students got it right and wrong. */
	perQuestion: { right: number; wrong: number }[];
	/**
	 * Results left out: `other-quiz` for another quiz code; `other-questions`
	 * for the same code but different questions (another number of questions,
	 * or another fingerprint: the student's device built a different quiz).
	 */
	mismatched: { index: number; result: ResultCodeData; reason: 'other-quiz' | 'other-questions' }[];
	/** Indexes of results identical to an earlier one (the same code scanned twice?). Still counted. */
	duplicates: number[];
}

function mostCommon<T>(values: readonly T[]): T | undefined {
	const counts = new Map<T, number>();
	let best: T | undefined;
	let bestCount = 0;
	for (const v of values) {
		const c = (counts.get(v) ?? 0) + 1;
		counts.set(v, c);
		if (c > bestCount) {
			best = v;
			bestCount = c;
		}
	}
	return best;
}

/**
 * The class table for a batch of results. The quiz is `options.quizCode`, or
 * else the quiz code most results share (ties: the first seen). Among its
 * results, the reference is the most common number of questions and, unless
 * `options.fingerprint` is given (the teacher's device can pass
 * `quizFingerprint` of the quiz it builds from the code), the most common
 * recorded fingerprint; results without a fingerprint are trusted.
 */
export function classTable(
	results: readonly ResultCodeData[],
	options: { quizCode?: string; fingerprint?: number } = {}
): ClassTable {
	const key = (code: string) => compactCode(code);
	const given = options.quizCode !== undefined ? decodeQuizCode(options.quizCode) : undefined;
	const quizKey =
		options.quizCode !== undefined
			? key(options.quizCode)
			: mostCommon(results.map((r) => key(r.quizCode)));
	const sameQuiz = results.filter((r) => key(r.quizCode) === quizKey);
	const total = mostCommon(sameQuiz.map((r) => r.total)) ?? 0;
	const fingerprint =
		options.fingerprint ??
		mostCommon(
			sameQuiz.filter((r) => r.total === total && r.fingerprint !== null).map((r) => r.fingerprint)
		) ??
		null;

	const table: ClassTable = {
		quizCode: sameQuiz[0]?.quizCode ?? (given?.ok ? given.code : null),
		total,
		students: [],
		perQuestion: Array.from({ length: total }, () => ({ right: 0, wrong: 0 })),
		mismatched: [],
		duplicates: []
	};
	const seen = new Set<string>();
	results.forEach((result, index) => {
		if (key(result.quizCode) !== quizKey) {
			table.mismatched.push({ index, result, reason: 'other-quiz' });
			return;
		}
		const otherFingerprint =
			fingerprint !== null && result.fingerprint !== null && result.fingerprint !== fingerprint;
		if (result.total !== total || otherFingerprint) {
			table.mismatched.push({ index, result, reason: 'other-questions' });
			return;
		}
		const codeKey = key(result.code);
		if (seen.has(codeKey)) table.duplicates.push(index);
		seen.add(codeKey);
		table.students.push({ index, score: result.score, total: result.total });
		result.answers.forEach((right, i) => {
			const row = table.perQuestion[i];
			if (row) {
				if (right) row.right++;
				else row.wrong++;
			}
		});
	});
	return table;
}
