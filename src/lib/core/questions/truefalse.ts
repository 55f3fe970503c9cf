/**
 * True / false: a claim from the fact base, stated as it is (true) or with one
 * element swapped for a same-kind element the fact base shows to be wrong
 * (false): the most plausible wrong option of its multiple choice question
 * (`mcqDraw`). Which of the two is decided by the seeded RNG, evenly.
 *
 * An analysis's claim is its own statement, which already names its outlet
 * ("According to The Dispatch, …"): it is not attributed a second time.
 */
import { outletOf } from '../relations';
import type { Fact, SourceId, TrueFalseDirection, TrueFalseQuestion } from '../types';
import { claimsOf, type Claim } from './claims';
import { ask, attributeStatement, cardId, questionRng, type GenContext } from './common';
import { mcqDraw } from './mcq';

const NOT_STATEMENTS = new Set(['event-by-date', 'event-at-place', 'alias']);

export function trueFalseQuestions(ctx: GenContext, fact: Fact): TrueFalseQuestion[] {
	return trueFalseFromClaims(ctx, claimsOf(ctx, fact));
}

/** A statement with its source named, unless it names the outlet already. */
function attributed(ctx: GenContext, text: string, source: SourceId | undefined): string {
	return source !== undefined && text.includes(outletOf(ctx.truth, source))
		? text
		: attributeStatement(ctx, text, source);
}

/** The true/false questions for a fact's claims. */
export function trueFalseFromClaims(
	ctx: GenContext,
	claims: readonly Claim[]
): TrueFalseQuestion[] {
	const out: TrueFalseQuestion[] = [];
	for (const claim of claims) {
		if (NOT_STATEMENTS.has(claim.direction)) continue;
		const askable = ask(ctx, claim.factIds);
		if (!askable.ok) continue;
		const id = cardId(claim.subjectId, 'truefalse', claim.direction);
		const rng = questionRng(ctx, id);
		const wantFalse = rng() < 0.5;
		const truth = attributed(ctx, claim.statement(claim.correct), askable.attribution);
		const swap = wantFalse ? mcqDraw(ctx, claim).distractors[0] : undefined;
		const statement = swap ? attributed(ctx, claim.statement(swap), askable.attribution) : truth;
		const direction = claim.direction as TrueFalseDirection;
		const { factIds, topics } = claim;
		const attribution = askable.attribution;
		const prompt = `True or false? ${statement}`;
		const answer = swap === undefined;
		// With or without `attribution`: two literals, not a spread (see `ask`).
		out.push(
			attribution
				? {
						id,
						type: 'truefalse',
						direction,
						factIds,
						topics,
						prompt,
						attribution,
						statement,
						answer,
						truth
					}
				: { id, type: 'truefalse', direction, factIds, topics, prompt, statement, answer, truth }
		);
	}
	return out;
}
