/**
 * Claims: one true relation from the fact base, phrased as a question (for
 * multiple choice) and as a statement (for true/false), with a way to draw
 * same-kind elements that would make it false. `mcq.ts` and `truefalse.ts`
 * are both built on these, so the two types share one notion of what is true.
 *
 * A claim is not made when its question would give the answer away (the
 * event's name mentions the place asked for, a campaign's name mentions the
 * group behind it), or when a group's description is too generic to single
 * it out ("major jihadist group": no proper noun in it).
 *
 * An analysis (one outlet's assessment or a stated relationship) makes one
 * claim, for true/false only: its own statement, with the group it is mainly
 * about swapped for a same-kind group that nothing in the fact base ties to
 * it (see `analysisClaims`).
 */
import {
	asStated,
	dateCode,
	endDay,
	formatDate,
	isOpen,
	overlaps,
	startDay,
	type DateValue
} from '../dates';
import {
	countryChoiceId,
	countryDistractors,
	dateDistractors,
	groupDistractors,
	happeningDistractors,
	personDistractors,
	placeDistractors,
	placeOfHappening
} from '../distractors';
import {
	inSentence,
	isAre,
	isPluralName,
	isSpecificDescription,
	leaks,
	leaksFrom,
	mentions,
	sentenceStart,
	undatedLabel,
	wasWere,
	whenQuestion,
	withIndefinite,
	wordKeys
} from '../phrasing';
import {
	countryKey,
	dateOf,
	datelessLabel,
	disagreementsOf,
	eventsWithin,
	isGroupLike,
	linksOf,
	mayBePartOf,
	namesOf,
	namesakes,
	outletOf,
	placeById,
	placesOverlap,
	possibleActors,
	type Truth
} from '../relations';
import { deriveRng, pick, type Rng } from '../rng';
import { answerKey, capitalize, stripFinalStop } from '../text';
import type {
	AnalysisFact,
	Fact,
	GroupLike,
	Happening,
	Option,
	PersonFact,
	PlaceFact,
	RelationDirection,
	StudyTopic
} from '../types';
import { ask, topicList, type GenContext } from './common';
import type { McqDraw } from './mcq';

/**
 * Claims are written with method shorthand (`distractors(r, n) { … }`), not
 * arrow properties: with esbuild's keepNames (tsx, so the tests and the
 * benchmark) every named arrow is wrapped in a defineProperty call, tens of
 * thousands of them on a large fact base.
 */
export interface Claim {
	direction: RelationDirection;
	/** The fact the card belongs to (first part of its id). */
	subjectId: string;
	/** The facts that establish the answer. */
	factIds: string[];
	topics: readonly StudyTopic[];
	/** The question, unattributed. */
	question: string;
	correct: Option;
	/** Up to `needed` same-kind options that are false here. */
	distractors(rng: Rng, needed: number): Option[];
	/** The claim as a sentence with `option` in the answer's place (the true one for `correct`). */
	statement(option: Option): string;
	/**
	 * Its multiple choice draw, once made (see `mcqDraw`). Kept on the claim,
	 * not in a WeakMap: a deck's tens of thousands of short-lived claims as
	 * WeakMap keys cost every minor GC.
	 */
	draw?: McqDraw;
}

/**
 * "on 3 January 2024", "in August 2023", "in 2021": the date, or `shown` for
 * it (an option's label, the date with its open ends), after its preposition.
 */
export function datePhrase(d: DateValue, shown = formatDate(d)): string {
	return `${d.precision === 'day' ? 'on' : 'in'} ${shown}`;
}

/** A description or role as it reads after "is": no final stop, with an article where it needs one. */
export function nounPhrase(text: string): string {
	return withIndefinite(stripFinalStop(text));
}

/**
 * A name as an option label, capitalised as the other options are ("leaders
 * in Tehran" alone in lower case would stand out), except a name that starts
 * with a particle written in lower case: "al-Qaeda", as elsewhere.
 */
function asOption(name: string): string {
	return /^\p{Ll}{1,3}-/u.test(name) ? name : capitalize(name);
}

function kindWord(f: Fact): string {
	return f.kind === 'organization' ? 'organization' : f.kind === 'person' ? 'person' : 'group';
}

