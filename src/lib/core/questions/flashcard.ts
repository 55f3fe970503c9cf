/**
 * Flashcards (front/back, self-graded), in both directions where it makes
 * sense: group → what it is / where it is based; event → date; date →
 * event(s); place → what happened there; person → role; campaign → what it
 * is; figure → the number. An analysis gets none: it is a claim about
 * something, not a thing to define ("What is the Sunni-Shia divide?").
 */
import { aliasesOf } from '../aliases';
import {
	asStated,
	dateCode,
	dateKey,
	endDay,
	formatDate,
	interval,
	parseDate,
	startDay,
	type DateValue
} from '../dates';
import {
	dateOf,
	datelessLabel,
	eventsWithin,
	happeningsWithin,
	isPlain,
	linksOf,
	namesOf,
	outletOf,
	placeById,
	placesOverlap,
	type Truth
} from '../relations';
import { inSentence, isAre, leaks, mentions, undatedLabel, whenQuestion } from '../phrasing';
import { answerKey, capitalize, stripFinalStop } from '../text';
import { numberInWords } from '../number-words';
import type {
	CampaignFact,
	Fact,
	FigureFact,
	FlashcardDirection,
	FlashcardQuestion,
	GroupLike,
	Happening,
	PlaceFact,
	StudyTopic
} from '../types';
import { datePhrase } from './claims';
import {
	ask,
	attributeQuestion,
	cardId,
	factStudyTopics,
	topicList,
	type GenContext
} from './common';

/**
 * The most happenings one card's back may list ("What happened in Iran?").
 * More is not a recall a learner can grade ("What happened in 2019?" with a
 * hundred answers), so no such card is made.
 */
export const MAX_LISTED = 8;

/**
 * Whether a happening goes in such a list: not when its sources disagree, but
 * one source's account does, named as such, for the list is not whole without
 * it (other cards take the round-up in Iran as an answer).
 */
function listable(truth: Truth, h: Happening): boolean {
	return !truth.contested.has(h.id);
}

/**
 * Happenings listed on a card's back. A semicolon between them: their names
 * have commas and "and" of their own ("Joint Belgian, Dutch and German operation").
 */
function happeningList(truth: Truth, happenings: readonly Happening[]): string {
	return happenings.map((h) => happeningLine(truth, h)).join('; ');
}

function card(
	ctx: GenContext,
	subjectId: string,
	direction: FlashcardDirection,
	factIds: string[],
	topics: readonly StudyTopic[],
	question: string,
	front: string,
	back: string,
	// The facts the question is asked of; a list names its one-source items itself.
	askedOf: readonly string[] = factIds
): FlashcardQuestion | null {
	const askable = ask(ctx, askedOf);
	if (!askable.ok) return null;
	const id = cardId(subjectId, 'flashcard', direction);
	const attribution = askable.attribution;
	const prompt = attributeQuestion(ctx, question, attribution);
	// With or without `attribution`: two literals, not a spread (see `ask`).
	return attribution
		? { id, type: 'flashcard', direction, factIds, topics, prompt, attribution, front, back }
		: { id, type: 'flashcard', direction, factIds, topics, prompt, front, back };
}

