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
import type { Fact } from './types';
import type { Truth } from './relations';
import { MONTHS } from './dates';
import { answerKey, escapeRegExp } from './text';

interface Corpus {
	/** token → positions */
	index: Map<string, number[]>;
	tokens: string[];
	/** Whether punctuation separates token i from token i + 1. */
	breakAfter: boolean[];
	/** Fact names, as token lists, by first token (to spot "the Kerman bombings"). */
	names: Map<string, string[][]>;
	/** lower-case words seen starting with a lower-case letter */
	common: Set<string>;
	articles: Map<string, boolean>;
}

const corpora = new WeakMap<Truth, Corpus>();

const POSSESSIVE = /(?:’s|'s|’|')$/;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;

function tokenize(text: string): string[] {
	return tokenizeWithBreaks(text).tokens;
}

function tokenizeWithBreaks(text: string): { tokens: string[]; breakAfter: boolean[] } {
	const tokens: string[] = [];
	const breakAfter: boolean[] = [];
	let last = 0;
	for (const m of text.matchAll(TOKEN)) {
		let t = m[0];
		if (!/^(?:\p{L}\.)+$/u.test(t)) t = t.replace(/[.’'-]+$/u, '');
		const i = tokens.length;
		if (i > 0 && /[^\s]/.test(text.slice(last, m.index))) breakAfter[i - 1] = true;
		tokens.push(t);
		// Trailing punctuation stripped from the token (a full stop, a closing quote) is a break.
		breakAfter.push(m[0].length !== t.length && !POSSESSIVE.test(m[0]));
		last = (m.index ?? 0) + m[0].length;
	}
	return { tokens, breakAfter };
}

function corpusOf(truth: Truth): Corpus {
	let c = corpora.get(truth);
	if (c) return c;
	const parts: string[] = [];
	for (const f of truth.facts) {
		parts.push(f.statement);
		for (const cit of f.citations) parts.push(cit.quote);
		if (f.kind === 'group' || f.kind === 'organization' || f.kind === 'campaign')
			parts.push(f.description);
		if (f.kind === 'person') parts.push(f.role);
	}
	const { tokens, breakAfter } = tokenizeWithBreaks(parts.join(' \u2029 '));
	const index = new Map<string, number[]>();
	const names = new Map<string, string[][]>();
	for (const f of truth.facts) {
		for (const n of [
			f.name,
			...(f.kind === 'group' || f.kind === 'organization' ? f.aliases : [])
		]) {
			const words = tokenize(n).map((t) => t.replace(POSSESSIVE, ''));
			const first = words[0];
			if (!first) continue;
			const list = names.get(first);
			if (list) list.push(words);
			else names.set(first, [words]);
		}
	}
	const common = new Set<string>();
	tokens.forEach((t, i) => {
		const key = t.replace(POSSESSIVE, '');
		const list = index.get(key);
		if (list) list.push(i);
		else index.set(key, [i]);
		if (/^\p{Ll}/u.test(t)) common.add(t.toLowerCase());
	});
	c = { index, tokens, breakAfter, names, common, articles: new Map() };
	corpora.set(truth, c);
	return c;
}

/** Words after a name that end its noun phrase ("the Taliban as a buffer", "the IRGC is"). */
const FUNCTION_WORDS = new Set(
	(
		'of as in and or who which that is was were are has have had to for on with by from at its their ' +
		'since after before but than into against over during while also not may might could would will can ' +
		'itself themselves'
	).split(' ')
);

/**
 * Whether the fact base's text writes "the <name>" more often than the bare
 * name. An occurrence counts only when the name ends its noun phrase: in
 * "the Kerman bombings" the article belongs to the bombings, not to Kerman.
 */
export function takesArticle(truth: Truth, name: string): boolean {
	const c = corpusOf(truth);
	const cached = c.articles.get(name);
	if (cached !== undefined) return cached;
	const words = tokenize(name).map((t) => t.replace(POSSESSIVE, ''));
	let withThe = 0;
	let bare = 0;
	const first = words[0];
	for (const pos of first ? (c.index.get(first) ?? []) : []) {
		let ok = true;
		for (let k = 1; k < words.length; k++) {
			if ((c.tokens[pos + k] ?? '').replace(POSSESSIVE, '') !== words[k]) {
				ok = false;
				break;
			}
		}
		if (!ok) continue;
		const end = pos + words.length - 1;
		const lastToken = c.tokens[end] ?? '';
		const next = c.tokens[end + 1];
		const endsPhrase =
			POSSESSIVE.test(lastToken) ||
			c.breakAfter[end] === true ||
			next === undefined ||
			FUNCTION_WORDS.has(next.toLowerCase()) ||
			/^\p{Lu}/u.test(next) ||
			/ed$/.test(next);
		// A longer fact name starting here ("Kerman bombings") owns the article.
		const longer = (c.names.get(first ?? '') ?? []).some(
			(n) =>
				n.length > words.length &&
				n.every((w, k) => (c.tokens[pos + k] ?? '').replace(POSSESSIVE, '') === w)
		);
		if (!endsPhrase || longer) continue;
		const prev = c.tokens[pos - 1] ?? '';
		const prevBreak = c.breakAfter[pos - 1] === true;
		if (!prevBreak && (/^the$/i.test(prev) || (POSSESSIVE.test(prev) && /^\p{Lu}/u.test(prev))))
			withThe++;
		else bare++;
	}
	const result = withThe > bare;
	c.articles.set(name, result);
	return result;
}

/**
 * Whether a name is plural ("Belgian authorities", "Kerman bombings",
 * "relations between …"): the head noun (the last word before any
 * preposition) is a lower-case word ending in -s.
 */
export function isPluralName(name: string): boolean {
	const last = headOf(name).split(/\s+/).pop() ?? '';
	return /^\p{Ll}/u.test(last) && /[^s'’]s$/.test(last) && !/(?:ss|us|is)$/.test(last);
}

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

/** An event's or campaign's name inside a sentence. */
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
		if (corpusOf(truth).common.has(lower) || PREPOSITIONS.has(next) || /(?:ed|ing)$/.test(lower)) {
			head = lower;
		}
	}
	return `the ${[head, ...words.slice(1)].join(' ')}`;
}

/** The fact's name as it reads inside a sentence. */
export function inSentence(truth: Truth, fact: Fact, name: string = fact.name): string {
	switch (fact.kind) {
		case 'event':
		case 'campaign':
			return happeningPhrase(truth, name, fact.kind);
		case 'person':
			return name;
		default:
			return takesArticle(truth, name) && !/^the\s/i.test(name) ? `the ${name}` : name;
	}
}

/** The fact's name at the start of a sentence. */
export function sentenceStart(truth: Truth, fact: Fact, name: string = fact.name): string {
	const s = inSentence(truth, fact, name);
	return s.charAt(0).toUpperCase() + s.slice(1);
}

const MONTH_RE = MONTHS.join('|');

/**
 * An event's name without the date it carries ("Shahcheragh shrine attack
 * (October 2022)" → "Shahcheragh shrine attack", "2023 paper on ISIS-K" →
 * "paper on ISIS-K"), for questions that ask the date.
 */
export function undatedLabel(name: string): string {
	return name
		.replace(new RegExp(`\\s*\\([^)]*(?:\\d{4}|${MONTH_RE})[^)]*\\)`, 'g'), '')
		.replace(
			new RegExp(
				`(?<![\\p{L}\\p{N}])(?:(?:\\d{1,2}\\s+)?(?:${MONTH_RE})\\s+)?(?:1[0-9]|20)\\d{2}(?![\\p{L}\\p{N}-])`,
				'gu'
			),
			''
		)
		.replace(/\s{2,}/g, ' ')
		.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
		.trim();
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
	const t = answerKeySpaced(text);
	return names.some((n) => {
		const k = answerKeySpaced(n);
		return k.length > 0 && new RegExp(`(?:^| )${escapeRegExp(k)}(?: |$)`).test(t);
	});
}

/** Normalised text with every run of non-letters as one space (for whole-word search). */
function answerKeySpaced(text: string): string {
	return text
		.split(/[^\p{L}\p{N}]+/u)
		.map((w) => answerKey(w))
		.filter((w) => w.length > 0)
		.join(' ');
}

/** A description singles its subject out when it has a proper noun in it ("major jihadist group" does not). */
export function isSpecificDescription(description: string): boolean {
	return /\p{Lu}/u.test(description.trim().slice(1));
}

/**
 * Whether a text gives a name away: it mentions the name, or a capitalised
 * word of it in another form ("Afghan" for "Afghanistan", "Belgian" for
 * "Belgium", "Iranian" for "Iran": one word a prefix of the other, or the
 * two sharing their first five letters).
 */
export function leaks(text: string, names: readonly string[]): boolean {
	if (mentions(text, names)) return true;
	const words = capitalWords(text);
	for (const n of names) {
		for (const a of capitalWords(n)) {
			for (const b of words) {
				const short = a.length <= b.length ? a : b;
				const long = a.length <= b.length ? b : a;
				if (
					short.length >= 4 &&
					(long.startsWith(short) || (short.length >= 5 && long.slice(0, 5) === short.slice(0, 5)))
				) {
					return true;
				}
			}
		}
	}
	return false;
}

function capitalWords(text: string): string[] {
	return tokenize(text)
		.map((t) => t.replace(POSSESSIVE, ''))
		.filter((t) => /^\p{Lu}/u.test(t))
		.map((t) => answerKey(t));
}
