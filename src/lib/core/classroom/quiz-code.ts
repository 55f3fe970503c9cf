/**
 * Quiz codes: a teacher's quiz settings, a seed and the fact-base version in
 * ten characters, e.g. `H7KQM-2XRDA`. Every device that decodes the code and
 * passes the settings to `buildQuiz` gets the same questions, in the same
 * order, with the same options (as long as it has the same facts and the same
 * app: see `./compat.ts`).
 *
 * Layout: 9 data symbols + 1 check symbol (`./check.ts`), written as 5-5 with
 * a dash. The dash, spaces and letter case do not matter on input.
 *
 * The 9 data symbols are one base-31 number N < 31⁹ ≈ 2^44.58. Format 1 uses
 * N < 2^44, as these bits, most significant first:
 *
 *     topics   3 bits  bit i set = STUDY_TOPICS[i] (groups, dates, geography); not empty
 *     types    8 bits  bit i set = QUESTION_TYPES[i] (flashcard … matching); not empty
 *     count    6 bits  the number of questions, 5..50
 *     version  6 bits  the fact-base version modulo 64 (see resolveFactBaseVersion)
 *     seed    21 bits  0 .. 2^21 − 1
 *
 * N ≥ 2^44 is reserved for later formats: today's app answers "unsupported"
 * (update the app). The orders of STUDY_TOPICS and QUESTION_TYPES are part of
 * the format: never reorder them (a test pins them); a ninth type needs a new
 * format in the reserved range.
 *
 * Build the quiz from the *decoded* settings on every device, the teacher's
 * included: they are canonical (topics and types in their fixed order).
 */
import type { QuizSettings } from '../quiz';
import { QUESTION_TYPES, STUDY_TOPICS, type QuestionType, type StudyTopic } from '../types';
import { formatSymbols, fromSymbols, readSymbols, toSymbols } from './alphabet';
import { isChecked, withCheck } from './check';

export const QUIZ_CODE_DATA_SYMBOLS = 9;
/** Characters in a quiz code, dashes not counted. */
export const QUIZ_CODE_LENGTH = QUIZ_CODE_DATA_SYMBOLS + 1;
export const MIN_QUIZ_COUNT = 5;
export const MAX_QUIZ_COUNT = 50;
export const SEED_BITS = 21;
/** Seeds are integers in [0, SEED_LIMIT). */
export const SEED_LIMIT = 2 ** SEED_BITS;
export const FACT_BASE_VERSION_BITS = 6;
/** The code stores the fact-base version modulo this. */
export const FACT_BASE_VERSION_MODULUS = 2 ** FACT_BASE_VERSION_BITS;
/** Bits of format 1's payload. */
export const QUIZ_PAYLOAD_BITS = 3 + 8 + 6 + FACT_BASE_VERSION_BITS + SEED_BITS;

const TOPIC_BITS = STUDY_TOPICS.length; // 3
const TYPE_BITS = QUESTION_TYPES.length; // 8
const COUNT_BITS = 6;

export interface QuizCodeInput {
	topics: readonly StudyTopic[];
	types: readonly QuestionType[];
	/** 5..50 */
	count: number;
	/** An integer in [0, SEED_LIMIT): see `randomSeed`. */
	seed: number;
	/** The fact base's `version` on the teacher's device (a non-negative integer). */
	factBaseVersion: number;
}

export type QuizCodeError = {
	ok: false;
	reason: 'empty' | 'length' | 'character' | 'check' | 'unsupported';
	message: string;
	/** For `character`: the 1-based position of the character (dashes and spaces not counted). */
	position?: number;
};

export type DecodedQuizCode =
	| {
			ok: true;
			/** The code in its display form (`XXXXX-XXXXX`). */
			code: string;
			/** Canonical settings for `buildQuiz`. */
			settings: QuizSettings;
			/**
			 * The fact-base version the code was made with. Resolved against
			 * `currentFactBaseVersion` when one is passed to `decodeQuizCode`;
			 * otherwise the stored value, 0..63 (the version itself below 64).
			 */
			factBaseVersion: number;
	  }
	| QuizCodeError;

