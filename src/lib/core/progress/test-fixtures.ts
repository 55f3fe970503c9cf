/**
 * Test support for the progress tests (not imported by the app): record
 * builders and fast-check arbitraries.
 */
import fc from 'fast-check';
import { reviewId } from './records';
import type {
	CardStateRecord,
	CardStateValue,
	QuizResultRecord,
	RatingValue,
	ReviewLogRecord,
	Settings
} from './records';

export const T0 = Date.UTC(2024, 0, 3, 12, 0, 0);
export const MINUTE = 60_000;
export const DAY = 86_400_000;

export const SETTINGS: Settings = {
	dailyNewLimit: 20,
	introDismissed: true,
	persistenceRequested: true,
	quizInProgress: null
};

export function state(cardId: string, patch: Partial<CardStateRecord> = {}): CardStateRecord {
	const out: CardStateRecord = {
		cardId,
		due: T0 + DAY,
		stability: 3,
		difficulty: 5,
		elapsed_days: 0,
		scheduled_days: 1,
		learning_steps: 0,
		reps: 1,
		lapses: 0,
		state: 2,
		last_review: T0,
		...patch
	};
	if (patch.last_review === undefined && 'last_review' in patch) delete out.last_review;
	return out;
}

export function review(
	cardId: string,
	reviewedAt: number,
	patch: Partial<Omit<ReviewLogRecord, 'id' | 'cardId' | 'reviewedAt'>> = {}
): ReviewLogRecord {
	return {
		id: reviewId(cardId, reviewedAt),
		cardId,
		rating: 3,
		reviewedAt,
		origin: 'study',
		state: 2,
		due: reviewedAt,
		stability: 10,
		difficulty: 5,
		elapsed_days: 5,
		last_elapsed_days: 3,
		scheduled_days: 5,
		learning_steps: 0,
		...patch
	};
}

export function quiz(id: string, finishedAt: number, patch: Partial<QuizResultRecord> = {}) {
	const out: QuizResultRecord = {
		id,
		startedAt: finishedAt - 5 * MINUTE,
		finishedAt,
		settings: { topics: ['dates'], types: ['mcq'], count: 2, seed: 7 },
		score: 1,
		total: 2,
		answers: [
			{
				questionId: 'kerman-bombings:mcq:date',
				factIds: ['kerman-bombings'],
				correct: true,
				given: '3 January 2024'
			},
			{ questionId: 'is-k:mcq:base', factIds: ['is-k'], correct: false, given: 'Syria' }
		],
		...patch
	};
	return out;
}

// ─── Arbitraries ───────────────────────────────────────────────────────────

export const CARD_IDS = [
	'kerman-bombings:flashcard:date',
	'is-k:mcq:base',
	'kerman:locate:point',
	'set-1a2b3c:timeline:chronological',
	'soleimani:cloze:date',
	'islamic-state:truefalse:alias'
] as const;

const cardIdArb = fc.constantFrom(...CARD_IDS);
/** Review times on a coarse grid so the two sides of a merge share some. */
const timeArb = fc.integer({ min: 0, max: 40 }).map((i) => T0 + i * 7 * MINUTE);
const stateArb = fc.constantFrom<CardStateValue>(0, 1, 2, 3);
const ratingArb = fc.constantFrom<RatingValue>(1, 2, 3, 4);

/** A review whose content depends only on its id: two logs that share an id agree on it. */
export const consistentReviewArb: fc.Arbitrary<ReviewLogRecord> = fc
	.tuple(cardIdArb, timeArb)
	.map(([cardId, at]) => {
		const k = (at / MINUTE + cardId.length) | 0;
		return review(cardId, at, {
			rating: ((k % 4) + 1) as RatingValue,
			state: (k % 4) as CardStateValue,
			origin: k % 3 === 0 ? 'quiz' : 'study',
			scheduled_days: k % 40,
			elapsed_days: k % 30,
			stability: (k % 50) + 0.25
		});
	});

/** A review with free content: two logs may disagree about a shared id. */
export const reviewArb: fc.Arbitrary<ReviewLogRecord> = fc
	.record({
		cardId: cardIdArb,
		at: timeArb,
		rating: ratingArb,
		state: stateArb,
		origin: fc.constantFrom<'study' | 'quiz'>('study', 'quiz'),
		scheduled: fc.integer({ min: 0, max: 400 }),
		stability: fc.double({ min: 0, max: 1000, noNaN: true }),
		difficulty: fc.double({ min: 1, max: 10, noNaN: true })
	})
	.map((r) =>
		review(r.cardId, r.at, {
			rating: r.rating,
			state: r.state,
			origin: r.origin,
			scheduled_days: r.scheduled,
			stability: r.stability,
			difficulty: r.difficulty
		})
	);

export const cardStateArb: fc.Arbitrary<CardStateRecord> = fc
	.record({
		cardId: cardIdArb,
		lastReview: fc.option(timeArb, { nil: undefined }),
		state: stateArb,
		stability: fc.double({ min: 0, max: 1000, noNaN: true }),
		difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
		reps: fc.nat(50),
		lapses: fc.nat(10),
		scheduled: fc.nat(400)
	})
	.map((s) =>
		state(s.cardId, {
			last_review: s.lastReview,
			due: (s.lastReview ?? T0) + s.scheduled * DAY,
			state: s.lastReview === undefined ? 0 : s.state,
			stability: s.stability,
			difficulty: s.difficulty,
			reps: s.lastReview === undefined ? 0 : s.reps,
			lapses: s.lapses,
			scheduled_days: s.scheduled
		})
	);

export const quizArb: fc.Arbitrary<QuizResultRecord> = fc
	.record({
		id: fc.constantFrom('q1', 'q2', 'q3', 'q4'),
		at: timeArb,
		score: fc.nat(10),
		code: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
		retryOf: fc.option(fc.constantFrom('q1', 'q2'), { nil: undefined })
	})
	.map((q) => {
		const settings: QuizResultRecord['settings'] = {
			topics: ['groups'],
			types: ['mcq', 'cloze'],
			count: 10,
			seed: 42
		};
		if (q.code !== undefined) settings.code = q.code;
		return quiz(q.id, q.at, {
			score: q.score,
			total: 10,
			settings,
			...(q.retryOf !== undefined ? { retryOf: q.retryOf } : {})
		});
	});

export interface Store {
	cardStates: CardStateRecord[];
	reviewLog: ReviewLogRecord[];
	quizResults: QuizResultRecord[];
	settings?: Settings | undefined;
}

/** A store as IndexedDB would hold it: unique keys per object store. */
export function storeArb(review: fc.Arbitrary<ReviewLogRecord> = consistentReviewArb) {
	return fc.record({
		cardStates: fc.uniqueArray(cardStateArb, { selector: (s) => s.cardId, maxLength: 6 }),
		reviewLog: fc.uniqueArray(review, { selector: (r) => r.id, maxLength: 40 }),
		quizResults: fc.uniqueArray(quizArb, { selector: (q) => q.id, maxLength: 4 }),
		settings: fc.option(
			fc.record({
				dailyNewLimit: fc.nat(100),
				introDismissed: fc.boolean(),
				persistenceRequested: fc.boolean(),
				quizInProgress: fc.constant(null)
			}),
			{ nil: undefined }
		)
	}) satisfies fc.Arbitrary<Store>;
}