const namedOptions = new WeakMap<Fact, Option>();

/**
 * A fact as an option. Under its own name it is one frozen object, shared by
 * every card that offers it: a large deck offers the same facts tens of
 * thousands of times.
 */
function factOption(f: Fact, label = f.name): Option {
	if (label !== f.name) return { id: f.id, label, factId: f.id };
	let option = namedOptions.get(f);
	if (!option) namedOptions.set(f, (option = Object.freeze({ id: f.id, label, factId: f.id })));
	return option;
}

const dateOptions = new Map<number, Option>();

/**
 * A date as an option, labelled as `formatDate` shows it (its day, month or
 * year: `dateCode` says all of that). One frozen object per date shown: a
 * large deck offers the same dates thousands of times.
 */
function dateOption(d: DateValue): Option {
	const code = dateCode(d);
	let option = dateOptions.get(code);
	if (!option) {
		if (dateOptions.size > 50_000) dateOptions.clear();
		const label = formatDate(d);
		dateOptions.set(code, (option = Object.freeze({ id: `date:${label}`, label })));
	}
	return option;
}

/** An option's label as it reads inside a sentence. */
function optionPhrase(truth: Truth, o: Option, start = false): string {
	const f = o.factId ? truth.byId.get(o.factId) : undefined;
	if (!f) return o.label;
	return start ? sentenceStart(truth, f, o.label) : inSentence(truth, f, o.label);
}

/** True dates for "when was X": X's, its namesakes' and those of accounts disagreeing with it. */
function trueDatesOf(truth: Truth, h: Happening): DateValue[] {
	const ids = [...namesakes(truth, h).map((x) => x.id), ...disagreementsOf(truth, h.id)];
	return ids.map((id) => dateOf(truth, id)).filter((d): d is DateValue => d !== undefined);
}

function excludedIds(truth: Truth, h: Happening): Set<string> {
	return new Set([
		h.id,
		...namesakes(truth, h).map((x) => x.id),
		...disagreementsOf(truth, h.id),
		...linksOf(truth, h.id)
	]);
}

function dateClaims(ctx: GenContext, h: Happening): Claim[] {
	const { truth } = ctx;
	const date = dateOf(truth, h.id);
	const label = undatedLabel(h.name);
	// A date the sources leave open (`dateLatest`, `dateOpenBefore`) may not be the
	// right answer at all: its flashcard gives the range instead.
	if (!date || label === '' || isOpen(date)) return [];
	// "When was the earlier Shahcheragh shrine attack?": one of two of that name.
	const told = datelessLabel(truth, h);
	const the = inSentence(truth, h, told);
	const The = sentenceStart(truth, h, told);
	const verbed = h.kind === 'campaign' ? 'began' : wasWere(the);
	const trueDates = trueDatesOf(truth, h);
	// "Which of these happened in December 2023?" asks about the date as stated.
	const statedDates = trueDates.map(asStated);
	const questionEnd = endDay(asStated(date));
	const exclude = excludedIds(truth, h);
	const labelKey = answerKey(label);
	return [
		{
			direction: 'date',
			subjectId: h.id,
			factIds: [h.id],
			topics: topicList('dates'),
			question: whenQuestion('When', h.kind, the),
			correct: dateOption(date),
			distractors(r, n) {
				return dateDistractors(truth, r, date, trueDates, n, exclude).map(dateOption);
			},
			statement(o) {
				return `${The} ${verbed} ${datePhrase(date, o.label)}.`;
			}
		},
		{
			direction: 'event-by-date',
			subjectId: h.id,
			factIds: [h.id],
			topics: topicList('dates'),
			question: `Which of these happened ${datePhrase(date)}?`,
			correct: factOption(h, label),
			distractors(r, n) {
				return happeningDistractors(
					truth,
					r,
					h,
					truth.dated,
					{ date },
					(x) => {
						if (exclude.has(x.id)) return true;
						const xl = truth.labelKeys.get(x.id) ?? '';
						if (xl === '' || xl === labelKey) return true;
						// The label names its namesakes too (the other "Shahcheragh shrine attack"),
						// and a campaign may still be going on at any date after it began.
						for (const n of namesakes(truth, x)) {
							const d = dateOf(truth, n.id);
							if (d === undefined || statedDates.some((t) => overlaps(t, d))) return true;
							if (n.kind === 'campaign' && startDay(d) <= questionEnd) return true;
						}
						return false;
					},
					n,
					(x) => truth.labelKeys.get(x.id) ?? x.id
				).map((x) => factOption(x, undatedLabel(x.name)));
			},
			statement(o) {
				return `${optionPhrase(truth, o, true)} happened ${datePhrase(date)}.`;
			}
		}
	];
}