export const QUIZ_CODE_MESSAGES = {
	typo: 'That code has a typo: please check it. Every character counts (the last one is a check character).',
	unsupported:
		'This code was made by a newer version of Dossier: update the app (reload while online) to open it.',
	resultCode: 'That is a result code, not a quiz code: open it on the Check results page.'
} as const;

function maskOf<T extends string>(all: readonly T[], chosen: readonly T[], what: string): number {
	if (chosen.length === 0) throw new RangeError(`Choose at least one ${what}`);
	let mask = 0;
	for (const item of chosen) {
		const i = all.indexOf(item);
		if (i < 0) throw new RangeError(`Unknown ${what}: ${String(item)}`);
		mask |= 1 << i;
	}
	return mask;
}

function listOf<T extends string>(all: readonly T[], mask: number): T[] {
	return all.filter((_, i) => (mask & (1 << i)) !== 0);
}

function assertInteger(value: number, min: number, max: number, what: string): void {
	if (!Number.isInteger(value) || value < min || value > max) {
		throw new RangeError(`${what} must be an integer from ${min} to ${max}, not ${value}`);
	}
}

/** The 44-bit payload of format 1. Throws a RangeError for settings a code cannot hold. */
export function packQuizPayload(input: QuizCodeInput): bigint {
	const topics = maskOf(STUDY_TOPICS, input.topics, 'topic');
	const types = maskOf(QUESTION_TYPES, input.types, 'question type');
	assertInteger(input.count, MIN_QUIZ_COUNT, MAX_QUIZ_COUNT, 'The number of questions');
	assertInteger(input.seed, 0, SEED_LIMIT - 1, 'The seed');
	assertInteger(input.factBaseVersion, 0, Number.MAX_SAFE_INTEGER, 'The fact-base version');
	let n = BigInt(topics);
	n = (n << BigInt(TYPE_BITS)) | BigInt(types);
	n = (n << BigInt(COUNT_BITS)) | BigInt(input.count);
	n =
		(n << BigInt(FACT_BASE_VERSION_BITS)) |
		BigInt(input.factBaseVersion % FACT_BASE_VERSION_MODULUS);
	n = (n << BigInt(SEED_BITS)) | BigInt(input.seed);
	return n;
}

export type UnpackedQuizPayload =
	| { ok: true; settings: QuizSettings; storedVersion: number }
	| { ok: false; reason: 'check' | 'unsupported' };

function field(n: bigint, shift: number, bits: number): number {
	return Number((n >> BigInt(shift)) & ((1n << BigInt(bits)) - 1n));
}

/**
 * The settings in a payload. `unsupported`: a later format. `check`: fields no
 * encoder writes (empty masks, a count out of range), which only several typos
 * that happen to pass the check character produce.
 */
export function unpackQuizPayload(n: bigint): UnpackedQuizPayload {
	if (n < 0n) return { ok: false, reason: 'check' };
	if (n >= 1n << BigInt(QUIZ_PAYLOAD_BITS)) return { ok: false, reason: 'unsupported' };
	const seed = field(n, 0, SEED_BITS);
	const storedVersion = field(n, SEED_BITS, FACT_BASE_VERSION_BITS);
	const count = field(n, SEED_BITS + FACT_BASE_VERSION_BITS, COUNT_BITS);
	const types = field(n, SEED_BITS + FACT_BASE_VERSION_BITS + COUNT_BITS, TYPE_BITS);
	const topics = field(n, SEED_BITS + FACT_BASE_VERSION_BITS + COUNT_BITS + TYPE_BITS, TOPIC_BITS);
	if (topics === 0 || types === 0 || count < MIN_QUIZ_COUNT || count > MAX_QUIZ_COUNT) {
		return { ok: false, reason: 'check' };
	}
	return {
		ok: true,
		settings: {
			topics: listOf(STUDY_TOPICS, topics),
			types: listOf(QUESTION_TYPES, types),
			count,
			seed
		},
		storedVersion
	};
}

