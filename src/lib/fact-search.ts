/**
 * Searching and filtering the fact list: case- and accent-insensitive, every
 * word must match. A name stands for all its names ("ISIS-K" finds what says
 * "IS-K"), a longer word may be off by one letter ("Qasem" finds "Qassem"),
 * and facts named by the query come first.
 */
import type { Fact, Kind, Topic } from '$content/schema';
import { aliasesOf } from '$lib/core/aliases';

export interface FactFilter {
	query: string;
	topic: Topic | '';
	kind: Kind | '';
}

export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/[’‘]/g, "'")
		.toLowerCase();
}

/** A text's folded words, split at spaces. */
function foldedWords(text: string): string[] {
	return fold(text).split(/\s+/).filter(Boolean);
}

/** A name or query as one key: folded, single-spaced. */
function nameKey(text: string): string {
	return foldedWords(text).join(' ');
}

/** Folded text, and its words (for the one-letter-off match). */
interface Searchable {
	text: string;
	words: ReadonlySet<string>;
}

/** What a fact is searched by: all its text, and its own names (to rank it). */
interface Indexed {
	all: Searchable;
	names: Searchable;
	/** Each name whole, folded, its words single-spaced. */
	exactNames: readonly string[];
}

function searchable(parts: readonly string[]): Searchable {
	const text = fold(parts.join(' \n '));
	return { text, words: new Set(text.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean)) };
}

function namesOf(fact: Fact): string[] {
	return [fact.name, ...aliasesOf(fact)];
}

function index(fact: Fact): Indexed {
	const parts: string[] = [
		...namesOf(fact),
		fact.statement,
		fact.id,
		...fact.citations.map((c) => c.quote)
	];
	if (fact.kind === 'group' || fact.kind === 'organization') parts.push(fact.description);
	if (fact.kind === 'person') parts.push(fact.role);
	if (fact.kind === 'place') parts.push(fact.place.name, fact.place.country);
	if (fact.kind === 'event' || fact.kind === 'campaign') parts.push(fact.date ?? '');
	return {
		all: searchable(parts),
		names: searchable(namesOf(fact)),
		exactNames: namesOf(fact).map(nameKey)
	};
}

const indexes = new WeakMap<Fact, Indexed>();

function indexed(fact: Fact): Indexed {
	let i = indexes.get(fact);
	if (!i) indexes.set(fact, (i = index(fact)));
	return i;
}

/** One part of a query: any of its forms must occur (a word, or all the names of a group). */
type Term = readonly string[];

const aliasTables = new WeakMap<readonly Fact[], ReadonlyMap<string, readonly string[]>>();

/** Each folded name of a fact with aliases → all its folded names. */
function aliasTable(facts: readonly Fact[]): ReadonlyMap<string, readonly string[]> {
	let table = aliasTables.get(facts);
	if (!table) {
		const map = new Map<string, readonly string[]>();
		const spellings = new Map<string, Set<string>>();
		for (const f of facts) {
			const names = namesOf(f).map(nameKey);
			if (names.length > 1) for (const n of names) map.set(n, names);
			// Two spellings of one word ("Qassem Soleimani", "Qassem Suleimani"): either
			// word alone finds both.
			for (const [a, b] of oneWordApart(names)) {
				for (const [x, y] of [
					[a, b],
					[b, a]
				] as const) {
					const set = spellings.get(x) ?? new Set([x]);
					set.add(y);
					spellings.set(x, set);
				}
			}
		}
		for (const [word, set] of spellings) if (!map.has(word)) map.set(word, [...set]);
		aliasTables.set(facts, (table = map));
	}
	return table;
}