function eventPlaceClaims(ctx: GenContext, h: Happening, rng: Rng): Claim[] {
	const { truth } = ctx;
	if (h.kind !== 'event') return [];
	const claims: Claim[] = [];
	const the = inSentence(truth, h);
	const The = sentenceStart(truth, h);
	const links = linksOf(truth, h.id);
	const place = placeById(truth, h.placeId);
	const leaksName = leaksFrom(h.name, truth);
	const truePlaces: PlaceFact[] = place ? [place] : [];
	for (const id of [...disagreementsOf(truth, h.id), ...namesakes(truth, h).map((x) => x.id)]) {
		const other = truth.byId.get(id);
		const p = other?.kind === 'event' ? placeById(truth, other.placeId) : undefined;
		if (p) truePlaces.push(p);
	}
	if (place && !leaksName(namesOf(place))) {
		claims.push({
			direction: 'place',
			subjectId: h.id,
			factIds: [h.id, place.id],
			topics: topicList('geography'),
			question: `Where did ${the} take place?`,
			correct: factOption(place),
			distractors(r, n) {
				return placeDistractors(
					truth,
					r,
					place,
					(p) =>
						links.has(p.id) ||
						leaksName(namesOf(p)) ||
						truePlaces.some((t) => placesOverlap(truth, p, t)),
					n
				).map((f) => factOption(f));
			},
			statement(o) {
				return `${The} took place in ${optionPhrase(truth, o)}.`;
			}
		});
	}
	// Cities (or sites) the event is linked to, other than where it happened:
	// "Which city is named in connection with the suspected Christmas and New Year’s plot?"
	const linkedPlaces = [...links]
		.map((id) => placeById(truth, id))
		.filter(
			(p): p is PlaceFact => p !== undefined && (p.place.type === 'city' || p.place.type === 'site')
		)
		.filter((p) => p.id !== place?.id);
	const answer = pick(
		rng,
		linkedPlaces.filter((p) => !leaksName(namesOf(p)))
	);
	if (answer) {
		// Also true, or not ruled out: the places of linked events, and places
		// linked to those ("the Kerman blast follows two attacks on the shrine").
		const allTrue = [...linkedPlaces, ...truePlaces];
		for (const id of links) {
			const other = truth.byId.get(id);
			// An analysis reading the event names places in connection with it too.
			if (other?.kind !== 'event' && other?.kind !== 'campaign' && other?.kind !== 'analysis')
				continue;
			const p = other.kind === 'event' ? placeById(truth, other.placeId) : undefined;
			if (p) allTrue.push(p);
			for (const l of linksOf(truth, id)) {
				const q = placeById(truth, l);
				if (q) allTrue.push(q);
			}
		}
		claims.push({
			direction: 'linked-place',
			subjectId: h.id,
			factIds: [h.id, answer.id],
			topics: topicList('geography'),
			question: `Which ${answer.place.type} is named in connection with ${the}?`,
			correct: factOption(answer),
			distractors(r, n) {
				return placeDistractors(
					truth,
					r,
					answer,
					(p) =>
						links.has(p.id) ||
						leaksName(namesOf(p)) ||
						allTrue.some((t) => placesOverlap(truth, p, t)),
					n
				).map((f) => factOption(f));
			},
			statement(o) {
				return `${optionPhrase(truth, o, true)} is named in connection with ${the}.`;
			}
		});
	}
	return claims;
}

/**
 * Whether an option for who was behind `h` may be true. Made when the
 * claim's options are drawn, not with the claim: `possibleActors` builds
 * sets, and a third of the events name no actor to ask about.
 */
