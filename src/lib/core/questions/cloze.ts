/**
 * Cloze: a key term blanked out of a fact's statement (our own words, never a
 * quote; text inside quotation marks is never blanked), answered by typing.
 * The accepted answers are every name of the blanked entity (a group's
 * aliases included), so "ISIS-K" is right for "IS-K".
 *
 * An analysis blanks a name it is about: a group, organization, person or
 * place from its `about`, else one its statement names. Never its own name
 * (an outlet's phrase, "wedge of suspicion", not a term to learn) nor a date.
 */
import { formatDate, MONTHS, type DateValue } from '../dates';
import {
	claimantVia,
	dateOf,
	isGroupLike,
	linksOf,
	namesOf,
	placeById,
	type Truth
} from '../relations';
import type { ClozeQuestion, Fact, StudyTopic } from '../types';
import { mentionedFacts } from './claims';
import { formatNumber } from './flashcard';
import {
	ask,
	attributeStatement,
	cardId,
	factStudyTopics,
	topicList,
	type GenContext
} from './common';
import { outletOf } from '../relations';
import { inSentence, leaks, mentions } from '../phrasing';
import { answerKey, ordinal } from '../text';
import { numberInWords } from '../number-words';

/** What replaces the term in the text. */
export const BLANK = '_____';

/** At most this many blanks in one text (every occurrence of the term is blanked). */
export const MAX_BLANKS = 2;

/** A campaign's own name is blanked only when it is this short. */
const MAX_PHRASE_WORDS = 3;

interface Term {
	/** The card direction: the blanked fact's id, `date` or `value`. */
	key: string;
	/** Forms to look for in the statement. */
	forms: readonly string[];
	/**
	 * Accepted typed answers. Made only for a candidate that is checked (and
	 * then once, for the check and the card): the index holds every fact's
	 * candidates, and most are never reached.
	 */
	answers(): string[];
	topics: readonly StudyTopic[];
	factIds: string[];
	/** What to fill in, when not a name: "Fill in the year." ("in _____" could take a place). */
	prompt?: string;
}

function entityTerm(
	truth: Truth,
	id: string | undefined,
	topics: readonly StudyTopic[]
): Term | null {
	const f = id ? truth.byId.get(id) : undefined;
	if (!f) return null;
	// The fact's own list, not a copy: a term is made for every name in every statement.
	const names = namesOf(f);
	return {
		key: f.id,
		forms: names,
		answers: () => [...names, ...surnames(truth, f), ...countryNamed(truth, f)],
		topics,
		factIds: [f.id]
	};
}

/**
 * The country a state body is named for ("Iranian officials", "Belgian
 * authorities"): "Iran accused Israel …" fills the blank as truly. Not for
 * a name that takes "the": "The _____ collapsed" is not "Afghanistan".
 */
function countryNamed(truth: Truth, f: Fact): readonly string[] {
	if (f.kind !== 'organization' || inSentence(truth, f).startsWith('the ')) return [];
	const base = placeById(truth, f.basedIn);
	if (base?.place.type !== 'country') return [];
	const names = namesOf(base);
	return leaks(f.name, names, truth) ? names : [];
}

/**
 * A person's last name alone ("Soleimani", "Suleimani"), as people are called
 * after first mention, unless another fact goes by that word.
 */
function surnames(truth: Truth, f: Fact): string[] {
	if (f.kind !== 'person') return [];
	const out: string[] = [];
	for (const name of namesOf(f)) {
		const last = name.split(/\s+/).at(-1);
		if (!last || last === name) continue;
		const key = answerKey(last);
		const own = truth.nameKeys.get(f.id)?.has(key) ? 1 : 0;
		if ((truth.nameKeyCounts.get(key) ?? 0) === own) out.push(last);
	}
	return out;
}

function dateTerm(truth: Truth, fact: Fact): Term | null {
	const d = dateOf(truth, fact.id);
	if (!d) return null;
	const forms = [formatDate(d)];
	if (d.precision === 'day') forms.push(`${MONTHS[d.month - 1]} ${d.day}, ${d.year}`);
	const prompt = d.precision === 'year' ? 'Fill in the year.' : 'Fill in the date.';
	return {
		key: 'date',
		forms,
		answers: () => dateAnswers(d, forms),
		topics: topicList('dates'),
		factIds: [],
		prompt
	};
}

