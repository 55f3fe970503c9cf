import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../../content/load';
import { buildQuiz } from '../quiz';
import { ENGINE_VERSION } from '../engine-version';
import { mulberry32 } from '../rng';
import { QUESTION_TYPES, STUDY_TOPICS, type Question } from '../types';
import { formatSymbols, toSymbols } from './alphabet';
import { withCheck } from './check';
import {
	MAX_QUIZ_COUNT,
	MIN_QUIZ_COUNT,
	QUIZ_CODE_MESSAGES,
	SEED_LIMIT,
	decodeQuizCode,
	encodeQuizCode,
	randomSeed,
	resolveFactBaseVersion,
	type QuizCodeInput
} from './quiz-code';
import { encodeResultCode } from './result-code';

const subsetOf = <T>(all: readonly T[]) =>
	fc.subarray([...all], { minLength: 1 }).map((xs) => all.filter((x) => xs.includes(x)));

const inputArb: fc.Arbitrary<QuizCodeInput> = fc.record({
	topics: subsetOf(STUDY_TOPICS),
	types: subsetOf(QUESTION_TYPES),
	count: fc.integer({ min: MIN_QUIZ_COUNT, max: MAX_QUIZ_COUNT }),
	seed: fc.integer({ min: 0, max: SEED_LIMIT - 1 }),
	factBaseVersion: fc.integer({ min: 0, max: 63 })
});

const EXAMPLE: QuizCodeInput = {
	topics: ['groups', 'geography'],
	types: ['mcq', 'truefalse', 'locate'],
	count: 20,
	seed: 123456,
	factBaseVersion: 1
};

function randomCodes(n: number, seed: number): string[] {
	const rng = mulberry32(seed);
	const pick = <T>(all: readonly T[]) => {
		const out = all.filter(() => rng() < 0.5);
		return out.length > 0 ? out : [all[Math.floor(rng() * all.length)] as T];
	};
	return Array.from({ length: n }, () =>
		encodeQuizCode({
			topics: pick(STUDY_TOPICS),
			types: pick(QUESTION_TYPES),
			count: MIN_QUIZ_COUNT + Math.floor(rng() * (MAX_QUIZ_COUNT - MIN_QUIZ_COUNT + 1)),
			seed: randomSeed(rng),
			factBaseVersion: Math.floor(rng() * 64)
		})
	);
}

describe('the format is pinned', () => {
	it('keeps the topic and type orders the bit masks depend on', () => {
		// Reordering these silently changes what every existing code means.
		expect(STUDY_TOPICS).toEqual(['groups', 'dates', 'geography']);
		expect(QUESTION_TYPES).toEqual([
			'flashcard',
			'mcq',
			'truefalse',
			'cloze',
			'year',
			'timeline',
			'locate',
			'matching'
		]);
	});

	it('encodes a known example to a known code', () => {
		expect(encodeQuizCode(EXAMPLE)).toBe('FMMCX-KDAHD');
		expect(decodeQuizCode('FMMCX-KDAHD')).toEqual({
			ok: true,
			code: 'FMMCX-KDAHD',
			settings: {
				topics: ['groups', 'geography'],
				types: ['mcq', 'truefalse', 'locate'],
				count: 20,
				seed: 123456
			},
			factBaseVersion: 1
		});
	});
});

