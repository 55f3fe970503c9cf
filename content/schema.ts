/**
 * The fact base schema. It validates `content/facts.yaml` at build and test
 * time and is the single source of the TypeScript types the app uses.
 *
 * Kept free of Node, DOM and Svelte imports so the pure core can import it.
 */
import * as v from 'valibot';

import {
	DATE_PRECISIONS,
	KINDS,
	PLACE_TYPES,
	SOURCE_IDS,
	STUDY_TOPICS,
	TOPICS
} from './vocabulary.ts';

export { DATE_PRECISIONS, KINDS, PLACE_TYPES, SOURCE_IDS, STUDY_TOPICS, TOPICS };

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

const FactId = v.pipe(v.string(), v.regex(ID_PATTERN, 'must be kebab-case'));
const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'));

export const SourceIdSchema = v.picklist(SOURCE_IDS);

export const CitationSchema = v.object({
	source: SourceIdSchema,
	quote: v.pipe(
		v.string(),
		v.minLength(8, 'quote is too short to be evidence'),
		v.maxLength(400, 'quote should be one sentence or a clause'),
		v.check((q) => !q.includes('…') && !q.includes('...'), 'no ellipses inside a quote')
	)
});

const base = {
	id: FactId,
	/** Short label used in questions: "Kerman bombings", "IS-K", "Kerman". */
	name: NonEmpty,
	topics: v.pipe(v.array(v.picklist(TOPICS)), v.minLength(1, 'needs at least one topic')),
	/** One plain, neutral sentence in our own words. */
	statement: v.pipe(NonEmpty, v.maxLength(300)),
	citations: v.pipe(v.array(CitationSchema), v.minLength(1, 'needs at least one citation')),
	related: v.optional(v.array(FactId)),
	disagreesWith: v.optional(v.array(FactId)),
	/** When the fact is one source's account, which source makes the claim. */
	claimOf: v.optional(SourceIdSchema),
	/** How a relative date was resolved, or any other curator's note. */
	note: v.optional(NonEmpty)
};

