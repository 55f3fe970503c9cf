/** Shared helpers for the question generators: ids, topics, options, attribution. */
import { deriveRng, shortHash, shuffleInPlace, type Rng } from '../rng';
import { askability, outletOf, type Truth } from '../relations';
import type { Option, QuestionType, SourceId, StudyTopic } from '../types';
import { STUDY_TOPICS } from '../types';
import type { Fact } from '../types';

/** What every generator gets: the truth indexes and the seed. */
export interface GenContext {
	truth: Truth;
	/** Seeds option order, distractors and true/false polarity. */
	seed: number;
	/**
	 * Seeds which events go together in a timeline and which groups in a
	 * matching question. The study deck keeps it fixed (0), so those cards keep
	 * their ids whatever the seed; a quiz uses its own seed, for variety.
	 */
	setSeed: number;
}

/** `${factId}:${type}:${direction}`: the stable card id of a single-fact question. */
export function cardId(factId: string, type: QuestionType, direction: string): string {
	// join builds the id in one piece; a template literal would keep it as a
	// tree of its three parts until something flattens it (every card keeps one).
	return [factId, type, direction].join(':');
}

/** `set-<hash of the sorted fact ids>:${type}:${direction}`: the id of a multi-fact question. */
export function setId(factIds: readonly string[], type: QuestionType, direction: string): string {
	return `set-${shortHash([...factIds].sort().join(','))}:${type}:${direction}`;
}

/** The RNG for one question: depends on the seed and the question id only. */
export function questionRng(ctx: GenContext, id: string): Rng {
	return deriveRng(ctx.seed, id);
}

/** Every list `topicList` gives, by the two topics' places in STUDY_TOPICS: made once. */
const TOPIC_LISTS: ReadonlyArray<ReadonlyArray<readonly StudyTopic[]>> = STUDY_TOPICS.map((a) =>
	STUDY_TOPICS.map((b) => Object.freeze(STUDY_TOPICS.filter((t) => t === a || t === b)))
);

/**
 * One topic, or two ordered as STUDY_TOPICS does (without duplicates). One
 * frozen list per pair, shared by every card that has it: a deck keeps tens
 * of thousands of cards (and asks for a list for each).
 */
export function topicList(first: StudyTopic, second: StudyTopic = first): readonly StudyTopic[] {
	return (TOPIC_LISTS[STUDY_TOPICS.indexOf(first)] as ReadonlyArray<readonly StudyTopic[]>)[
		STUDY_TOPICS.indexOf(second)
	] as readonly StudyTopic[];
}

/** A fact's own study topics, falling back to those of a fact it is about, then to `groups`. */
export function factStudyTopics(ctx: GenContext, fact: Fact): StudyTopic[] {
	const own = STUDY_TOPICS.filter((t) => (fact.topics as readonly string[]).includes(t));
	if (own.length > 0) return own;
	const aboutId =
		fact.kind === 'figure' ? fact.about : fact.kind === 'person' ? fact.affiliation : undefined;
	const about = aboutId ? ctx.truth.byId.get(aboutId) : undefined;
	if (about) {
		const t = STUDY_TOPICS.filter((x) => (about.topics as readonly string[]).includes(x));
		if (t.length > 0) return t;
	}
	return ['groups'];
}

/** The options in seeded random order; the correct one's position is uniform. */
export function shuffledOptions(
	rng: Rng,
	correct: Option,
	distractors: readonly Option[]
): Option[] {
	// concat sizes the array exactly; pushing onto [correct] would reserve 17 slots.
	return shuffleInPlace(rng, [correct].concat(distractors));
}

/** "According to The Dispatch, when …?" for a question; unchanged without attribution. */
export function attributeQuestion(
	ctx: GenContext,
	text: string,
	source: SourceId | undefined
): string {
	if (!source) return text;
	const lower = /^(?:When|Where|Which|Who|What|How|In|Is|Was|Did|Does)\b/.test(text)
		? text.charAt(0).toLowerCase() + text.slice(1)
		: text;
	return `According to ${outletOf(ctx.truth, source)}, ${lower}`;
}

/** "According to The Dispatch: …" for a statement; unchanged without attribution. */
export function attributeStatement(
	ctx: GenContext,
	text: string,
	source: SourceId | undefined
): string {
	if (!source) return text;
	return `According to ${outletOf(ctx.truth, source)}: ${text}`;
}

/**
 * Askability of the facts (see relations.ts). A card has `attribution`
 * (between `prompt` and the rest) only when this gives one; the generators
 * write two object literals, with and without it, rather than
 * `...(attribution ? { attribution } : {})`: a spread in the middle of a
 * literal copies properties one by one (it showed in profiles), and the key
 * order must not change.
 */
export function ask(ctx: GenContext, factIds: readonly string[], statementOf?: string) {
	return askability(ctx.truth, factIds, statementOf ? { statementOf } : {});
}

/** Drops `undefined` and duplicates, keeping order. */
export function uniqueIds(ids: ReadonlyArray<string | undefined>): string[] {
	return [...new Set(ids.filter((x): x is string => typeof x === 'string'))];
}