describe('encodeQuizCode / decodeQuizCode', () => {
	it('round-trips every combination of topics, types and count', () => {
		const rng = mulberry32(7);
		let combinations = 0;
		const failures: string[] = [];
		for (let topicMask = 1; topicMask < 1 << STUDY_TOPICS.length; topicMask++) {
			const topics = STUDY_TOPICS.filter((_, i) => topicMask & (1 << i));
			for (let typeMask = 1; typeMask < 1 << QUESTION_TYPES.length; typeMask++) {
				const types = QUESTION_TYPES.filter((_, i) => typeMask & (1 << i));
				for (let count = MIN_QUIZ_COUNT; count <= MAX_QUIZ_COUNT; count++) {
					const input = {
						topics,
						types,
						count,
						seed: randomSeed(rng),
						factBaseVersion: Math.floor(rng() * 64)
					};
					const code = encodeQuizCode(input);
					const decoded = decodeQuizCode(code);
					combinations++;
					if (
						!decoded.ok ||
						code.length !== 11 ||
						decoded.code !== code ||
						decoded.factBaseVersion !== input.factBaseVersion ||
						decoded.settings.count !== count ||
						decoded.settings.seed !== input.seed ||
						decoded.settings.topics.join() !== topics.join() ||
						decoded.settings.types.join() !== types.join()
					) {
						failures.push(code);
					}
				}
			}
		}
		expect(failures).toEqual([]);
		expect(combinations).toBe(7 * 255 * 46);
	});

	it('round-trips any settings, seed and version (property), in any order of topics and types', () => {
		fc.assert(
			fc.property(inputArb, fc.boolean(), (input, reversed) => {
				const given = reversed
					? { ...input, topics: [...input.topics].reverse(), types: [...input.types].reverse() }
					: input;
				const code = encodeQuizCode(given);
				expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
				expect(decodeQuizCode(code)).toEqual({
					ok: true,
					code,
					settings: {
						topics: input.topics,
						types: input.types,
						count: input.count,
						seed: input.seed
					},
					factBaseVersion: input.factBaseVersion
				});
			}),
			{ numRuns: 2000 }
		);
	});

	it('reads codes whatever the case, spaces and dashes', () => {
		fc.assert(
			fc.property(
				inputArb,
				fc.array(fc.constantFrom('', '', '', ' ', '-', '  ', ' - ', '\u2013')),
				fc.array(fc.boolean()),
				(input, separators, lower) => {
					const code = encodeQuizCode(input);
					const compact = code.replace('-', '');
					const typed = [...compact]
						.map((ch, i) => (lower[i] ? ch.toLowerCase() : ch) + (separators[i] ?? ''))
						.join('');
					expect(decodeQuizCode(typed)).toEqual(decodeQuizCode(code));
					expect(decodeQuizCode(`  ${typed}  `)).toMatchObject({ ok: true, code });
				}
			),
			{ numRuns: 500 }
		);
	});

	it('catches every single substitution and every transposition (exhaustive over sampled codes)', () => {
		const codes = randomCodes(300, 11);
		const missed: string[] = [];
		const reasons = new Set<string>();
		let substitutions = 0;
		let transpositions = 0;
		for (const code of codes) {
			const chars = [...code.replace('-', '')];
			for (let i = 0; i < chars.length; i++) {
				for (const ch of '23456789ABCDEFGHJKMNPQRSTUVWXYZ') {
					if (ch === chars[i]) continue;
					const typo = chars.slice();
					typo[i] = ch;
					const decoded = decodeQuizCode(typo.join(''));
					substitutions++;
					if (decoded.ok) missed.push(typo.join(''));
					else reasons.add(decoded.reason);
				}
				for (let j = i + 1; j < chars.length; j++) {
					if (chars[i] === chars[j]) continue;
					const swapped = chars.slice();
					swapped[i] = chars[j] as string;
					swapped[j] = chars[i] as string;
					const decoded = decodeQuizCode(swapped.join(''));
					transpositions++;
					if (decoded.ok) missed.push(swapped.join(''));
					else reasons.add(decoded.reason);
				}
			}
		}
		expect(missed).toEqual([]);
		expect([...reasons]).toEqual(['check']);
		expect(substitutions).toBe(300 * 10 * 30);
		expect(transpositions).toBeGreaterThan(300 * 40);
	});

	it('says "typo" for a mistyped code', () => {
		const typo = decodeQuizCode('FMMCX-KDAHE');
		expect(typo).toEqual({ ok: false, reason: 'check', message: QUIZ_CODE_MESSAGES.typo });
		if (!typo.ok) expect(typo.message).toMatch(/^That code has a typo: please check it/);
		expect(decodeQuizCode('FMMCX-KDHAD')).toMatchObject({ ok: false, reason: 'check' });
	});

	it('explains O, 0, I, L and 1', () => {
		expect(decodeQuizCode('FMMCX-KOAHD')).toMatchObject({
			ok: false,
			reason: 'character',
			position: 7,
			message:
				'The 7th letter or digit is the letter O, but codes never use the letter O or the digit 0 (zero): please check the code again.'
		});
		for (const [ch, what] of [
			['0', 'the digit 0'],
			['i', 'the letter I'],
			['L', 'the letter L'],
			['1', 'the digit 1']
		] as const) {
			const decoded = decodeQuizCode(`FM${ch}CX-KDAHD`);
			expect(decoded).toMatchObject({ ok: false, reason: 'character', position: 3 });
			if (!decoded.ok) expect(decoded.message).toContain(`The 3rd letter or digit is ${what}, but`);
		}
		expect(decodeQuizCode('FMMCX_KDAHD')).toMatchObject({ ok: false, reason: 'character' });
	});

	it('gives length errors, an empty error and spots a result code', () => {
		expect(decodeQuizCode('  ')).toMatchObject({ ok: false, reason: 'empty' });
		expect(decodeQuizCode('FMMCX-KDAH')).toEqual({
			ok: false,
			reason: 'length',
			message: 'That code is too short: a quiz code has 10 letters and digits, this one has 9.'
		});
		expect(decodeQuizCode('FMMCX-KDAHDD')).toMatchObject({
			ok: false,
			reason: 'length',
			message: expect.stringMatching(/^That code is too long/)
		});
		const result = encodeResultCode({ quizCode: 'FMMCX-KDAHD', answers: [true, false, true] });
		expect(decodeQuizCode(result)).toEqual({
			ok: false,
			reason: 'length',
			message: QUIZ_CODE_MESSAGES.resultCode
		});
	});

	it('says "unsupported" for a well-formed code of a later format', () => {
		const future = formatSymbols(withCheck(toSymbols(1n << 44n, 9)), 5);
		expect(decodeQuizCode(future)).toEqual({
			ok: false,
			reason: 'unsupported',
			message: QUIZ_CODE_MESSAGES.unsupported
		});
		expect(QUIZ_CODE_MESSAGES.unsupported).toContain('update the app (reload while online)');
		const largest = formatSymbols(withCheck(toSymbols(31n ** 9n - 1n, 9)), 5);
		expect(decodeQuizCode(largest)).toMatchObject({ ok: false, reason: 'unsupported' });
	});

	it('treats fields no encoder writes as a typo', () => {
		// All-zero payload: no topics, no types, count 0.
		const zero = formatSymbols(withCheck(toSymbols(0n, 9)), 5);
		expect(zero).toBe('22222-22222');
		expect(decodeQuizCode(zero)).toMatchObject({ ok: false, reason: 'check' });
	});

	it('refuses settings a code cannot hold', () => {
		const bad: Partial<QuizCodeInput>[] = [
			{ topics: [] },
			{ types: [] },
			{ topics: ['people' as never] },
			{ types: ['essay' as never] },
			{ count: 4 },
			{ count: 51 },
			{ count: 10.5 },
			{ seed: -1 },
			{ seed: SEED_LIMIT },
			{ seed: 1.5 },
			{ factBaseVersion: -1 }
		];
		for (const change of bad) {
			expect(() => encodeQuizCode({ ...EXAMPLE, ...change }), JSON.stringify(change)).toThrow(
				RangeError
			);
		}
	});

	it('stores the fact-base version modulo 64 and resolves it against the app', () => {
		const code = encodeQuizCode({ ...EXAMPLE, factBaseVersion: 65 });
		expect(decodeQuizCode(code)).toMatchObject({ ok: true, factBaseVersion: 1 });
		expect(decodeQuizCode(code, 65)).toMatchObject({ ok: true, factBaseVersion: 65 });
		expect(decodeQuizCode(code, 70)).toMatchObject({ ok: true, factBaseVersion: 65 });
		expect(decodeQuizCode(code, 60)).toMatchObject({ ok: true, factBaseVersion: 65 });
		expect(decodeQuizCode(encodeQuizCode(EXAMPLE), 1)).toMatchObject({ factBaseVersion: 1 });
	});

	it('resolveFactBaseVersion: the congruent version in [current − 48, current + 15]', () => {
		for (let current = 0; current < 300; current++) {
			for (let version = Math.max(0, current - 48); version <= current + 15; version++) {
				expect(resolveFactBaseVersion(version % 64, current)).toBe(version);
			}
		}
		// Newer than the app by more than the window never comes out negative.
		expect(resolveFactBaseVersion(40, 1)).toBe(40);
	});
});

