/**
 * Multiple choice: four options, one right, three same-kind distractors that
 * the fact base shows to be wrong (see claims.ts and relations.ts), shuffled
 * with the seeded RNG.
 */
import type { Fact, McqDirection, McqQuestion, Option, RelationDirection } from '../types';
import { claimsOf, type Claim } from './claims';
import {
	ask,
	attributeQuestion,
	cardId,
	questionRng,
	shuffledOptions,
	type GenContext
} from './common';

export const MCQ_OPTIONS = 4;

/**
 * Claims made for true/false only: an analysis's statement with its group
 * swapped is a fair true/false, but "which group?" over an outlet's free-text
 * claim is not a multiple choice question.
 */
const NOT_QUESTIONS: ReadonlySet<RelationDirection> = new Set<RelationDirection>(['about']);

/**
 * A claim's multiple choice card id, its wrong options, and its options in
 * their shuffled order (none when there are too few wrong ones).
 */
export interface McqDraw {
	id: string;
	distractors: Option[];
	options?: Option[];
}

/**
 * The wrong options of a claim's multiple choice question, drawn once per
 * claim with that question's RNG (which then shuffles the options): true/false
 * states the claim with the first (most plausible) of them, so the two cards
 * agree and the draw, the costliest step, is not made twice. Kept whole, so
 * asking again gives the same question.
 */
export function mcqDraw(ctx: GenContext, claim: Claim): McqDraw {
	let draw = claim.draw;
	if (!draw) {
		const id = cardId(claim.subjectId, 'mcq', claim.direction);
		const rng = questionRng(ctx, id);
		const distractors = claim.distractors(rng, MCQ_OPTIONS - 1);
		draw =
			distractors.length < MCQ_OPTIONS - 1
				? { id, distractors }
				: { id, distractors, options: shuffledOptions(rng, claim.correct, distractors) };
		claim.draw = draw;
	}
	return draw;
}

export function mcqQuestions(ctx: GenContext, fact: Fact): McqQuestion[] {
	return mcqFromClaims(ctx, claimsOf(ctx, fact));
}

/** The multiple choice questions for a fact's claims. */
export function mcqFromClaims(ctx: GenContext, claims: readonly Claim[]): McqQuestion[] {
	const out: McqQuestion[] = [];
	for (const claim of claims) {
		if (NOT_QUESTIONS.has(claim.direction)) continue;
		const askable = ask(ctx, claim.factIds);
		if (!askable.ok) continue;
		const { id, options } = mcqDraw(ctx, claim);
		if (!options) continue;
		const direction = claim.direction as McqDirection;
		const { factIds, topics } = claim;
		const attribution = askable.attribution;
		const prompt = attributeQuestion(ctx, claim.question, attribution);
		const answerId = claim.correct.id;
		// With or without `attribution`: two literals, not a spread (see `ask`).
		out.push(
			attribution
				? { id, type: 'mcq', direction, factIds, topics, prompt, attribution, options, answerId }
				: { id, type: 'mcq', direction, factIds, topics, prompt, options, answerId }
		);
	}
	return out;
}