/** A date's accepted answers: its forms, then other ways of writing it. */
function dateAnswers(d: DateValue, forms: readonly string[]): string[] {
	const answers = [...forms];
	const month = MONTHS[d.month - 1] ?? '';
	// Abbreviated months as typed or as The Conversation writes them ("Jan. 3, 2024"):
	// answers are compared without punctuation.
	const short = [month.slice(0, 3), ...(month === 'September' ? ['Sept'] : [])];
	if (d.precision === 'day') {
		for (const m of short) answers.push(`${m} ${d.day}, ${d.year}`, `${d.day} ${m} ${d.year}`);
		// "January 4th, 2024", "4th January 2024".
		const nth = ordinal(d.day);
		answers.push(`${month} ${nth}, ${d.year}`, `${nth} ${month} ${d.year}`);
	} else if (d.precision === 'month') {
		for (const m of short) answers.push(`${m} ${d.year}`);
	}
	return answers;
}

/** Whether the text, blanked, still shows an accepted answer that is not a form ("spelled Suleimani"). */
function showsAnotherAnswer(term: Term, answers: readonly string[], text: string): boolean {
	const others = answers.filter((a) => !term.forms.includes(a));
	return others.length > 0 && mentions(text, others);
}

/**
 * Whether a fact linked to the event names another claimant (`claimantVia`:
 * "the Islamic State claimed the Kerman bombings as part of a new campaign"):
 * then "_____ claimed responsibility" has two right answers.
 */
function claimedByAnother(truth: Truth, event: Fact, actor: string): boolean {
	for (const id of linksOf(truth, event.id)) {
		const claimant = claimantVia(truth, truth.byId.get(id));
		if (claimant !== undefined && claimant !== actor) return true;
	}
	return false;
}

/** Candidate terms, most useful first. */
function termsOf(ctx: GenContext, fact: Fact): Term[] {
	const { truth } = ctx;
	const terms: Array<Term | null> = [];
	switch (fact.kind) {
		case 'event':
			terms.push(entityTerm(truth, placeById(truth, fact.placeId)?.id, topicList('geography')));
			for (const a of fact.actors ?? [])
				if (!claimedByAnother(truth, fact, a))
					terms.push(entityTerm(truth, a, topicList('groups')));
			terms.push(dateTerm(truth, fact));
			break;
		case 'campaign':
			// A campaign's own name is a descriptive phrase: blank it only when short.
			if (fact.name.split(/\s+/).length <= MAX_PHRASE_WORDS)
				terms.push(entityTerm(truth, fact.id, topicList('groups')));
			terms.push(entityTerm(truth, fact.by, topicList('groups')), dateTerm(truth, fact));
			break;
		case 'group':
		case 'organization':
			terms.push(entityTerm(truth, fact.id, topicList('groups')));
			terms.push(entityTerm(truth, fact.basedIn, topicList('groups', 'geography')));
			// A place the statement names and the group is linked to ("active in Pakistan"),
			// unless it is part of the group's name (the Islamic Movement of Uzbekistan).
			for (const f of mentionedFacts(truth, fact.statement))
				if (
					f.kind === 'place' &&
					f.id !== fact.basedIn &&
					linksOf(truth, fact.id).has(f.id) &&
					!namesOf(fact).some((n) => leaks(n, namesOf(f), truth))
				)
					terms.push(entityTerm(truth, f.id, topicList('groups', 'geography')));
			break;
		case 'person':
			terms.push(
				entityTerm(truth, fact.id, topicList('groups')),
				entityTerm(truth, fact.affiliation, topicList('groups'))
			);
			break;
		case 'place':
			terms.push(entityTerm(truth, fact.id, topicList('geography')));
			break;
		case 'analysis': {
			const named = mentionedFacts(truth, fact.statement)
				.map((f) => f.id)
				.sort();
			for (const id of [...new Set([...(fact.about ?? []), ...named])]) {
				const f = truth.byId.get(id);
				if (isGroupLike(f) || f?.kind === 'person')
					terms.push(entityTerm(truth, id, topicList('groups')));
				else if (f?.kind === 'place') terms.push(entityTerm(truth, id, topicList('geography')));
			}
			break;
		}
		case 'figure': {
			const forms = [...new Set([formatNumber(fact.value), String(fact.value)])];
			terms.push({
				key: 'value',
				forms,
				// "thirty" for 30: a number in words is as right.
				answers: () => [...forms, ...numberInWords(fact.value)],
				topics: factStudyTopics(ctx, fact),
				factIds: []
			});
			break;
		}
	}
	return terms.filter((t): t is Term => t !== null && t.forms.length > 0);
}