describe('randomSeed', () => {
	it('gives integers in [0, 2^21)', () => {
		expect(randomSeed(() => 0)).toBe(0);
		expect(randomSeed(() => 0.999999999999)).toBe(SEED_LIMIT - 1);
		expect(randomSeed(() => 1)).toBe(SEED_LIMIT - 1);
		expect(randomSeed(() => NaN)).toBe(0);
		const rng = mulberry32(3);
		for (let i = 0; i < 1000; i++) {
			const seed = randomSeed(rng);
			expect(Number.isInteger(seed) && seed >= 0 && seed < SEED_LIMIT).toBe(true);
		}
	});
});

/** A question's id and the order of what it shows. */
function summary(q: Question): string {
	switch (q.type) {
		case 'mcq':
		case 'year':
			return `${q.id} [${q.options.map((o) => o.label).join(' | ')}]`;
		case 'timeline':
			return `${q.id} [${q.events.map((e) => e.factId).join(' | ')}]`;
		case 'locate':
			return `${q.id} [${q.choices.map((c) => c.factId).join(' | ')}]`;
		case 'matching':
			return `${q.id} [${q.left.map((l) => `${l.id}→${q.pairs[l.id]}`).join(' | ')}]`;
		case 'truefalse':
			return `${q.id} ${q.answer}`;
		default:
			return q.id;
	}
}