/** The differing words of names that differ in exactly one word. */
function oneWordApart(names: readonly string[]): Array<[string, string]> {
	const out: Array<[string, string]> = [];
	for (let i = 0; i < names.length; i++)
		for (let j = i + 1; j < names.length; j++) {
			const a = (names[i] as string).split(' ');
			const b = (names[j] as string).split(' ');
			if (a.length !== b.length || a.length < 2) continue;
			const differ = a.flatMap((w, k) => (w === b[k] ? [] : [k]));
			if (differ.length === 1) out.push([a[differ[0]!] as string, b[differ[0]!] as string]);
		}
	return out;
}

/** The query's terms: a group's name (of one or more words) becomes all its names, other words stay. */
export function queryTerms(facts: readonly Fact[], query: string): Term[] {
	const words = foldedWords(query);
	const table = aliasTable(facts);
	const terms: Term[] = [];
	for (let i = 0; i < words.length;) {
		let matched = 0;
		// The longest run of words that is a name ("islamic state khorasan province").
		for (let n = words.length - i; n >= 1 && matched === 0; n--) {
			const names = table.get(words.slice(i, i + n).join(' '));
			if (names) {
				terms.push(names);
				matched = n;
			}
		}
		if (matched === 0) {
			terms.push([words[i] as string]);
			matched = 1;
		}
		i += matched;
	}
	return terms;
}

/** Whether `a` and `b` differ by at most one letter added, dropped, changed or two swapped. */
export function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) return false;
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) i++;
	// One is the other with a letter added at the end.
	if (i === a.length || i === b.length) return true;
	return (
		a.slice(i + 1) === b.slice(i + 1) || // changed
		a.slice(i + 1) === b.slice(i) || // dropped from b
		a.slice(i) === b.slice(i + 1) || // added to b
		(a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swapped
	);
}

/** Words this short must match exactly: one letter off is another word ("iran", "iraq"). */
const MIN_FUZZY_LENGTH = 5;

/** A term, and whether to let it be one letter off (only when it occurs nowhere as typed). */
interface Wanted {
	forms: Term;
	fuzzy: boolean;
}

function matches(fact: Searchable, { forms, fuzzy }: Wanted, wholeWords = false): boolean {
	if (wholeWords ? forms.some((f) => fact.words.has(f)) : forms.some((f) => fact.text.includes(f)))
		return true;
	const [word] = forms;
	if (!fuzzy || word === undefined) return false;
	for (const w of fact.words) if (withinOneEdit(word, w)) return true;
	return false;
}

/**
 * The query's terms, each fuzzy when it is one longer word found nowhere as
 * typed: "Qasem" is a misspelling, but "Kerman" is not a misspelt "German".
 */
function wanted(facts: readonly Fact[], query: string): Wanted[] {
	return queryTerms(facts, query).map((forms) => {
		const [word] = forms;
		const fuzzy =
			forms.length === 1 &&
			word !== undefined &&
			word.length >= MIN_FUZZY_LENGTH &&
			!facts.some((f) => indexed(f).all.text.includes(word));
		return { forms, fuzzy };
	});
}

export function filterFacts(facts: readonly Fact[], filter: FactFilter): Fact[] {
	const terms = wanted(facts, filter.query);
	const found = facts.filter((fact) => {
		if (filter.topic && !fact.topics.includes(filter.topic)) return false;
		if (filter.kind && fact.kind !== filter.kind) return false;
		const { all } = indexed(fact);
		return terms.every((term) => matches(all, term));
	});
	if (terms.length === 0) return found;
	// Facts the query names come first: "Iran" the country, then "Founding of the Islamic
	// Republic of Iran", then "Iranian officials", then what mentions Iran (each in fact-base order).
	const whole = nameKey(filter.query);
	const rank = (f: Fact) => {
		const { names, exactNames } = indexed(f);
		if (exactNames.includes(whole)) return 0;
		if (terms.every((t) => matches(names, t, true))) return 1;
		return terms.every((t) => matches(names, t)) ? 2 : 3;
	};
	const ranks = new Map(found.map((f) => [f, rank(f)]));
	return found.sort((a, b) => (ranks.get(a) as number) - (ranks.get(b) as number));
}
