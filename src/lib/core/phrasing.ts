/**
 * Putting fact names into sentences: "the Taliban", "the Netherlands",
 * "IS-K", "the founding of the Islamic Republic of Iran", "Tehran’s view of
 * the Taliban as a buffer". Grammar only — nothing here decides what is true.
 *
 * Whether a group's or a place's name takes "the" is read from the fact base's
 * own text (statements, descriptions, quotes): "the Taliban" is how the
 * curated text says it, "IS-K" is not preceded by "the". Event and campaign
 * names are our own noun phrases and take "the" unless they start with a
 * possessive ("IS-K’s claim …").
 */
import { aliasesOf } from './aliases';
import { BREAK_AFTER, corpusOf, POSSESSIVE_TOKEN, tokenize, type Corpus } from './corpus';
import type { Fact } from './types';
import type { Truth } from './relations';
import { MONTHS } from './dates';
import { answerKey, capitalize } from './text';

const POSSESSIVE = /(?:’s|'s|’|')$/;

/** Words after a name that end its noun phrase ("the Taliban as a buffer", "the IRGC is"). */
const FUNCTION_WORDS = new Set(
	(
		'of as in and or who which that is was were are has have had to for on with by from at its their ' +
		'since after before but than into against over during while also not may might could would will can ' +
		'itself themselves'
	).split(' ')
);

/** Each word's token id in the corpus; a word not in the text (-1) matches nowhere. */
function tokenIds(c: Corpus, words: readonly string[]): number[] {
	return words.map((w) => c.idOf(w));
}

/** Whether the corpus has the token ids `ws` from position `pos` on. */
function matchesAt(c: Corpus, pos: number, ws: readonly number[]): boolean {
	return ws.every((w, k) => c.ids[pos + k] === w);
}

/**
 * Whether the fact base's text writes "the <name>" more often than the bare
 * name. An occurrence counts only when the name ends its noun phrase: in
 * "the Kerman bombings" the article belongs to the bombings, not to Kerman.
 */
export function takesArticle(truth: Truth, name: string): boolean {
	const c = corpusOf(truth);
	const cached = c.articles.get(name);
	if (cached !== undefined) return cached;
	const words = tokenize(name);
	const head = words[0];
	const headId = head === undefined ? -1 : c.idOf(head);
	let withThe = 0;
	let bare = 0;
	if (head !== undefined && headId >= 0) {
		const wordIds = tokenIds(c, words);
		const longer = (c.names.get(head) ?? [])
			.filter((n) => n.length > words.length)
			.map((n) => tokenIds(c, n));
		const from = c.first[headId] as number;
		const to = c.first[headId + 1] as number;
		for (let p = from; p < to; p++) {
			const pos = c.positions[p] as number;
			if (!matchesAt(c, pos, wordIds)) continue;
			if (longer.some((n) => matchesAt(c, pos, n))) continue;
			const end = pos + words.length - 1;
			const next = end + 1 < c.ids.length ? c.tokens[c.ids[end + 1] as number] : undefined;
			const endFlags = c.flags[end] as number;
			const endsPhrase =
				(endFlags & POSSESSIVE_TOKEN) !== 0 ||
				(endFlags & BREAK_AFTER) !== 0 ||
				next === undefined ||
				FUNCTION_WORDS.has(next.toLowerCase()) ||
				/^\p{Lu}/u.test(next) ||
				/ed$/.test(next);
			if (!endsPhrase) continue;
			const prev = pos > 0 ? (c.tokens[c.ids[pos - 1] as number] as string) : '';
			const prevFlags = pos > 0 ? (c.flags[pos - 1] as number) : 0;
			const prevBreak = pos === 0 || (prevFlags & BREAK_AFTER) !== 0;
			if (
				!prevBreak &&
				(/^the$/i.test(prev) || ((prevFlags & POSSESSIVE_TOKEN) !== 0 && /^\p{Lu}/u.test(prev)))
			) {
				withThe++;
			} else bare++;
		}
	}
	const result = withThe > bare;
	c.articles.set(name, result);
	return result;
}