/** [start, end) ranges of the text inside quotation marks. */
function quotedRanges(text: string): Array<[number, number]> {
	const ranges: Array<[number, number]> = [];
	const re = /“[^”]*”|"[^"]*"|«[^»]*»/g;
	for (let m = re.exec(text); m; m = re.exec(text)) ranges.push([m.index, m.index + m[0].length]);
	return ranges;
}

function isWordChar(ch: string | undefined): boolean {
	return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isPlace(truth: Truth, id: string): boolean {
	return truth.byId.get(id)?.kind === 'place';
}

/**
 * Whether the text names the place in another form: "_____ was the setting
 * of a plot … and German authorities arrested …" gives Germany away. The
 * same word in another name does not ("together with Central Asia", for
 * South Asia), so the name's own words are left out before `leaks` looks.
 */
function namesInAnotherForm(truth: Truth, text: string, forms: readonly string[]): boolean {
	const own = new Set(forms.flatMap((f) => f.toLowerCase().split(NON_WORD)).filter((w) => w));
	const rest = text
		.split(/([^\p{L}\p{N}]+)/u)
		.map((t) => (own.has(t.toLowerCase()) ? ' ' : t))
		.join('');
	return leaks(rest, forms, truth);
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** A statement with a term blanked: the first form found, how many blanks, how many distinct forms. */
export interface Blanked {
	text: string;
	found: string;
	count: number;
	forms: number;
}

/**
 * Blanks every occurrence of any form of the term (case-insensitive, whole
 * words). Returns null when the term does not occur, or occurs inside
 * quotation marks (where it is never blanked, so it would stay visible).
 */
export function blankOut(
	text: string,
	forms: readonly string[],
	lower = text.toLowerCase()
): Blanked | null {
	// Run once per term of every fact: plain loops, no throwaway sets.
	const found: string[] = [];
	for (const form of forms) {
		const f = form.toLowerCase();
		if (f.trim().length > 0 && lower.includes(f) && !found.includes(f)) found.push(f);
	}
	if (found.length === 0) return null;
	// Longest forms first: a shorter one inside a longer one's hit is not another hit.
	if (found.length > 1) found.sort((a, b) => b.length - a.length);
	const quotes = quotedRanges(text);
	const hits: Array<[number, number]> = [];
	for (const [at, end] of spansOf(text, lower, found)) {
		// Inside a quotation the term cannot be blanked, and left visible it gives the answer away.
		if (quotes.some(([s, e]) => at >= s && at < e)) return null;
		if (hits.some(([s, e]) => at < e && end > s)) continue; // inside a longer form already found
		hits.push([at, end]);
	}
	if (hits.length === 0) return null;
	if (hits.length > 1) hits.sort((a, b) => a[0] - b[0]);
	let out = '';
	let last = 0;
	for (const [s, e] of hits) {
		out += text.slice(last, s) + BLANK;
		last = e;
	}
	const first = hits[0] as [number, number];
	return {
		text: out + text.slice(last),
		found: text.slice(first[0], first[1]),
		count: hits.length,
		forms:
			hits.length === 1 ? 1 : new Set(hits.map(([s, e]) => text.slice(s, e).toLowerCase())).size
	};
}

/**
 * A blanked text as a reader takes it: "The _____ is one of the militant
 * groups …" and "_____ is one of the militant groups …" ask the same.
 */
function readsLike(text: string): string {
	return text.replace(/\b(?:the|a|an)\s+(?=_____)/gi, '').toLowerCase();
}

/** Which names could stand in for each other in a blank: groups, places, people. */
function rivalClass(f: Fact): string {
	return isGroupLike(f) ? 'group' : f.kind;
}

/** Where a fact's names occur in a text (case-insensitive, whole words): [start, end) spans. */
function spansOf(text: string, lower: string, names: readonly string[]): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const name of names) {
		const n = name.toLowerCase();
		if (n.length === 0) continue;
		for (let at = lower.indexOf(n); at >= 0; at = lower.indexOf(n, at + 1)) {
			const end = at + n.length;
			if (!isWordChar(text[at - 1]) && !isWordChar(text[end])) out.push([at, end]);
		}
	}
	return out;
}