function wrongActorTest(
	truth: Truth,
	h: Happening,
	leaksName: (names: readonly string[]) => boolean
): (f: Fact) => boolean {
	const possible = possibleActors(truth, h);
	return (f) => possible.has(f.id) || leaksName(namesOf(f));
}

function actorClaims(ctx: GenContext, h: Happening, rng: Rng): Claim[] {
	const { truth } = ctx;
	const the = inSentence(truth, h);
	const leaksName = leaksFrom(h.name, truth);
	if (h.kind === 'event') {
		const actors = (h.actors ?? [])
			.map((id) => truth.byId.get(id))
			.filter((f): f is GroupLike | PersonFact => isGroupLike(f) || f?.kind === 'person')
			.filter((f) => !leaksName(namesOf(f)));
		const actor = pick(rng, actors);
		if (!actor) return [];
		// "Which group claimed the Kerman bombings?": what the sources report, not more.
		// A state body carries out arrests: "was behind" would read as an accusation.
		const verb = h.actorsClaimed ? 'claimed' : actor.kind === 'organization' ? 'carried out' : null;
		return [
			{
				direction: 'actor',
				subjectId: h.id,
				factIds: [h.id, actor.id],
				topics: topicList('groups'),
				question:
					actor.kind === 'person'
						? `Who ${verb ?? 'was behind'} ${the}?`
						: `Which ${kindWord(actor)} ${verb ?? 'was behind'} ${the}?`,
				correct: factOption(actor),
				distractors(r, n) {
					const isTrue = wrongActorTest(truth, h, leaksName);
					return (
						actor.kind === 'person'
							? personDistractors(truth, r, actor, isTrue, n)
							: groupDistractors(truth, r, actor, isTrue, n)
					).map((f) => factOption(f));
				},
				statement(o) {
					return `${optionPhrase(truth, o, true)} ${verb ?? `${wasWere(o.label)} behind`} ${the}.`;
				}
			}
		];
	}
	const by = h.by ? truth.byId.get(h.by) : undefined;
	if (!isGroupLike(by) || leaksName(namesOf(by)) || leaks(h.description, namesOf(by), truth))
		return [];
	return [
		{
			direction: 'campaign-by',
			subjectId: h.id,
			factIds: [h.id, by.id],
			topics: topicList('groups'),
			question: `Which ${kindWord(by)} is behind ${the}?`,
			correct: factOption(by),
			distractors(r, n) {
				const isTrue = wrongActorTest(truth, h, leaksName);
				return groupDistractors(truth, r, by, isTrue, n).map((f) => factOption(f));
			},
			statement(o) {
				return `${optionPhrase(truth, o, true)} ${isAre(o.label)} behind ${the}.`;
			}
		}
	];
}

const byFirstWordCache = new WeakMap<Truth, Map<string, Fact[]>>();

const mentionedCache = new WeakMap<Truth, Map<string, readonly Fact[]>>();

/**
 * Places, groups and people that a text names (by name or alias). Cached per
 * fact base: matching asks it of the same descriptions for every pair it tries.
 */
export function mentionedFacts(truth: Truth, text: string): readonly Fact[] {
	let cache = mentionedCache.get(truth);
	if (!cache) mentionedCache.set(truth, (cache = new Map()));
	let facts = cache.get(text);
	if (!facts) cache.set(text, (facts = findMentioned(truth, text)));
	return facts;
}

function findMentioned(truth: Truth, text: string): Fact[] {
	let index = byFirstWordCache.get(truth);
	if (!index) {
		index = new Map();
		for (const f of truth.facts) {
			if (f.kind !== 'place' && !isGroupLike(f) && f.kind !== 'person') continue;
			for (const n of namesOf(f)) {
				const w = answerKey(n.split(/[^\p{L}\p{N}]+/u).find((x) => x !== '') ?? '');
				if (!w) continue;
				const list = index.get(w);
				if (list) list.push(f);
				else index.set(w, [f]);
			}
		}
		byFirstWordCache.set(truth, index);
	}
	const out = new Set<Fact>();
	for (const word of wordKeys(text)) {
		for (const f of index.get(word) ?? []) if (mentions(text, namesOf(f))) out.add(f);
	}
	return [...out];
}

