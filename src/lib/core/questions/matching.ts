/**
 * Matching: 4–6 groups (and organizations) to match with their descriptions,
 * or people with their roles. Only plain facts with specific descriptions
 * take part (see phrasing.ts), and no two items in one question are linked,
 * may be part of one another, are based in the same country, or share a name
 * or a description — so each pairing is unambiguous.
 */
import {
	countryKey,
	isPlain,
	linksOf,
	mayBePartOf,
	placeById,
	placesOverlap,
	sameEntity
} from '../relations';
import { mentionedFacts } from './claims';
import { isSpecificDescription } from '../phrasing';
import { deriveRng, shuffle } from '../rng';
import { answerKey, capitalize, stripFinalStop } from '../text';
import type { GroupLike, MatchingDirection, MatchingQuestion, PersonFact } from '../types';
import { setId, questionRng, topicList, type GenContext } from './common';
import { coverSets } from './cover';

type Item = { id: string; name: string; text: string; fact: GroupLike | PersonFact };

/** State bodies are not "groups" (IS-K is): a set with them says "group or organization". */
function promptFor(direction: MatchingDirection, set: readonly Item[]): string {
	if (direction !== 'group-description') return 'Match each person with their role.';
	const kinds = new Set(set.map((s) => s.fact.kind));
	const noun = kinds.has('organization')
		? kinds.has('group')
			? 'group or organization'
			: 'organization'
		: 'group';
	return `Match each ${noun} with its description.`;
}

function build(
	ctx: GenContext,
	direction: MatchingDirection,
	set: readonly Item[]
): MatchingQuestion {
	const ids = set.map((s) => s.id);
	const id = setId(ids, 'matching', direction);
	const rng = questionRng(ctx, id);
	const left = shuffle(rng, set).map((s) => ({ id: s.id, label: s.name }));
	let right = shuffle(rng, set);
	for (let i = 0; i < 3 && right.every((r, k) => r.id === left[k]?.id); i++)
		right = shuffle(rng, set);
	const pairs: Record<string, string> = {};
	const rightItems = right.map((r, k) => {
		pairs[r.id] = `r${k}`;
		return { id: `r${k}`, label: r.text };
	});
	return {
		id,
		type: 'matching',
		direction,
		factIds: [...ids].sort(),
		topics: topicList('groups'),
		prompt: promptFor(direction, set),
		left,
		right: rightItems,
		pairs
	};
}

function items(ctx: GenContext, facts: readonly (GroupLike | PersonFact)[]): Item[] {
	const seen = new Set<string>();
	const out: Item[] = [];
	for (const f of facts) {
		if (!isPlain(ctx.truth, f)) continue;
		const raw = f.kind === 'person' ? f.role : f.description;
		if (!isSpecificDescription(raw)) continue;
		const text = capitalize(stripFinalStop(raw));
		const key = answerKey(text);
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ id: f.id, name: f.name, text, fact: f });
	}
	return out;
}

export function matchingQuestions(ctx: GenContext): MatchingQuestion[] {
	const { truth } = ctx;
	const baseKey = (f: GroupLike | PersonFact) => {
		const p = f.kind === 'person' ? undefined : placeById(truth, f.basedIn);
		return p ? countryKey(truth, p) : undefined;
	};
	const compatible = (a: Item, b: Item) => {
		if (sameEntity(truth, a.id, b.id) || linksOf(truth, a.id).has(b.id)) return false;
		if (answerKey(a.text) === answerKey(b.text)) return false;
		if (a.fact.kind !== 'person' && b.fact.kind !== 'person' && mayBePartOf(truth, a.fact, b.fact))
			return false;
		if (a.fact.kind === 'person' && b.fact.kind === 'person') {
			return a.fact.affiliation === undefined || a.fact.affiliation !== b.fact.affiliation;
		}
		const ka = baseKey(a.fact);
		if (ka !== undefined && ka === baseKey(b.fact)) return false;
		// A description naming something the other item is tied to might fit it too
		// ("militant group that ISIS-K has collaborated with" and a group linked to IS-K).
		return !fitsOther(a, b) && !fitsOther(b, a);
	};
	const fitsOther = (a: Item, b: Item) => {
		const bl = linksOf(truth, b.id);
		const bBase = b.fact.kind === 'person' ? undefined : placeById(truth, b.fact.basedIn);
		return mentionedFacts(truth, a.text).some(
			(f) =>
				f.id === b.id ||
				bl.has(f.id) ||
				(bBase !== undefined && f.kind === 'place' && placesOverlap(truth, f, bBase))
		);
	};
	const out: MatchingQuestion[] = [];
	for (const [direction, facts] of [
		['group-description', truth.groups],
		['person-role', truth.persons]
	] as const) {
		const sets = coverSets(
			deriveRng(ctx.setSeed, `matching-sets:${direction}`),
			items(ctx, facts),
			compatible
		);
		for (const set of sets) out.push(build(ctx, direction, set));
	}
	return out;
}

/** A matching question for a given set of facts (all plain), or null. */
export function matchingFor(
	ctx: GenContext,
	direction: MatchingDirection,
	facts: readonly (GroupLike | PersonFact)[]
): MatchingQuestion | null {
	const list = items(ctx, facts);
	return list.length >= 2 ? build(ctx, direction, list) : null;
}