/** What may stand between two items of one list: "A, B", "A and B", "A, or the B", "from A to B". */
const LIST_GAP = /^\s*(?:,\s*|,?\s+(?:and|or|to)\s+)(?:the\s+)?$/i;

/**
 * Whether a text lists the blanked entity together with another of its class
 * that the blanked statement does not show: "Sunni collaborators such as
 * Hamas and Palestinian Islamic Jihad" makes Palestinian Islamic Jihad a
 * second right answer for Hamas's blank, "from the Middle East to Africa to
 * the Philippines" the Middle East for the Philippines'. Only a list says the same of each item; a name elsewhere in
 * the text is about something else.
 */
function hasRival(truth: Truth, fact: Fact, entityId: string, blankedText: string): boolean {
	const entity = truth.byId.get(entityId);
	if (!entity || (entity.kind !== 'place' && entity.kind !== 'person' && !isGroupLike(entity)))
		return false;
	const cls = rivalClass(entity);
	// Read only when a list has the entity and another name: most texts have no list.
	let shown: readonly Fact[] | undefined;
	const isShown = (id: string) =>
		(shown ??= mentionedFacts(truth, blankedText)).some((f) => f.id === id);
	for (const text of [fact.statement, ...fact.citations.map((c) => c.quote)]) {
		const lower = text.toLowerCase();
		const spans: Array<{ id: string; at: [number, number] }> = [];
		for (const f of mentionedFacts(truth, text)) {
			if (f.id !== entity.id && rivalClass(f) !== cls) continue;
			for (const at of spansOf(text, lower, namesOf(f))) spans.push({ id: f.id, at });
		}
		// A name inside a longer one ("Islamic State" in "Islamic State Khorasan Province") is not mentioned.
		const kept = spans
			.filter(
				(a) =>
					!spans.some(
						(b) =>
							b !== a &&
							b.at[0] <= a.at[0] &&
							a.at[1] <= b.at[1] &&
							b.at[1] - b.at[0] > a.at[1] - a.at[0]
					)
			)
			.sort((a, b) => a.at[0] - b.at[0]);
		// Runs of listed names; a run with the entity and another not shown has a rival.
		let run: string[] = [];
		const check = () =>
			run.includes(entity.id) && run.some((id) => id !== entity.id && !isShown(id));
		for (let i = 0; i < kept.length; i++) {
			const cur = kept[i]!;
			const prev = kept[i - 1];
			if (prev && LIST_GAP.test(text.slice(prev.at[1], cur.at[0]))) run.push(cur.id);
			else {
				if (check()) return true;
				run = [cur.id];
			}
		}
		if (check()) return true;
	}
	return false;
}

const seatsCache = new WeakMap<Truth, Map<string, string[]>>();

/** The names of places that stand for a country's government (`standsFor`), by country id. */
function seatsOfGovernment(truth: Truth): Map<string, string[]> {
	let seats = seatsCache.get(truth);
	if (!seats) {
		seats = new Map();
		for (const p of truth.places) {
			if (!p.standsFor) continue;
			const list = seats.get(p.standsFor) ?? [];
			list.push(...namesOf(p));
			seats.set(p.standsFor, list);
		}
		seatsCache.set(truth, seats);
	}
	return seats;
}

/**
 * The term, also taking the name its country's government goes by when
 * every blank is the country acting ("_____’s use of militant proxies":
 * "Tehran’s use" is as right), not a place ("rounded up in _____").
 */