/** Groups within two group-to-group links of `g` (parents, branches, partners and theirs). */
function groupNeighbourhood(truth: Truth, g: GroupLike): Set<string> {
	const out = new Set<string>([g.id]);
	let frontier = [g.id];
	for (let depth = 0; depth < 2; depth++) {
		const next: string[] = [];
		for (const id of frontier) {
			for (const l of linksOf(truth, id)) {
				if (!out.has(l) && isGroupLike(truth.byId.get(l))) {
					out.add(l);
					next.push(l);
				}
			}
		}
		frontier = next;
	}
	return out;
}

function groupClaims(ctx: GenContext, g: GroupLike, rng: Rng): Claim[] {
	const { truth } = ctx;
	const claims: Claim[] = [];
	const links = linksOf(truth, g.id);
	const G = sentenceStart(truth, g);
	const gIn = inSentence(truth, g);
	const base = placeById(truth, g.basedIn);
	const be = isAre(g.name);
	const leaksName = leaksFrom(g.name, truth);
	const leaksDescription = leaksFrom(g.description, truth);
	if (base && !leaksName(namesOf(base))) {
		claims.push({
			direction: 'base',
			subjectId: g.id,
			factIds: [g.id, base.id],
			topics: topicList('groups', 'geography'),
			question: `Where ${be} ${gIn} based?`,
			correct: factOption(base),
			distractors(r, n) {
				return placeDistractors(
					truth,
					r,
					base,
					(p) => links.has(p.id) || placesOverlap(truth, p, base) || leaksName(namesOf(p)),
					n
				).map((f) => factOption(f));
			},
			statement(o) {
				return `${G} ${be} based in ${optionPhrase(truth, o)}.`;
			}
		});
	}
	const description = nounPhrase(g.description);
	if (
		isSpecificDescription(g.description) &&
		!g.describesOthersToo &&
		!leaksDescription(namesOf(g))
	) {
		const near = groupNeighbourhood(truth, g);
		const descKey = answerKey(g.description);
		const baseKey = base ? countryKey(truth, base) : undefined;
		// Facts the description names ("… active in Pakistan", "… by the Quds Force"):
		// a group tied to one of them might fit the description too.
		const named = mentionedFacts(truth, g.description);
		const plural = isPluralName(description);
		const question = plural
			? `Which ${kindWord(g)} is described as “${description}”?`
			: `Which ${kindWord(g)} is ${description}?`;
		claims.push({
			direction: 'group-by-description',
			subjectId: g.id,
			factIds: [g.id],
			topics: topicList('groups'),
			question,
			correct: factOption(g),
			distractors(r, n) {
				return groupDistractors(
					truth,
					r,
					g,
					(x) => {
						// Cheapest first: most groups turned down are based in the same country.
						if (near.has(x.id)) return true;
						const xb = placeById(truth, x.basedIn);
						if (baseKey !== undefined && xb !== undefined && countryKey(truth, xb) === baseKey)
							return true;
						if (mayBePartOf(truth, g, x)) return true;
						if (answerKey(x.description) === descKey) return true;
						if (leaksDescription(namesOf(x))) return true;
						const xl = linksOf(truth, x.id);
						return named.some(
							(f) =>
								f.id === x.basedIn ||
								xl.has(f.id) ||
								(xb !== undefined && f.kind === 'place' && placesOverlap(truth, f, xb))
						);
					},
					n,
					// Every group based in the same country is turned down above: not drawn first.
					baseKey === undefined
				).map((f) => factOption(f));
			},
			statement(o) {
				return plural
					? `${optionPhrase(truth, o, true)} ${isAre(o.label)} described as “${description}”.`
					: `${optionPhrase(truth, o, true)} ${isAre(o.label)} ${description}.`;
			}
		});
	}
	const alias = pick(
		rng,
		g.aliases.filter((a) => !leaks(g.name, [a], truth) && !leaks(a, [g.name], truth))
	);
	if (alias) {
		claims.push({
			direction: 'alias',
			subjectId: g.id,
			factIds: [g.id],
			topics: topicList('groups'),
			question: `Which is another name for ${gIn}?`,
			correct: { id: `${g.id}#alias`, label: asOption(alias), factId: g.id },
			distractors(r, n) {
				return groupDistractors(truth, r, g, () => false, n).map((x) => ({
					id: `${x.id}#alias`,
					label: asOption(pick(r, namesOf(x)) ?? x.name),
					factId: x.id
				}));
			},
			statement(o) {
				return `${o.label} is another name for ${gIn}.`;
			}
		});
	}
	return claims;
}

