/**
 * The engine's public types: questions (a discriminated union on `type`),
 * the answers each type takes, and what checking an answer returns.
 */
import type {
	CampaignFact,
	EventFact,
	GroupFact,
	OrganizationFact,
	SourceId,
	StudyTopic
} from '../../../content/schema';

export type {
	Fact,
	FactBase,
	EventFact,
	GroupFact,
	OrganizationFact,
	PersonFact,
	PlaceFact,
	FigureFact,
	CampaignFact,
	AnalysisFact,
	Source,
	SourceId,
	StudyTopic
} from '../../../content/schema';
export { STUDY_TOPICS } from '../../../content/vocabulary';

export type DatePrecision = 'day' | 'month' | 'year';
export type PlaceType = 'city' | 'country' | 'region' | 'site';

/** A group or an organization: both have aliases, a description and a base. */
export type GroupLike = GroupFact | OrganizationFact;
/** Something that happened and may carry a date: an event or a campaign. */
export type Happening = EventFact | CampaignFact;

export const QUESTION_TYPES = [
	'flashcard',
	'mcq',
	'truefalse',
	'cloze',
	'year',
	'timeline',
	'locate',
	'matching'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * What a single-fact question asks, the third part of its id
 * (`${factId}:${type}:${direction}`).
 */
export type FlashcardDirection =
	| 'what' // group, organization or campaign → what it is
	| 'base' // group → where it is based
	| 'date' // event → date
	| 'from-date' // date → event(s)
	| 'events' // place → what happened there
	| 'role' // person → role
	| 'figure'; // figure → the number

export type RelationDirection =
	| 'date' // happening → its date
	| 'event-by-date' // date → which happening
	| 'place' // event → where
	| 'event-at-place' // place → which event happened there
	| 'linked-place' // event → a city or site named in connection with it
	| 'actor' // event → who carried it out
	| 'campaign-by' // campaign → who launched it
	| 'base' // group → where based
	| 'group-by-description' // description → which group
	| 'alias' // group → another name for it
	| 'role' // role → which person
	| 'affiliation' // person → which group
	| 'country' // place → which country
	| 'about'; // analysis → the group it is about (true/false only)

export type McqDirection = Exclude<RelationDirection, 'about'>;
/** True/false statements reuse the relations; a false one swaps the answer for a same-kind element. */
export type TrueFalseDirection = Exclude<
	RelationDirection,
	'event-by-date' | 'event-at-place' | 'alias'
>;
export type MatchingDirection = 'group-description' | 'person-role';

export interface Option {
	id: string;
	label: string;
	/** The fact the option names, when it names one (a group, a place, an event). */
	factId?: string;
}

interface QuestionBase {
	/**
	 * Stable card id: `${factId}:${type}:${direction}`; `date.<ISO date>:flashcard:from-date`
	 * for a date card; `set-<hash>:${type}:${direction}` for timeline and matching.
	 */
	id: string;
	/** The facts the question and its answer come from (show their citations). */
	factIds: string[];
	/** The study topics the question exercises. */
	topics: readonly StudyTopic[];
	/** The question, in plain text. */
	prompt: string;
	/** Set when the question asks for one source's account ("According to The Dispatch, …"). */
	attribution?: SourceId;
}

export interface FlashcardQuestion extends QuestionBase {
	type: 'flashcard';
	direction: FlashcardDirection;
	front: string;
	back: string;
}

export interface McqQuestion extends QuestionBase {
	type: 'mcq';
	direction: McqDirection;
	/** Four options, shuffled with the seed; exactly one is right. */
	options: Option[];
	answerId: string;
}

export interface TrueFalseQuestion extends QuestionBase {
	type: 'truefalse';
	direction: TrueFalseDirection;
	statement: string;
	answer: boolean;
	/** The true statement, to show after answering (equals `statement` when it is true). */
	truth: string;
}

export interface ClozeQuestion extends QuestionBase {
	type: 'cloze';
	/** What was blanked: the id of the named fact, `date` or `value`. */
	direction: string;
	/** The statement with the key term replaced by `BLANK` (every occurrence). */
	text: string;
	/** Accepted answers (the term, the entity's name and every alias). */
	answers: string[];
	/** The term as it stood in the statement. */
	answer: string;
}

export interface YearQuestion extends QuestionBase {
	type: 'year';
	direction: 'year';
	answer: number;
	/** Four years to pick from when not typing; exactly one is right. */
	options: Option[];
	answerId: string;
}

export interface TimelineEvent {
	factId: string;
	label: string;
	/** The date at its precision, to show after answering. */
	dateLabel: string;
}

export interface TimelineQuestion extends QuestionBase {
	type: 'timeline';
	direction: 'chronological';
	/** 4–6 events, shuffled; no two overlap in time at their precision. */
	events: TimelineEvent[];
	/** The fact ids, earliest first. */
	order: string[];
}

export interface LocateTarget {
	lat: number;
	lon: number;
	placeType: PlaceType;
	iso3166?: string;
	name: string;
	country: string;
}

export interface LocateChoice {
	/** A place fact id, or `country:<iso or name>` for a country with no fact of its own. */
	factId: string;
	name: string;
	iso3166?: string;
}

export interface LocateQuestion extends QuestionBase {
	type: 'locate';
	direction: 'point';
	target: LocateTarget;
	/** A point answer within this distance of the target is right. */
	radiusKm: number;
	/** Countries to pick from instead of the map; exactly one is right (`answerChoiceId`). */
	choices: LocateChoice[];
	answerChoiceId: string;
}

export interface MatchingItem {
	id: string;
	label: string;
}

export interface MatchingQuestion extends QuestionBase {
	type: 'matching';
	direction: MatchingDirection;
	/** Names (groups or people), shuffled. `id` is the fact id. */
	left: MatchingItem[];
	/** Descriptions or roles, shuffled. `id` is opaque. */
	right: MatchingItem[];
	/** left id → right id. */
	pairs: Record<string, string>;
}

export type Question =
	| FlashcardQuestion
	| McqQuestion
	| TrueFalseQuestion
	| ClozeQuestion
	| YearQuestion
	| TimelineQuestion
	| LocateQuestion
	| MatchingQuestion;

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

export type LocateAnswer = { lat: number; lon: number } | { iso3166: string } | { factId: string };

/** The answer each question type takes. */
export type AnswerFor<Q extends Question> = Q extends FlashcardQuestion
	? boolean // self-graded: "I knew it"
	: Q extends McqQuestion
		? string // option id
		: Q extends TrueFalseQuestion
			? boolean
			: Q extends ClozeQuestion
				? string // typed text
				: Q extends YearQuestion
					? number | string // typed year, or an option id
					: Q extends TimelineQuestion
						? readonly string[] // fact ids, earliest first
						: Q extends LocateQuestion
							? LocateAnswer
							: Q extends MatchingQuestion
								? Readonly<Record<string, string>> // left id → right id
								: never;

export type Answer = AnswerFor<Question>;

export interface AnswerResult {
	correct: boolean;
	/** The right answer, in words. */
	expected: string;
	/** 0..1: 1 when correct; partial credit for timeline and matching. */
	score: number;
	/** Cloze: one typo away from an accepted answer (still wrong). */
	nearMiss?: boolean;
	/** Locate: distance of the clicked point from the target. */
	distanceKm?: number;
	/** Timeline: for each position of the answer, whether its event is in order with the most others. */
	positions?: boolean[];
	/** Matching: for each left id, whether its pair is right. */
	pairs?: Record<string, boolean>;
}