export const EventFactSchema = v.object({
	...base,
	kind: v.literal('event'),
	date: v.pipe(v.string(), v.regex(ISO_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
	datePrecision: v.optional(v.picklist(DATE_PRECISIONS)),
	/**
	 * The event may have begun any time before its date (a plot known by the
	 * gatherings it targeted): no question treats an earlier date as wrong.
	 */
	dateOpenBefore: v.optional(v.boolean()),
	/**
	 * When the sources leave the date open to a later one ("in the past few
	 * weeks", in an article of early January): the latest date they allow. The
	 * event is still dated `date`, but no question offers a date up to this one
	 * as wrong, nor orders the event against one in between.
	 */
	dateLatest: v.optional(
		v.pipe(v.string(), v.regex(ISO_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))
	),
	/** Id of the place fact where the event happened. */
	placeId: v.optional(FactId),
	/** Ids of the groups, organizations or people who carried it out. */
	actors: v.optional(v.array(FactId)),
	/**
	 * The actors are known as those who claimed the event (the sources report a
	 * claim): questions ask who claimed it, not who was behind it.
	 */
	actorsClaimed: v.optional(v.boolean())
});

const groupFields = {
	aliases: v.array(NonEmpty),
	/** What the group is, as a short noun phrase ("the Islamic State's branch in Afghanistan"). */
	description: NonEmpty,
	/**
	 * The description fits groups the fact base does not cover as well ("militant
	 * group active in Pakistan"): it is shown, but never asked as "Which group is …?".
	 */
	describesOthersToo: v.optional(v.boolean()),
	basedIn: v.optional(FactId),
	alliedWith: v.optional(v.array(FactId)),
	opposedTo: v.optional(v.array(FactId))
};

export const GroupFactSchema = v.object({ ...base, kind: v.literal('group'), ...groupFields });
export const OrganizationFactSchema = v.object({
	...base,
	kind: v.literal('organization'),
	...groupFields
});

export const PersonFactSchema = v.object({
	...base,
	kind: v.literal('person'),
	/** Other spellings the sources use ("Qassem Suleimani"), accepted as typed answers. */
	aliases: v.optional(v.array(NonEmpty)),
	role: NonEmpty,
	affiliation: v.optional(FactId),
	/** The person has died (as the sources report): questions say "was", not "is". */
	deceased: v.optional(v.boolean())
});

export const PlaceSchema = v.object({
	name: NonEmpty,
	type: v.picklist(PLACE_TYPES),
	country: NonEmpty,
	/** ISO 3166-1 numeric code, three digits, of the country (or of the place when it is one). */
	iso3166: v.optional(v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be a 3-digit ISO 3166-1 code'))),
	lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
	lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180))
});

export const PlaceFactSchema = v.object({
	...base,
	kind: v.literal('place'),
	/** Other names the sources use ("U.S."), accepted as typed answers. */
	aliases: v.optional(v.array(NonEmpty)),
	/**
	 * The adjective for the place when it does not start as the name does
	 * ("Dutch" for the Netherlands; "Belgian" needs none). A text with it gives
	 * the place away: "Where are Dutch authorities based?" is not asked.
	 * Not an accepted answer.
	 */
	demonym: v.optional(NonEmpty),
	/**
	 * Id of the country whose government the sources call by this place's name
	 * (Tehran for Iran's leadership). Accepted for that country's blank where
	 * the country acts ("_____’s use of militant proxies"), not where it is a
	 * place ("rounded up in _____").
	 */
	standsFor: v.optional(FactId),
	place: PlaceSchema
});

export const FigureFactSchema = v.object({
	...base,
	kind: v.literal('figure'),
	value: v.number(),
	unit: NonEmpty,
	/** "nearly", "over", "more than": how the source qualifies the number. */
	qualifier: v.optional(NonEmpty),
	/**
	 * The question the figure answers, when "<name>: How many <unit>?" does not
	 * read as one ("How many people did the Kerman bombings kill?").
	 */
	question: v.optional(NonEmpty),
	/** Id of the fact the figure is about. */
	about: FactId
});

export const CampaignFactSchema = v.object({
	...base,
	kind: v.literal('campaign'),
	description: NonEmpty,
	date: v.optional(v.pipe(v.string(), v.regex(ISO_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
	datePrecision: v.optional(v.picklist(DATE_PRECISIONS)),
	/** The campaign may have begun any time before its date (as an event's `dateOpenBefore`). */
	dateOpenBefore: v.optional(v.boolean()),
	by: v.optional(FactId)
});

/**
 * An assessment, claim or relationship stated by a source ("IS-K has become the
 * Islamic State's primary operational node", "improving relations between the
 * Taliban and Tehran"): not something a group launched, so it has no `by` and
 * no description. Dated only when the article dates it.
 */
export const AnalysisFactSchema = v.object({
	...base,
	kind: v.literal('analysis'),
	date: v.optional(v.pipe(v.string(), v.regex(ISO_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'))),
	datePrecision: v.optional(v.picklist(DATE_PRECISIONS)),
	/**
	 * Ids of the groups, organizations, people and places the analysis is about,
	 * the one it is mainly about first (the subject of its statement).
	 */
	about: v.optional(v.array(FactId))
});

export const FactSchema = v.variant('kind', [
	EventFactSchema,
	GroupFactSchema,
	OrganizationFactSchema,
	PersonFactSchema,
	PlaceFactSchema,
	FigureFactSchema,
	CampaignFactSchema,
	AnalysisFactSchema
]);

export const SourceSchema = v.object({
	id: SourceIdSchema,
	file: NonEmpty,
	outlet: NonEmpty,
	/** Where the capture was published when it is a republication. */
	via: v.optional(NonEmpty),
	headline: NonEmpty,
	note: v.optional(NonEmpty),
	published: NonEmpty,
	url: v.optional(NonEmpty),
	licence: NonEmpty
});

export type SourceId = v.InferOutput<typeof SourceIdSchema>;
export type Topic = (typeof TOPICS)[number];
export type StudyTopic = (typeof STUDY_TOPICS)[number];
export type Kind = (typeof KINDS)[number];
export type Citation = v.InferOutput<typeof CitationSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type EventFact = v.InferOutput<typeof EventFactSchema>;
export type GroupFact = v.InferOutput<typeof GroupFactSchema>;
export type OrganizationFact = v.InferOutput<typeof OrganizationFactSchema>;
export type PersonFact = v.InferOutput<typeof PersonFactSchema>;
export type PlaceFact = v.InferOutput<typeof PlaceFactSchema>;
export type FigureFact = v.InferOutput<typeof FigureFactSchema>;
export type CampaignFact = v.InferOutput<typeof CampaignFactSchema>;
export type AnalysisFact = v.InferOutput<typeof AnalysisFactSchema>;
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

export interface FactBase {
	/** Content hash-free version stamp: bump when facts change meaning. */
	version: number;
	facts: Fact[];
	sources: Source[];
}