function personClaims(ctx: GenContext, p: PersonFact): Claim[] {
	const { truth } = ctx;
	const claims: Claim[] = [];
	const links = linksOf(truth, p.id);
	const role = nounPhrase(p.role);
	const leaksRole = leaksFrom(p.role, truth);
	// Of someone who has died: "Who was …?", "… was affiliated with …".
	const is = p.deceased ? 'was' : 'is';
	if (!leaksRole(namesOf(p))) {
		claims.push({
			direction: 'role',
			subjectId: p.id,
			factIds: [p.id],
			topics: topicList('groups'),
			question: `Who ${is} ${role}?`,
			correct: factOption(p),
			distractors(r, n) {
				return personDistractors(
					truth,
					r,
					p,
					(x) =>
						links.has(x.id) ||
						(p.affiliation !== undefined && x.affiliation === p.affiliation) ||
						leaksRole(namesOf(x)),
					n
				).map((f) => factOption(f));
			},
			statement(o) {
				return `${o.label} ${is} ${role}.`;
			}
		});
	}
	const aff = truth.byId.get(p.affiliation ?? '');
	if (isGroupLike(aff)) {
		claims.push({
			direction: 'affiliation',
			subjectId: p.id,
			factIds: [p.id, aff.id],
			topics: topicList('groups'),
			question: `Which ${kindWord(aff)} ${is} ${p.name} affiliated with?`,
			correct: factOption(aff),
			distractors(r, n) {
				return groupDistractors(
					truth,
					r,
					aff,
					(g) => links.has(g.id) || mayBePartOf(truth, aff, g) || leaksRole(namesOf(g)),
					n
				).map((f) => factOption(f));
			},
			statement(o) {
				return `${p.name} ${is} affiliated with ${optionPhrase(truth, o)}.`;
			}
		});
	}
	return claims;
}

function placeClaims(ctx: GenContext, place: PlaceFact, rng: Rng): Claim[] {
	const { truth } = ctx;
	const claims: Claim[] = [];
	const type = place.place.type;
	const P = sentenceStart(truth, place);
	const pIn = inSentence(truth, place);
	if (type === 'city' || type === 'site') {
		const key = countryKey(truth, place);
		const country = truth.countries.get(key);
		if (country && !leaks(place.name, [country.name], truth)) {
			const countryFact = country.factId ? truth.byId.get(country.factId) : undefined;
			claims.push({
				direction: 'country',
				subjectId: place.id,
				factIds: country.factId ? [place.id, country.factId] : [place.id],
				topics: topicList('geography'),
				question: `In which country is ${pIn}?`,
				correct: {
					id: countryChoiceId(country),
					label: countryFact?.name ?? country.name,
					...(country.factId ? { factId: country.factId } : {})
				},
				distractors(r, n) {
					return countryDistractors(truth, r, key, place.place, n).map((c) => ({
						id: countryChoiceId(c),
						label: c.name,
						...(c.factId ? { factId: c.factId } : {})
					}));
				},
				statement(o) {
					return `${P} ${isAre(place.name)} in ${optionPhrase(truth, o)}.`;
				}
			});
		}
	}
	// Which event happened here: events within this place whose name does not give it away.
	const names = namesOf(place);
	const here = eventsWithin(truth, place).filter((e) => ask(ctx, [e.id]).ok);
	const event = pick(
		rng,
		here.filter((e) => !leaks(e.name, names, truth))
	);
	const at = type === 'site' ? 'at' : 'in';
	if (event) {
		const links = linksOf(truth, place.id);
		const hereIds = new Set(here.map((e) => e.id));
		claims.push({
			direction: 'event-at-place',
			subjectId: place.id,
			factIds: [place.id, event.id],
			topics: topicList('geography'),
			question: `Which of these happened ${at} ${pIn}?`,
			correct: factOption(event),
			distractors(r, n) {
				return happeningDistractors(
					truth,
					r,
					event,
					eventsWithPlace(truth),
					{ point: place.place, countryKey: countryKey(truth, place) },
					(h) => {
						if (hereIds.has(h.id) || links.has(h.id) || leaks(h.name, names, truth)) return true;
						if (namesakes(truth, h).some((x) => hereIds.has(x.id))) return true;
						const p = placeOfHappening(truth, h);
						return p === undefined || placesOverlap(truth, p, place);
					},
					n
				).map((f) => factOption(f));
			},
			statement(o) {
				return `${optionPhrase(truth, o, true)} happened ${at} ${pIn}.`;
			}
		});
	}
	return claims;
}