describe('the same code gives the same quiz', () => {
	const FIXED_CODE = 'PJD62-3NH8R';

	it('decodes the fixed code', () => {
		expect(
			encodeQuizCode({
				topics: ['groups', 'dates', 'geography'],
				types: ['mcq', 'truefalse', 'year', 'timeline', 'locate', 'matching'],
				count: 12,
				seed: 271828,
				factBaseVersion: 1
			})
		).toBe(FIXED_CODE);
	});

	it('builds identical quizzes on two runs, and the one the teacher built', () => {
		const decoded = decodeQuizCode(FIXED_CODE.toLowerCase());
		if (!decoded.ok) throw new Error(decoded.message);
		const first = buildQuiz(loadFactBase(), decoded.settings);
		const second = buildQuiz(loadFactBase(), decodeQuizCodeOrThrow(FIXED_CODE).settings);
		expect(first.questions.map(summary)).toEqual(second.questions.map(summary));
		expect(first.questions).toEqual(second.questions);
		const teacher = buildQuiz(loadFactBase(), {
			topics: ['geography', 'groups', 'dates'],
			types: ['matching', 'locate', 'timeline', 'year', 'truefalse', 'mcq'],
			count: 12,
			seed: 271828
		});
		expect(teacher.questions).toEqual(first.questions);
		expect(first.questions).toHaveLength(12);
	});

	it('pins the questions and option order of the fixed code (fact base 5, engine 7)', () => {
		const base = loadFactBase();
		// Update this snapshot only when the content version rises (`quizContentVersion`: a
		// fact-base or engine version bump): codes in use depend on it.
		expect(base.version).toBe(5);
		expect(ENGINE_VERSION).toBe(7);
		const quiz = buildQuiz(base, decodeQuizCodeOrThrow(FIXED_CODE).settings);
		expect(quiz.questions.slice(0, 6).map(summary)).toMatchInlineSnapshot(`
			[
			  "isis-k-shia-symbol:truefalse:about true",
			  "iranian-officials-blame:year:year [2023 | 2021 | 2022 | 2024]",
			  "soleimani-killed-dispatch:mcq:place [Syria | Uzbekistan | Iraq | Israel]",
			  "set-163a24ec5a1cfa:matching:group-description [islamic-state→r2 | quds-force→r0 | taliban→r3 | tehrik-e-taliban→r1]",
			  "netherlands:locate:point [netherlands | germany | austria | belgium]",
			  "set-15413ce07cbc92:timeline:chronological [joint-operation-summer-2023 | germany-plot-arrests-2020 | us-withdrawal-afghanistan | islamic-republic-founded | kerman-funeral]",
			]
		`);
	});
});

function decodeQuizCodeOrThrow(code: string) {
	const decoded = decodeQuizCode(code);
	if (!decoded.ok) throw new Error(decoded.message);
	return decoded;
}