/** The display form of a payload's quiz code. */
export function quizCodeFromPayload(n: bigint): string {
	return formatSymbols(withCheck(toSymbols(n, QUIZ_CODE_DATA_SYMBOLS)), 5);
}

/**
 * The quiz code for these settings, in display form (`XXXXX-XXXXX`).
 * Throws a RangeError for settings a code cannot hold: no topic or type, an
 * unknown one, a count outside 5..50, a seed outside [0, 2^21).
 */
export function encodeQuizCode(input: QuizCodeInput): string {
	return quizCodeFromPayload(packQuizPayload(input));
}

/**
 * The fact-base version a stored 6-bit value stands for, seen from an app at
 * `current`: the version congruent to `stored` modulo 64 in the window
 * [current − 48, current + 15], never negative. So codes up to 48 versions
 * older and 15 versions newer than the app are told apart correctly; beyond
 * that the version wraps (a code 64 versions old looks current).
 */
export function resolveFactBaseVersion(stored: number, current: number): number {
	const m = FACT_BASE_VERSION_MODULUS;
	const top = current + 15;
	let v = top - ((((top - stored) % m) + m) % m);
	if (v < 0) v += m;
	return v;
}

/**
 * Reads a typed or pasted quiz code. Case, spaces and dashes do not matter.
 * Pass the app's fact-base version to get the code's version resolved
 * (`resolveFactBaseVersion`).
 */
export function decodeQuizCode(text: string, currentFactBaseVersion?: number): DecodedQuizCode {
	const read = readSymbols(text);
	if (!read.ok) return read;
	const symbols = read.symbols;
	if (symbols.length !== QUIZ_CODE_LENGTH) {
		// A longer code that passes its check is almost surely a result code (14+ characters).
		if (symbols.length > QUIZ_CODE_LENGTH + 2 && isChecked(symbols)) {
			return { ok: false, reason: 'length', message: QUIZ_CODE_MESSAGES.resultCode };
		}
		const has = `this one has ${symbols.length}`;
		const message =
			symbols.length < QUIZ_CODE_LENGTH
				? `That code is too short: a quiz code has ${QUIZ_CODE_LENGTH} letters and digits, ${has}.`
				: `That code is too long: a quiz code has ${QUIZ_CODE_LENGTH} letters and digits, ${has}.`;
		return { ok: false, reason: 'length', message };
	}
	if (!isChecked(symbols)) return { ok: false, reason: 'check', message: QUIZ_CODE_MESSAGES.typo };
	const payload = fromSymbols(symbols.slice(0, QUIZ_CODE_DATA_SYMBOLS));
	const unpacked = unpackQuizPayload(payload);
	if (!unpacked.ok) {
		return unpacked.reason === 'unsupported'
			? { ok: false, reason: 'unsupported', message: QUIZ_CODE_MESSAGES.unsupported }
			: { ok: false, reason: 'check', message: QUIZ_CODE_MESSAGES.typo };
	}
	return {
		ok: true,
		code: formatSymbols(symbols, 5),
		settings: unpacked.settings,
		factBaseVersion:
			currentFactBaseVersion === undefined
				? unpacked.storedVersion
				: resolveFactBaseVersion(unpacked.storedVersion, currentFactBaseVersion)
	};
}

/** A seed for a new quiz code: an integer in [0, 2^21), from an Rng returning [0, 1). */
export function randomSeed(rng: () => number): number {
	const x = Math.floor(rng() * SEED_LIMIT);
	return Math.min(SEED_LIMIT - 1, Math.max(0, Number.isFinite(x) ? x : 0));
}
