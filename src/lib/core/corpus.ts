/**
 * The fact base's own text (statements, quotes, descriptions, roles) as one
 * sequence of word tokens: what `phrasing.ts` reads to tell whether a name
 * takes "the" and whether a word is a common one.
 *
 * On a large fact base the text runs to a million characters and is read once
 * per fact base, so it is kept in flat typed arrays, and a token seen before
 * is found from the text itself: no string is cut out of the text, or hashed
 * by a Map, for each of its hundreds of thousands of words.
 */
import { aliasesOf } from './aliases';
import type { Truth } from './relations';

/** Punctuation separates this token from the next. */
export const BREAK_AFTER = 1;
/** The token carried a possessive ’s. */
export const POSSESSIVE_TOKEN = 2;

export interface Corpus {
	/** Token ids of statements, descriptions, roles and quotes, in order (possessive ’s stripped). */
	ids: Int32Array;
	/** Per position: `BREAK_AFTER` and `POSSESSIVE_TOKEN` bits. */
	flags: Uint8Array;
	/** Distinct tokens, by id. */
	tokens: readonly string[];
	/** A word's token id, or -1 when the text does not have it. */
	idOf(word: string): number;
	/** Positions of token id t: `positions[first[t]]` up to `positions[first[t + 1]]`. */
	first: Int32Array;
	positions: Int32Array;
	/** Fact names and aliases of two words or more, as token lists, by first token. */
	names: Map<string, string[][]>;
	articles: Map<string, boolean>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordAt(text: string, i: number): boolean {
	const code = text.charCodeAt(i);
	if (code < 128) {
		return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	}
	return WORD_CHAR.test(text[i] as string);
}

/** Inner punctuation that may join word characters: ’ ' . - (as in IS-K, U.S., Iran’s). */
function isJoiner(code: number): boolean {
	return code === 0x2019 || code === 39 || code === 46 || code === 45 || code === 0x2013;
}

/**
 * Finds the word tokens of a text in one pass, handing each to `emit` as the
 * span [start, end) of the text. A possessive ’s is left out of the span and
 * noted; so is punctuation between the token and the one before it (`breakBefore`).
 */
export function eachToken(
	text: string,
	emit: (start: number, end: number, possessive: boolean, breakBefore: boolean) => void
): void {
	const n = text.length;
	let i = 0;
	let gapBroken = false;
	while (i < n) {
		if (!isWordAt(text, i)) {
			const code = text.charCodeAt(i);
			if (code !== 32 && code !== 10 && code !== 9 && code !== 13 && code !== 0xa0)
				gapBroken = true;
			i++;
			continue;
		}
		const breakBefore = gapBroken;
		gapBroken = false;
		const start = i;
		i++;
		for (;;) {
			if (i >= n) break;
			if (isWordAt(text, i)) {
				i++;
				continue;
			}
			if (isJoiner(text.charCodeAt(i)) && i + 1 < n && isWordAt(text, i + 1)) {
				i += 2;
				continue;
			}
			break;
		}
		let end = i;
		let poss = false;
		const last = text.charCodeAt(i - 1);
		const beforeLast = i - 2 >= start ? text.charCodeAt(i - 2) : -1;
		if (last === 115 && (beforeLast === 0x2019 || beforeLast === 39)) {
			end = i - 2; // ’s or 's
			poss = true;
		} else if (
			i < n &&
			(text.charCodeAt(i) === 0x2019 || text.charCodeAt(i) === 39) &&
			last === 115
		) {
			poss = true; // plural possessive: "officials’"
			i++;
		}
		emit(start, end, poss, breakBefore);
	}
}

/** A text's word tokens (possessive ’s cut off), as `eachToken` finds them. */
export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	eachToken(text, (start, end) => {
		tokens.push(text.slice(start, end));
	});
	return tokens;
}

/**
 * Distinct tokens and their ids, found by a span of a text (open addressing
 * on a hash of its characters): a token already seen costs no string.
 */
class TokenTable {
	readonly tokens: string[] = [];
	private readonly hashes: number[] = [];
	/** Token id + 1 per slot, 0 for an empty slot. */
	private slots = new Int32Array(1 << 12);

	/** The id of text[start, end), added when new. */
	idOfSpan(text: string, start: number, end: number): number {
		const hash = hashSpan(text, start, end);
		const slot = this.find(text, start, end, hash);
		const held = this.slots[slot] as number;
		if (held !== 0) return held - 1;
		const id = this.tokens.length;
		this.tokens.push(text.slice(start, end));
		this.hashes.push(hash);
		this.slots[slot] = id + 1;
		if (this.tokens.length * 2 > this.slots.length) this.grow();
		return id;
	}