const eventsWithPlaceCache = new WeakMap<Truth, Happening[]>();
function eventsWithPlace(truth: Truth): Happening[] {
	let list = eventsWithPlaceCache.get(truth);
	if (!list) {
		list = truth.events.filter((e) => placeById(truth, e.placeId) !== undefined);
		eventsWithPlaceCache.set(truth, list);
	}
	return list;
}

/** At most this many occurrences of the swapped name in an analysis statement. */
const MAX_SWAPS = 2;

/**
 * True/false on an analysis: the outlet's statement as it stands, or with
 * the group it is mainly about (the first of `about`) swapped for another
 * group of the same kind. Made only when the swap is safe:
 *
 * - the analysis is one outlet's claim (`claimOf`, "According to The
 *   Dispatch, …"), so the swapped statement is not what that outlet said, whatever
 *   else may be true of the other group;
 * - the group is named in the statement as a plain noun phrase ("the Islamic
 *   State seeks", "IS-K’s antipathy"; not "Islamic State networks", not
 *   "Iran’s Quds Force"), at most twice and never inside a quotation;
 * - the other group is of the same kind, takes "the" as the group does and
 *   agrees in number with it, is not named in the statement (even in another
 *   form: "Afghan" for "Afghanistan"), may not be part of the group or share a
 *   name with it, is not linked to the analysis, to anything the analysis is
 *   about or related to, or to the group, and neither it nor a partner of it
 *   is based in a place the analysis is about or names.
 */
function analysisClaims(ctx: GenContext, a: AnalysisFact): Claim[] {
	const { truth } = ctx;
	if (!a.claimOf) return [];
	const subject = truth.byId.get(a.about?.[0] ?? '');
	if (!isGroupLike(subject)) return [];
	const occurrences = nameOccurrences(a.statement, namesOf(subject));
	if (occurrences === null || occurrences.length === 0 || occurrences.length > MAX_SWAPS) return [];
	const article = inSentence(truth, subject).startsWith('the ');
	for (const [start] of occurrences) {
		const before = a.statement.slice(0, start);
		if (/(?:^|\s)the\s$/i.test(before) !== article) return [];
	}
	const plural = isPluralName(subject.name);
	const tied = new Set<string>([a.id, ...linksOf(truth, a.id)]);
	for (const id of [...tied]) for (const l of linksOf(truth, id)) tied.add(l);
	for (const l of linksOf(truth, subject.id)) tied.add(l);
	const named = new Set(mentionedFacts(truth, a.statement).map((f) => f.id));
	const places = [...(a.about ?? []), ...named]
		.map((id) => placeById(truth, id))
		.filter((p): p is PlaceFact => p !== undefined);
	// Based where the analysis is about, or partner of a group based there
	// (Tehran's relations: not a brigade the Quds Force deploys).
	const basedThere = (g: GroupLike) =>
		[g.id, ...linksOf(truth, g.id)].some((id) => {
			const x = truth.byId.get(id);
			const base = isGroupLike(x) ? placeById(truth, x.basedIn) : undefined;
			return base !== undefined && places.some((p) => placesOverlap(truth, p, base));
		});
	const leaksStatement = leaksFrom(a.statement, truth);
	const isTrue = (g: GroupLike) =>
		tied.has(g.id) ||
		named.has(g.id) ||
		basedThere(g) ||
		mayBePartOf(truth, subject, g) ||
		isPluralName(g.name) !== plural ||
		inSentence(truth, g).startsWith('the ') !== article ||
		leaksStatement(namesOf(g));
	// No safe swap, no claim: a true/false that could only ever be true is not asked.
	// (Whether one exists does not depend on the seed: the draw scans the whole pool.)
	if (groupDistractors(truth, deriveRng(0, a.id, 'about'), subject, isTrue, 1).length === 0)
		return [];
	const fill = (name: string): string => {
		let out = '';
		let last = 0;
		for (const [s, e] of occurrences) {
			const at = s === 0 ? name.charAt(0).toUpperCase() + name.slice(1) : name;
			out += a.statement.slice(last, s) + at;
			last = e;
		}
		return out + a.statement.slice(last);
	};
	return [
		{
			direction: 'about',
			subjectId: a.id,
			factIds: [a.id, subject.id],
			topics: topicList('groups'),
			question: `Which ${kindWord(subject)} does ${outletOf(truth, a.claimOf)} say this of?`, // not asked (mcq.ts)
			correct: factOption(subject),
			distractors(r, n) {
				return groupDistractors(truth, r, subject, isTrue, n).map((g) => factOption(g));
			},
			statement(o) {
				return o.id === subject.id ? a.statement : fill(o.label);
			}
		}
	];
}