function withSeatOfGovernment(truth: Truth, term: Term, blankedText: string): Term {
	const seats = seatsOfGovernment(truth).get(term.key);
	if (!seats) return term;
	const blanks = blankedText.split(BLANK).length - 1;
	const possessive = blankedText.split(/_____(?:’|')s\b/).length - 1;
	return blanks === possessive ? { ...term, answers: () => [...term.answers(), ...seats] } : term;
}

/** A term that can be blanked out of a fact's statement, and the text it leaves. */
interface Candidate {
	term: Term;
	blanked: Blanked;
}

/** Each fact's candidates, most useful first (not yet checked by `hasOneAnswer`). */
type BlankIndex = ReadonlyMap<string, readonly Candidate[]>;

const blankIndexCache = new WeakMap<Truth, BlankIndex>();

/**
 * Every fact's cloze candidates whose blanked text no other fact's statement
 * leaves. Built once per fact base: a blank is only unambiguous when no
 * other statement reads the same around it. Another statement that reads the
 * same fills the blank truly whether or not its own blank is asked, so every
 * blankable text counts; the costlier checks of one text (`hasOneAnswer`)
 * wait until a fact's cloze is made, and stop at the first that passes.
 * The texts as read (`readsLike`) are only counted, not kept: the index
 * lives as long as the fact base.
 */
function blankIndex(ctx: GenContext): BlankIndex {
	let index = blankIndexCache.get(ctx.truth);
	if (index) return index;
	const found: Array<{ id: string; list: Candidate[]; reads: string[] }> = [];
	const facts = new Map<string, number>();
	for (const fact of ctx.truth.facts) {
		const list: Candidate[] = [];
		const reads: string[] = [];
		const lower = fact.statement.toLowerCase();
		for (const plain of termsOf(ctx, fact)) {
			const blanked = blankOut(fact.statement, plain.forms, lower);
			// "The jihadist group _____, spelled _____ by The Conversation": one answer cannot fill both.
			if (!blanked || blanked.count > MAX_BLANKS || blanked.forms > 1) continue;
			list.push({ term: withSeatOfGovernment(ctx.truth, plain, blanked.text), blanked });
			reads.push(readsLike(blanked.text));
		}
		found.push({ id: fact.id, list, reads });
		for (const text of new Set(reads)) facts.set(text, (facts.get(text) ?? 0) + 1);
	}
	const candidates = new Map<string, readonly Candidate[]>();
	for (const { id, list, reads } of found)
		candidates.set(
			id,
			list.filter((_, i) => facts.get(reads[i] as string) === 1)
		);
	blankIndexCache.set(ctx.truth, (index = candidates));
	return index;
}

/**
 * Whether the blanked statement has the term as its only answer: it shows no
 * other accepted answer, names no blanked place in another form, and lists
 * no rival alongside it (see `hasRival`). `answers` are the term's accepted
 * answers, made once for this check and for the card.
 */
function hasOneAnswer(
	truth: Truth,
	fact: Fact,
	{ term, blanked }: Candidate,
	answers: readonly string[]
): boolean {
	if (showsAnotherAnswer(term, answers, blanked.text)) return false;
	if (isPlace(truth, term.key) && namesInAnotherForm(truth, blanked.text, term.forms)) return false;
	return !hasRival(truth, fact, term.key, blanked.text);
}

/**
 * A fact's cloze: its most useful term whose blank has one answer. Two
 * statements that read the same around the blank ("_____ is one of the
 * countries to which IS-K has extended its reach", said of three countries)
 * each have another true answer, so neither is asked that way.
 */
export function clozeQuestions(ctx: GenContext, fact: Fact): ClozeQuestion[] {
	const index = blankIndex(ctx);
	for (const candidate of index.get(fact.id) ?? []) {
		const { term, blanked } = candidate;
		const termAnswers = term.answers();
		if (!hasOneAnswer(ctx.truth, fact, candidate, termAnswers)) continue;
		const factIds = [fact.id, ...term.factIds.filter((id) => id !== fact.id)];
		const askable = ask(ctx, factIds, fact.id);
		if (!askable.ok) {
			// The fact itself cannot be asked: no cloze. Only the blanked name's fact
			// clashes (another source's claim): try the next term.
			if (!ask(ctx, [fact.id], fact.id).ok) return [];
			continue;
		}
		const alreadyNamed =
			askable.attribution !== undefined &&
			fact.statement.includes(outletOf(ctx.truth, askable.attribution));
		const text = alreadyNamed
			? blanked.text
			: attributeStatement(ctx, blanked.text, askable.attribution);
		const id = cardId(fact.id, 'cloze', term.key);
		const direction = term.key;
		const topics = term.topics;
		const prompt = term.prompt ?? 'Fill in the blank.';
		const attribution = askable.attribution;
		const answers = [...new Set([blanked.found, ...termAnswers])];
		const answer = blanked.found;
		// With or without `attribution`: two literals, not a spread (see `ask`).
		return [
			attribution
				? {
						id,
						type: 'cloze',
						direction,
						factIds,
						topics,
						prompt,
						attribution,
						text,
						answers,
						answer
					}
				: { id, type: 'cloze', direction, factIds, topics, prompt, text, answers, answer }
		];
	}
	return [];
}