	/** A word's id, or -1. */
	idOf(word: string): number {
		const held = this.slots[this.find(word, 0, word.length, hashSpan(word, 0, word.length))];
		return (held as number) - 1;
	}

	/** The slot holding text[start, end), or the empty slot where it would go. */
	private find(text: string, start: number, end: number, hash: number): number {
		const mask = this.slots.length - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const held = this.slots[slot] as number;
			if (held === 0) return slot;
			const id = held - 1;
			if (this.hashes[id] === hash && sameAsSpan(this.tokens[id] as string, text, start, end))
				return slot;
		}
	}

	private grow(): void {
		const slots = new Int32Array(this.slots.length * 2);
		const mask = slots.length - 1;
		for (let id = 0; id < this.tokens.length; id++) {
			let slot = (this.hashes[id] as number) & mask;
			while (slots[slot] !== 0) slot = (slot + 1) & mask;
			slots[slot] = id + 1;
		}
		this.slots = slots;
	}
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashSpan(text: string, start: number, end: number): number {
	let h = 0x811c9dc5;
	for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

function sameAsSpan(token: string, text: string, start: number, end: number): boolean {
	if (token.length !== end - start) return false;
	for (let i = 0; i < token.length; i++)
		if (token.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
	return true;
}

const corpora = new WeakMap<Truth, Corpus>();

/** The fact base's text as a corpus: built once per fact base. */
export function corpusOf(truth: Truth): Corpus {
	let c = corpora.get(truth);
	if (c) return c;
	const table = new TokenTable();
	let ids = new Int32Array(1 << 16);
	let flags = new Uint8Array(1 << 16);
	let count = 0;
	// Each text is scanned on its own; a break separates one text from the next.
	let newText = false;
	let text = '';
	const add = (start: number, end: number, poss: boolean, breakBefore: boolean) => {
		if (count === ids.length) {
			const grownIds = new Int32Array(count * 2);
			grownIds.set(ids);
			ids = grownIds;
			const grownFlags = new Uint8Array(count * 2);
			grownFlags.set(flags);
			flags = grownFlags;
		}
		if ((breakBefore || newText) && count > 0)
			flags[count - 1] = (flags[count - 1] as number) | BREAK_AFTER;
		newText = false;
		ids[count] = table.idOfSpan(text, start, end);
		flags[count] = poss ? POSSESSIVE_TOKEN : 0;
		count++;
	};
	const addText = (t: string) => {
		newText = true;
		text = t;
		eachToken(t, add);
	};
	for (const f of truth.facts) {
		addText(f.statement);
		for (const cit of f.citations) addText(cit.quote);
		// An analysis has no description: its statement (above) is all its text.
		if (f.kind === 'group' || f.kind === 'organization' || f.kind === 'campaign')
			addText(f.description);
		if (f.kind === 'person') addText(f.role);
	}
	ids = ids.subarray(0, count);
	flags = flags.subarray(0, count);
	const tokens = table.tokens;
	// Positions grouped by token id (a counting sort), in order within each.
	const first = new Int32Array(tokens.length + 1);
	for (let i = 0; i < count; i++) {
		const t = (ids[i] as number) + 1;
		first[t] = (first[t] as number) + 1;
	}
	for (let t = 0; t < tokens.length; t++)
		first[t + 1] = (first[t + 1] as number) + (first[t] as number);
	const positions = new Int32Array(count);
	const cursor = first.slice(0, tokens.length);
	for (let i = 0; i < count; i++) {
		const t = ids[i] as number;
		const at = cursor[t] as number;
		positions[at] = i;
		cursor[t] = at + 1;
	}
	const names = new Map<string, string[][]>();
	for (const f of truth.facts) {
		for (const n of [f.name, ...aliasesOf(f)]) {
			const words = tokenize(n);
			const head = words[0];
			// Only a name of two words or more can be the longer name `takesArticle` looks for.
			if (!head || words.length < 2) continue;
			const list = names.get(head);
			if (list) list.push(words);
			else names.set(head, [words]);
		}
	}
	c = {
		ids,
		flags,
		tokens,
		idOf: (word) => table.idOf(word),
		first,
		positions,
		names,
		articles: new Map()
	};
	corpora.set(truth, c);
	return c;
}
