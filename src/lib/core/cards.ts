/**
 * Every question the fact base yields: the study deck. Each card has a stable
 * id (`${factId}:${type}:${direction}`; `date.<ISO date>:…` for a date card;
 * `set-<hash>:…` for timeline and matching), so generating again — with another seed, or after facts are
 * added — never orphans the learner's progress on a card that still exists.
 * The seed only changes option order, distractors and true/false polarity.
 */
import { buildTruth, type Truth } from './relations';
import type { GenContext } from './questions/common';
import { clozeQuestions } from './questions/cloze';
import { flashcardQuestions } from './questions/flashcard';
import { locateQuestions } from './questions/locate';
import { matchingQuestions } from './questions/matching';
import { freshClaims } from './questions/claims';
import { mcqFromClaims, mcqQuestions } from './questions/mcq';
import { timelineQuestions } from './questions/timeline';
import { trueFalseFromClaims, trueFalseQuestions } from './questions/truefalse';
import { yearQuestions } from './questions/year';
import { seedOf } from './rng';
import {
	QUESTION_TYPES,
	type Fact,
	type FactBase,
	type Question,
	type QuestionType
} from './types';

export interface GenerateOptions {
	/** Seeds option order, distractors and true/false polarity (default 0). */
	seed?: number;
	/** Only these types (default: all). */
	types?: readonly QuestionType[];
}

/** The order cards come in: flashcards first, then typed, then recognition, then multi-fact. */
export const DECK_ORDER: readonly QuestionType[] = [
	'flashcard',
	'cloze',
	'year',
	'mcq',
	'truefalse',
	'locate',
	'matching',
	'timeline'
];

const byId = (a: Question, b: Question) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const cardOrderCache = new WeakMap<Truth, readonly Fact[]>();

/**
 * The facts in the order of their cards' ids, `${factId}:…`: not quite id
 * order ("event-10:" comes before "event-1:"). Made in this order, each
 * fact's cards sorted among themselves, a type's cards come out sorted (when
 * no fact id has a colon), and sorting them again by id costs one pass.
 */
function factsInCardOrder(truth: Truth): readonly Fact[] {
	let facts = cardOrderCache.get(truth);
	if (!facts) {
		facts = truth.facts
			.map((f) => ({ f, key: `${f.id}:` }))
			.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
			.map((x) => x.f);
		cardOrderCache.set(truth, facts);
	}
	return facts;
}

/** Whether the questions are in id order already. */
function inIdOrder(questions: readonly Question[]): boolean {
	for (let i = 1; i < questions.length; i++)
		if (byId(questions[i - 1] as Question, questions[i] as Question) > 0) return false;
	return true;
}

/**
 * Sorts by id, unless in order already: most lists are, and `sort` copies
 * the whole list before it looks. A fact's few cards are sorted by insertion
 * (stable, as `sort` is), which copies nothing.
 */
function sortById(questions: Question[]): void {
	if (inIdOrder(questions)) return;
	if (questions.length > 16) {
		questions.sort(byId);
		return;
	}
	for (let i = 1; i < questions.length; i++) {
		const q = questions[i] as Question;
		let j = i;
		for (; j > 0 && byId(questions[j - 1] as Question, q) > 0; j--)
			questions[j] = questions[j - 1] as Question;
		questions[j] = q;
	}
}

/** Appends a fact's questions to `out` in id order. */
function appendSorted(out: Question[], questions: Question[]): void {
	sortById(questions);
	for (const q of questions) out.push(q);
}

/** All questions of one type. */
export function questionsOfType(ctx: GenContext, type: QuestionType): Question[] {
	const { truth } = ctx;
	const perFact = (gen: (c: GenContext, f: Fact) => Question[]) => {
		const out: Question[] = [];
		for (const f of factsInCardOrder(truth)) appendSorted(out, gen(ctx, f));
		return out;
	};
	switch (type) {
		case 'flashcard':
			return perFact(flashcardQuestions);
		case 'mcq':
			return perFact(mcqQuestions);
		case 'truefalse':
			return perFact(trueFalseQuestions);
		case 'cloze':
			return perFact(clozeQuestions);
		case 'year':
			return perFact(yearQuestions);
		case 'locate':
			return perFact(locateQuestions);
		case 'timeline':
			return timelineQuestions(ctx);
		case 'matching':
			return matchingQuestions(ctx);
	}
}

/** A generator context for a fact base (its indexes are built once and cached). */
export function contextFor(
	base: FactBase | readonly Fact[] | Truth,
	seed = 0,
	setSeed = 0
): GenContext {
	const truth = 'byId' in base ? base : buildTruth(base);
	return { truth, seed: seedOf(seed), setSeed: seedOf(setSeed) };
}

/**
 * Multiple choice and true/false together, one fact at a time: both are made
 * from the fact's claims, which are built once and dropped with the fact
 * (not cached for the whole deck, as `questionsOfType` does for a quiz).
 */
function claimQuestions(ctx: GenContext): { mcq: Question[]; truefalse: Question[] } {
	const mcq: Question[] = [];
	const truefalse: Question[] = [];
	for (const f of factsInCardOrder(ctx.truth)) {
		const claims = freshClaims(ctx, f);
		if (claims.length === 0) continue;
		appendSorted(mcq, mcqFromClaims(ctx, claims));
		appendSorted(truefalse, trueFalseFromClaims(ctx, claims));
	}
	return { mcq, truefalse };
}

/** Every card for the fact base, in `DECK_ORDER`, then by id. */
export function generateCards(
	base: FactBase | readonly Fact[],
	options: GenerateOptions = {}
): Question[] {
	const ctx = contextFor(base, options.seed ?? 0);
	const wanted = new Set(options.types ?? QUESTION_TYPES);
	const made = new Map<QuestionType, Question[]>();
	const out: Question[] = [];
	for (const type of DECK_ORDER) {
		if (!wanted.has(type)) continue;
		if (type === 'mcq' && wanted.has('truefalse')) {
			const both = claimQuestions(ctx);
			made.set('mcq', both.mcq);
			made.set('truefalse', both.truefalse);
		}
		const list = made.get(type) ?? questionsOfType(ctx, type);
		sortById(list);
		for (const q of list) out.push(q);
	}
	return out;
}

/** Counts of cards per type. */
export function countByType(cards: readonly Question[]): Record<QuestionType, number> {
	const counts = Object.fromEntries(QUESTION_TYPES.map((t) => [t, 0])) as Record<
		QuestionType,
		number
	>;
	for (const c of cards) counts[c.type] += 1;
	return counts;
}