/** Thousands separated with commas, independent of the locale data available. */
export function formatNumber(n: number): string {
	const [int, frac] = String(Math.abs(n)).split('.');
	const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	return `${n < 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** "nearly 100 people killed", "two suicide bombings" (one to nine in words, as the articles write them). */
export function figurePhrase(f: FigureFact): string {
	const n = f.value >= 1 && f.value <= 9 ? numberInWords(f.value)[0] : formatNumber(f.value);
	return `${f.qualifier ? `${f.qualifier} ` : ''}${n} ${f.unit}`;
}

/**
 * " (also ISIS-K, …)": each other name once, as a reader sees it ("Islamic
 * State-Khorasan" and "Islamic State–Khorasan" are kept for typed answers).
 */
function alsoKnownAs(f: Fact): string {
	const seen = new Set([answerKey(f.name)]);
	const shown = aliasesOf(f).filter((a) => !seen.has(answerKey(a)) && seen.add(answerKey(a)));
	return shown.length > 0 ? ` (also ${shown.join(', ')})` : '';
}

function groupCards(ctx: GenContext, g: GroupLike): FlashcardQuestion[] {
	const out: Array<FlashcardQuestion | null> = [];
	const aka = alsoKnownAs(g);
	out.push(
		card(
			ctx,
			g.id,
			'what',
			[g.id],
			topicList('groups'),
			`What ${isAre(g.name)} ${inSentence(ctx.truth, g)}?`,
			`${g.name}${aka}`,
			`${capitalize(stripFinalStop(g.description))}.`
		)
	);
	const base = placeById(ctx.truth, g.basedIn);
	if (base && !leaks(g.name, namesOf(base), ctx.truth)) {
		out.push(
			card(
				ctx,
				g.id,
				'base',
				[g.id, base.id],
				topicList('groups', 'geography'),
				`Where ${isAre(g.name)} ${inSentence(ctx.truth, g)} based?`,
				g.name,
				placeLabel(base)
			)
		);
	}
	return out.filter((c): c is FlashcardQuestion => c !== null);
}

function placeLabel(p: PlaceFact): string {
	return p.place.type === 'city' || p.place.type === 'site'
		? `${p.name}, ${p.place.country}`
		: p.name;
}

/**
 * "Kerman bombings (3 January 2024)"; "Round-up … (January 2024; reported by
 * The Dispatch)": one source's account is named as such, without saying the
 * date is that source's (it may be worked out from the article's own date);
 * a date the sources leave open says so, as the event's own card does.
 */
function happeningLine(truth: Truth, h: Happening): string {
	const d = dateOf(truth, h.id);
	const label = undatedLabel(h.name) || h.name;
	const ends = openEnds(h);
	const when = d ? (ends ? `${formatDate(d)}, ${ends}` : formatDate(d)) : '';
	const source = h.claimOf ? `reported by ${outletOf(truth, h.claimOf)}` : '';
	const notes = [when, source].filter((n) => n !== '').join('; ');
	return notes ? `${label} (${notes})` : label;
}

/** The ids of the happenings that are not one source's account: what a list card is asked of. */
function plainIds(truth: Truth, happenings: readonly Happening[]): string[] {
	return happenings.filter((h) => isPlain(truth, h)).map((h) => h.id);
}

/**
 * "possibly as late as January 2024", "possibly earlier": what the
 * sources allow beyond the event's date.
 */
function openEnds(h: Happening): string {
	const latest = h.kind === 'event' && h.dateLatest ? parseDate(h.dateLatest) : null;
	const parts = [
		...(h.dateOpenBefore ? ['earlier'] : []),
		...(latest ? [`as late as ${formatDate(latest)}`] : [])
	];
	return parts.length > 0 ? `possibly ${parts.join(', or ')}` : '';
}

/**
 * " Launched by the Islamic State in January 2024 (possibly earlier).": who
 * and when, as far as the campaign's name and description do not already say
 * it ("ISIS-K’s propaganda campaign", "… pursued with renewed vigor since 2021":
 * a renewed push was not "launched" in 2021), with the dates the sources leave open.
 */
function launchNote(
	truth: Truth,
	h: CampaignFact,
	by: Fact | undefined,
	d: DateValue | undefined
): string {
	const who =
		by && !mentions(`${h.name} ${h.description}`, namesOf(by))
			? ` by ${inSentence(truth, by)}`
			: '';
	const when =
		d && !mentions(h.description, [String(d.year)]) ? ` ${datePhrase(d, dateWithEnds(d, h))}` : '';
	return who || when ? ` Launched${who}${when}.` : '';
}

/** "December 2023 (possibly as late as January 2024)": a date with what its sources leave open. */
function dateWithEnds(d: DateValue, h: Happening): string {
	const ends = openEnds(h);
	return ends ? `${formatDate(d)} (${ends})` : formatDate(d);
}

function happeningCards(ctx: GenContext, h: Happening): FlashcardQuestion[] {
	const { truth } = ctx;
	const out: Array<FlashcardQuestion | null> = [];
	const d = dateOf(truth, h.id);
	if (h.kind === 'campaign') {
		const by = h.by ? truth.byId.get(h.by) : undefined;
		out.push(
			card(
				ctx,
				h.id,
				'what',
				by ? [h.id, by.id] : [h.id],
				topicList('groups'),
				`What ${isAre(h.name)} ${inSentence(truth, h)}?`,
				h.name,
				`${capitalize(stripFinalStop(h.description))}.${launchNote(truth, h, by, d)}`
			)
		);
	}
	const label = datelessLabel(truth, h);
	if (d && label !== '') {
		out.push(
			card(
				ctx,
				h.id,
				'date',
				[h.id],
				topicList('dates'),
				whenQuestion('When', h.kind, inSentence(truth, h, label)),
				capitalize(label),
				dateWithEnds(d, h)
			)
		);
	}
	if (d) {
		// Date → event: one card per distinct date, made with the first plain happening with it.
		if (isPlain(truth, h) && firstWithDate(truth).get(dateCode(d)) === h.id) {
			const [start, end] = interval(asStated(d));
			const within = happeningsWithin(truth, start, end).filter((x) => listable(truth, x));
			// Sorted only when listed: a year of a large fact base has a hundred.
			if (within.length <= MAX_LISTED) {
				sortChronologically(truth, within);
				out.push(
					card(
						ctx,
						dateSubject(d),
						'from-date',
						within.map((x) => x.id),
						topicList('dates'),
						`What happened ${datePhrase(d)}?`,
						formatDate(d),
						happeningList(truth, within),
						plainIds(truth, within)
					)
				);
			}
		}
	}
	return out.filter((c): c is FlashcardQuestion => c !== null);
}

/**
 * The subject of a date card's id (`date.2024-01-03`): the date itself, not
 * one of its events, so adding an event never moves the card's progress. A dot
 * cannot occur in a fact id, so it never collides with a fact's cards.
 */
export function dateSubject(d: DateValue): string {
	return `date.${dateKey(d)}`;
}

const firstCache = new WeakMap<Truth, Map<number, string>>();

/** Date code → the smallest id among plain happenings with exactly that date. */
export function firstWithDate(truth: Truth): Map<number, string> {
	let map = firstCache.get(truth);
	if (!map) {
		map = new Map();
		for (const h of truth.dated) {
			const d = dateOf(truth, h.id);
			if (!d || !isPlain(truth, h)) continue;
			const code = dateCode(d);
			const cur = map.get(code);
			if (cur === undefined || h.id < cur) map.set(code, h.id);
		}
		firstCache.set(truth, map);
	}
	return map;
}

/**
 * Sorts earliest first, by the end of the date as stated, then its start:
 * "3 January 2024" before "January 2024" (the round-up came after the
 * bombings). Undated last. Each happening's days are read once, not at every
 * comparison.
 */
function sortChronologically(truth: Truth, happenings: Happening[]): void {
	if (happenings.length < 2) return;
	const spans = happenings.map((h) => {
		const d = dateOf(truth, h.id);
		const stated = d ? asStated(d) : undefined;
		return stated
			? { h, end: endDay(stated), start: startDay(stated) }
			: { h, end: Infinity, start: Infinity };
	});
	spans.sort((a, b) => a.end - b.end || a.start - b.start);
	for (let i = 0; i < spans.length; i++) happenings[i] = (spans[i] as (typeof spans)[number]).h;
}

/**
 * Events placed in a region the place lies in and linked to it: the July 2023
 * German and Dutch arrests are placed in Europe, but "What happened in
 * Germany?" without them would be a list too short.
 */
function eventsInvolving(
	truth: Truth,
	place: PlaceFact,
	within: readonly Happening[]
): Happening[] {
	const out: Happening[] = [];
	for (const id of linksOf(truth, place.id)) {
		const e = truth.byId.get(id);
		if (e?.kind !== 'event' || !listable(truth, e) || within.includes(e)) continue;
		const at = placeById(truth, e.placeId);
		if (at?.place.type === 'region' && placesOverlap(truth, at, place)) out.push(e);
	}
	return out;
}

function placeCards(ctx: GenContext, place: PlaceFact): FlashcardQuestion[] {
	const { truth } = ctx;
	const here = eventsWithin(truth, place).filter((e) => listable(truth, e));
	if (here.length === 0) return [];
	const involving = eventsInvolving(truth, place, here);
	if (here.length + involving.length > MAX_LISTED) return [];
	sortChronologically(truth, here);
	sortChronologically(truth, involving);
	const the = inSentence(truth, place);
	const c = card(
		ctx,
		place.id,
		'events',
		[place.id, ...here.map((e) => e.id), ...involving.map((e) => e.id)],
		topicList('geography'),
		`What happened ${place.place.type === 'site' ? 'at' : 'in'} ${the}?`,
		placeLabel(place),
		happeningList(truth, here) +
			(involving.length > 0 ? `. Also involving ${the}: ${happeningList(truth, involving)}` : ''),
		[place.id, ...plainIds(truth, here), ...plainIds(truth, involving)]
	);
	return c ? [c] : [];
}

function figureCard(ctx: GenContext, f: FigureFact): FlashcardQuestion[] {
	const about = ctx.truth.byId.get(f.about);
	const factIds = about ? [f.id, about.id] : [f.id];
	const askable = ask(ctx, factIds);
	if (!askable.ok) return [];
	const id = cardId(f.id, 'flashcard', 'figure');
	const topics = factStudyTopics(ctx, f);
	const attribution = askable.attribution;
	const prompt = f.question
		? attributeQuestion(ctx, f.question, attribution)
		: `${capitalize(f.name)}: ${attributeQuestion(ctx, `How many ${f.unit}?`, attribution)}`;
	const front = f.name;
	const back = `${capitalize(figurePhrase(f))}.`;
	const direction = 'figure';
	// With or without `attribution`: two literals, not a spread (see `ask`).
	return [
		attribution
			? { id, type: 'flashcard', direction, factIds, topics, prompt, attribution, front, back }
			: { id, type: 'flashcard', direction, factIds, topics, prompt, front, back }
	];
}

export function flashcardQuestions(ctx: GenContext, fact: Fact): FlashcardQuestion[] {
	switch (fact.kind) {
		case 'group':
		case 'organization':
			return groupCards(ctx, fact);
		case 'event':
		case 'campaign':
			return happeningCards(ctx, fact);
		case 'place':
			return placeCards(ctx, fact);
		case 'person': {
			const aff = fact.affiliation ? ctx.truth.byId.get(fact.affiliation) : undefined;
			const c = card(
				ctx,
				fact.id,
				'role',
				[fact.id],
				topicList('groups'),
				`Who ${fact.deceased ? 'was' : 'is'} ${fact.name}?`,
				`${fact.name}${alsoKnownAs(fact)}`,
				// "(Quds Force)" only when the role does not say so already.
				`${capitalize(stripFinalStop(fact.role))}.${aff && !leaks(fact.role, namesOf(aff), ctx.truth) ? ` (${aff.name})` : ''}`
			);
			return c ? [c] : [];
		}
		case 'figure':
			return figureCard(ctx, fact);
		case 'analysis':
			return [];
	}
}