/**
 * [start, end) of every whole-word occurrence of any of `names` in `text`
 * (case-insensitive, longest form first), or null when one is inside
 * quotation marks.
 */
function nameOccurrences(text: string, names: readonly string[]): Array<[number, number]> | null {
	const lower = text.toLowerCase();
	const quotes: Array<[number, number]> = [];
	const re = /“[^”]*”|"[^"]*"|«[^»]*»/g;
	for (let m = re.exec(text); m; m = re.exec(text)) quotes.push([m.index, m.index + m[0].length]);
	const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
	const hits: Array<[number, number]> = [];
	const forms = [...new Set(names.map((n) => n.toLowerCase()))]
		.filter((n) => n.trim() !== '')
		.sort((x, y) => y.length - x.length);
	for (const form of forms) {
		for (let at = lower.indexOf(form); at >= 0; at = lower.indexOf(form, at + 1)) {
			const end = at + form.length;
			if (isWord(text[at - 1]) || isWord(text[end])) continue;
			if (quotes.some(([s, e]) => at >= s && at < e)) return null;
			if (hits.some(([s, e]) => at < e && end > s)) continue;
			hits.push([at, end]);
		}
	}
	return hits.sort((x, y) => x[0] - y[0]);
}

const claimsCache = new WeakMap<GenContext, Map<string, Claim[]>>();

/**
 * Every claim the fact base supports about one fact, for this context (its
 * own picks seeded from the context's seed and the fact id; cached so that
 * multiple choice and true/false share them).
 */
export function claimsOf(ctx: GenContext, fact: Fact): Claim[] {
	let map = claimsCache.get(ctx);
	if (!map) claimsCache.set(ctx, (map = new Map()));
	let claims = map.get(fact.id);
	if (!claims) {
		claims = freshClaims(ctx, fact);
		map.set(fact.id, claims);
	}
	return claims;
}

/**
 * The claims `claimsOf` gives, built without caching them: for a caller that
 * makes every question about a fact at once (the study deck), so the claims
 * and their closures do not outlive it.
 */
export function freshClaims(ctx: GenContext, fact: Fact): Claim[] {
	return claimsFor(ctx, fact, deriveRng(ctx.seed, fact.id, 'claims'));
}

/** Every claim the fact base supports about one fact. */
export function claimsFor(ctx: GenContext, fact: Fact, rng: Rng): Claim[] {
	switch (fact.kind) {
		case 'event':
		case 'campaign':
			return [
				...dateClaims(ctx, fact),
				...eventPlaceClaims(ctx, fact, rng),
				...actorClaims(ctx, fact, rng)
			];
		case 'group':
		case 'organization':
			return groupClaims(ctx, fact, rng);
		case 'person':
			return personClaims(ctx, fact);
		case 'place':
			return placeClaims(ctx, fact, rng);
		case 'analysis':
			return analysisClaims(ctx, fact);
		case 'figure':
			return [];
	}
}