/** Whether a word appears in lower case in the fact base's text (a common word, not a name). */
function isCommonWord(truth: Truth, word: string): boolean {
	return corpusOf(truth).idOf(word) >= 0;
}

/**
 * Whether a name is plural ("Belgian authorities", "Kerman bombings",
 * "relations between …"): the head noun (the last word before any
 * preposition) is a lower-case word ending in -s.
 */
export function isPluralName(name: string): boolean {
	// Asked of every option label of every statement: memoised.
	let plural = pluralCache.get(name);
	if (plural === undefined) {
		const last = headOf(name).split(/\s+/).pop() ?? '';
		plural = /^\p{Ll}/u.test(last) && /[^s'’]s$/.test(last) && !/(?:ss|us|is)$/.test(last);
		if (pluralCache.size > 50_000) pluralCache.clear();
		pluralCache.set(name, plural);
	}
	return plural;
}

const pluralCache = new Map<string, boolean>();

const HEAD_END =
	/,|\s(?:that|which|who|of|in|with|to|for|by|under|active|involved|recruited|killed|based|launched|from|against|between|on|over|about|as|into|reportedly|given)\s/;

/** The noun phrase's head part: up to the first comma, relative pronoun, preposition or participle. */
function headOf(phrase: string): string {
	return (phrase.split(HEAD_END)[0] ?? phrase).trim();
}

/** "is" or "are" for a name. */
export function isAre(name: string): 'is' | 'are' {
	return isPluralName(name) ? 'are' : 'is';
}

/** "was" or "were" for a name. */
export function wasWere(name: string): 'was' | 'were' {
	return isPluralName(name) ? 'were' : 'was';
}

/**
 * A question about when something happened: "When was the Kerman funeral?",
 * "In what year were the Kerman bombings?", "When did the … campaign begin?".
 * "When did IS-K’s claim … happen?" read stiffly: a claim, a plot or a
 * foiling is not something that "happens". `phrase` is the name as it reads
 * in a sentence ("the arrests over …": a capital "Arrests" would not read as plural).
 */
export function whenQuestion(opening: string, kind: string, phrase: string): string {
	return kind === 'campaign'
		? `${opening} did ${phrase} begin?`
		: `${opening} ${wasWere(phrase)} ${phrase}?`;
}

const PREPOSITIONS = new Set([
	'of',
	'over',
	'by',
	'in',
	'for',
	'on',
	'from',
	'with',
	'against',
	'into',
	'between',
	'to'
]);

/** An event's, campaign's or analysis's name (our own noun phrase) inside a sentence. */
function happeningPhrase(truth: Truth, name: string, kind: string): string {
	if (/^(?:the|a|an)\s/i.test(name)) return name.charAt(0).toLowerCase() + name.slice(1);
	const words = name.split(/\s+/);
	const first = words[0] ?? '';
	if (POSSESSIVE.test(first)) return name;
	const titled = words.length >= 3 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
	if (kind === 'campaign' && titled && !/campaign/i.test(name)) return `the “${name}” campaign`;
	let head = first;
	if (/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(first)) {
		const lower = first.toLowerCase();
		const next = (words[1] ?? '').toLowerCase();
		if (PREPOSITIONS.has(next) || /(?:ed|ing)$/.test(lower) || isCommonWord(truth, lower)) {
			head = lower;
		}
	}
	return `the ${[head, ...words.slice(1)].join(' ')}`;
}

/** The fact's name as it reads inside a sentence. */
export function inSentence(truth: Truth, fact: Fact, name: string = fact.name): string {
	return fact.kind === 'person' ? name : phraseOf(truth, fact, name).inner;
}

/** The fact's name at the start of a sentence. */
export function sentenceStart(truth: Truth, fact: Fact, name: string = fact.name): string {
	return fact.kind === 'person' ? capitalize(name) : phraseOf(truth, fact, name).start;
}

interface Phrase {
	inner: string;
	start: string;
}

/**
 * A name's phrase in and at the start of a sentence, cached per fact base.
 * It depends on the name and on which of these the fact is (a key per kind
 * would have to be built, and hashed, on every call).
 */
function phraseOf(truth: Truth, fact: Fact, name: string): Phrase {
	let caches = phraseCache.get(truth);
	if (!caches)
		phraseCache.set(
			truth,
			(caches = { campaign: new Map(), happening: new Map(), named: new Map() })
		);
	const cache =
		fact.kind === 'campaign'
			? caches.campaign
			: fact.kind === 'event' || fact.kind === 'analysis'
				? caches.happening
				: caches.named;
	let phrase = cache.get(name);
	if (phrase === undefined) {
		let inner: string;
		switch (fact.kind) {
			case 'event':
			case 'campaign':
			case 'analysis':
				// Only a campaign's titled name is quoted as "the “…” campaign".
				inner = happeningPhrase(truth, name, fact.kind);
				break;
			default:
				inner = takesArticle(truth, name) && !/^the\s/i.test(name) ? `the ${name}` : name;
		}
		phrase = { inner, start: capitalize(inner) };
		cache.set(name, phrase);
	}
	return phrase;
}

const phraseCache = new WeakMap<
	Truth,
	{ campaign: Map<string, Phrase>; happening: Map<string, Phrase>; named: Map<string, Phrase> }
>();

const MONTH_RE = MONTHS.join('|');
const DATED_PARENS = new RegExp(`\\s*\\([^)]*(?:\\d{4}|${MONTH_RE})[^)]*\\)`, 'g');
const DATED_WORDS = new RegExp(
	`(?<![\\p{L}\\p{N}])(?:(?:\\d{1,2}\\s+)?(?:${MONTH_RE})\\s+)?(?:1[0-9]|20)\\d{2}(?![\\p{L}\\p{N}-])`,
	'gu'
);
const undatedCache = new Map<string, string>();

/**
 * An event's name without the date it carries ("Shahcheragh shrine attack
 * (October 2022)" → "Shahcheragh shrine attack", "2023 paper on ISIS-K" →
 * "paper on ISIS-K"), for questions that ask the date.
 */
export function undatedLabel(name: string): string {
	const hit = undatedCache.get(name);
	if (hit !== undefined) return hit;
	const out = /\d/.test(name)
		? name
				.replace(DATED_PARENS, '')
				.replace(DATED_WORDS, '')
				.replace(/\s{2,}/g, ' ')
				.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
				.trim()
		: name;
	if (undatedCache.size > 50_000) undatedCache.clear();
	undatedCache.set(name, out);
	return out;
}

/** "a Sunni group …", "an arm of the IRGC …", "Iran’s paramilitary …", "state authorities of …". */
export function withIndefinite(phrase: string): string {
	const p = phrase.trim();
	if (/^(?:the|a|an|this|these|those|one|two|\d)\b/i.test(p))
		return p.charAt(0).toLowerCase() + p.slice(1);
	const firstWord = p.split(/\s+/)[0] ?? '';
	if (POSSESSIVE.test(firstWord)) return p;
	const head =
		p.split(
			/,|\s(?:that|which|who|of|in|with|to|for|by|under|active|involved|recruited|killed|based|launched|from|against)\s/
		)[0] ?? p;
	const last = head.trim().split(/\s+/).pop() ?? '';
	if (/[^s'’]s$/.test(last) && !/(?:ss|us|is)$/.test(last)) return p; // plural head: no article
	const an = /^[aeio]/i.test(p) || /^u(?!ni|s|\.|ra|ro)/i.test(p);
	return `${an ? 'an' : 'a'} ${p}`;
}

/** Whether `text` mentions any of `names` as whole words (case- and diacritic-insensitive). */
export function mentions(text: string, names: readonly string[]): boolean {
	return mentionsWords(wordsOf(text), wordsOfNames(names));
}

function mentionsWords(t: Words, names: readonly Words[]): boolean {
	for (const k of names) {
		if ((t.wordBits & k.firstBit) !== 0 && containsRun(t.words, k.words)) return true;
	}
	return false;
}

/** Whether `run` occurs in `words` as consecutive words. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
	const first = run[0];
	for (let i = 0; i + run.length <= words.length; i++) {
		if (words[i] !== first) continue;
		let k = 1;
		while (k < run.length && words[i + k] === run[k]) k++;
		if (k === run.length) return true;
	}
	return false;
}

/**
 * What `mentions` and `leaks` need of a text, computed once per string: they
 * are asked of the same names and questions again and again.
 */
interface Words {
	/**
	 * Its words, normalised (`answerKey`), split at every run of non-letters.
	 * One text mentions another when the other's words occur in it in a row.
	 */
	words: readonly string[];
	/** Its capitalised words, normalised (see `capitalWords`). */
	capitals: readonly string[];
	/** Their first five letters (for the "same first five letters" rule in `leaks`). */
	prefixes: readonly string[];
	/**
	 * One bit per word (`bitOf`), for a quick "no" before comparing words: a
	 * name is mentioned only if the text has its first word (`firstBit`, 0 for
	 * no words), and a capitalised word leaks only to one that shares its first
	 * four letters (`stemBits`).
	 */
	wordBits: number;
	firstBit: number;
	stemBits: number;
}

/** A bit (of 32) picked by a string's characters. */
function bitOf(s: string): number {
	let h = 0;
	for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
	return 1 << (h & 31);
}

const wordsCache = new Map<string, Words>();
const namesCache = new WeakMap<readonly string[], readonly Words[]>();

/** `wordsOf` each name, cached by the array (a fact's names are one array: see `namesOf`). */
function wordsOfNames(names: readonly string[]): readonly Words[] {
	let list = namesCache.get(names);
	if (list === undefined) namesCache.set(names, (list = names.map(wordsOf)));
	return list;
}

function wordsOf(text: string): Words {
	let w = wordsCache.get(text);
	if (w === undefined) {
		const capitals = capitalWords(text);
		const words = keyWords(text);
		let wordBits = 0;
		for (const x of words) wordBits |= bitOf(x);
		let stemBits = 0;
		for (const c of capitals) if (c.length >= 4) stemBits |= bitOf(c.slice(0, 4));
		w = {
			words,
			capitals,
			prefixes: capitals.map((c) => c.slice(0, 5)),
			wordBits,
			firstBit: words.length > 0 ? bitOf(words[0] as string) : 0,
			stemBits
		};
		if (wordsCache.size > 50_000) wordsCache.clear();
		wordsCache.set(text, w);
	}
	return w;
}

/** A text's words as `answerKey` normalises them, in order (cached, as `mentions` reads them). */
export function wordKeys(text: string): readonly string[] {
	return wordsOf(text).words;
}

/** Normalised words (for whole-word search): letters and digits only, so none has a space. */
function keyWords(text: string): string[] {
	return text
		.split(/[^\p{L}\p{N}]+/u)
		.map((w) => answerKey(w))
		.filter((w) => w.length > 0);
}

/** A description singles its subject out when it has a proper noun in it ("major jihadist group" does not). */
export function isSpecificDescription(description: string): boolean {
	return /\p{Lu}/u.test(description.trim().slice(1));
}

/**
 * Whether a text gives a name away: it mentions the name, or a capitalised
 * word of it in another form ("Afghan" for "Afghanistan", "Belgian" for
 * "Belgium", "Iranian" for "Iran": one word a prefix of the other, or the
 * two sharing their first five letters; "Dutch" for "Netherlands": a place's
 * `demonym`).
 */
export function leaks(text: string, names: readonly string[], truth?: Truth): boolean {
	const t = wordsOf(text);
	return leaksWords(t, wordsOfNames(names), t.capitals.length > 0 ? leakRules(truth) : NO_RULES);
}

/**
 * `leaks(text, names, truth)` for one text and many lists of names (the
 * distractor checks ask it of every candidate): the text is read once.
 */
export function leaksFrom(text: string, truth?: Truth): (names: readonly string[]) => boolean {
	const t = wordsOf(text);
	// Read once here, not for each list of names: only a text with capitalised words needs them.
	const rules = t.capitals.length > 0 ? leakRules(truth) : NO_RULES;
	return (names) => leaksWords(t, wordsOfNames(names), rules);
}

/** What `leaks` knows of a fact base's names beyond their letters. */
interface LeakRules {
	/** `genericWords`. */
	generic?: Set<string>;
	/** `demonymPairs`. */
	demonyms?: Map<string, string[]>;
}

const NO_RULES: LeakRules = {};
const leakRulesCache = new WeakMap<Truth, LeakRules>();

function leakRules(truth: Truth | undefined): LeakRules {
	if (!truth) return NO_RULES;
	let rules = leakRulesCache.get(truth);
	if (!rules)
		leakRulesCache.set(
			truth,
			(rules = { generic: genericWords(truth), demonyms: demonymPairs(truth) })
		);
	return rules;
}

function leaksWords(t: Words, ns: readonly Words[], { generic, demonyms }: LeakRules): boolean {
	if (mentionsWords(t, ns)) return true;
	const words = t.capitals;
	if (words.length === 0) return false;
	for (const k of ns) {
		// "Dutch" for "Netherlands", and the other way round.
		if (demonyms !== undefined && demonyms.size > 0)
			for (const a of k.capitals) {
				const other = demonyms.get(a);
				if (other !== undefined && other.some((o) => words.includes(o))) return true;
			}
		if ((t.stemBits & k.stemBits) === 0) continue; // no two words share their first four letters
		for (let i = 0; i < k.capitals.length; i++) {
			const a = k.capitals[i] as string;
			const common = generic?.has(a) === true;
			for (let j = 0; j < words.length; j++) {
				const b = words[j] as string;
				if (common && a === b) continue; // the same common word ("Islamic" in two names)
				// One word a prefix of the other (4 letters or more), or the two sharing their first five.
				const shorter = Math.min(a.length, b.length);
				if (shorter >= 5 ? k.prefixes[i] === t.prefixes[j] : shorter === 4 && sharesPrefix(a, b))
					return true;
			}
		}
	}
	return false;
}

/** Whether the shorter of two words starts the longer. */
function sharesPrefix(a: string, b: string): boolean {
	return a.length <= b.length ? b.startsWith(a) : a.startsWith(b);
}

/**
 * Each place's capitalised name words paired with its `demonym`, both ways
 * ("netherlands" ↔ "dutch"), as `leaks` compares words: the demonyms the
 * first-letters rule cannot see.
 */
function demonymPairs(truth: Truth): Map<string, string[]> {
	const map = new Map<string, string[]>();
	const pair = (a: string, b: string) => {
		const list = map.get(a);
		if (!list) map.set(a, [b]);
		else if (!list.includes(b)) list.push(b);
	};
	for (const p of truth.places) {
		if (!p.demonym) continue;
		for (const d of wordsOf(p.demonym).capitals)
			for (const n of [p.name, ...aliasesOf(p)])
				for (const w of wordsOf(n).capitals) {
					pair(w, d);
					pair(d, w);
				}
	}
	return map;
}

/** A capitalised word in this many fact names or more is generic. */
const GENERIC_NAMES = 6;

/**
 * Capitalised words shared by the names of six or more facts ("Islamic",
 * "State", "Front"): too common to give a name away on their own.
 */
function genericWords(truth: Truth): Set<string> {
	const count = new Map<string, number>();
	for (const f of truth.facts) {
		const words = new Set<string>();
		for (const n of [f.name, ...aliasesOf(f)]) {
			for (const w of wordsOf(n).capitals) words.add(w);
		}
		for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
	}
	return new Set([...count].filter(([, n]) => n >= GENERIC_NAMES).map(([w]) => w));
}

function capitalWords(text: string): string[] {
	return tokenize(text)
		.filter((t) => /^\p{Lu}/u.test(t))
		.map((t) => answerKey(t));
}
