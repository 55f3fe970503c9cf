/**
 * Deck exports: a tab-separated text file Anki imports as is, and a CSV of the
 * facts.
 *
 * Anki (2.1.55+) reads the `#key:value` header lines, then parses the rest as
 * CSV with the declared separator: lines starting with `#` are comments, and a
 * field starting with `"` is a quoted field (`""` inside for a quote). So each
 * field has tabs and line breaks replaced by spaces (one note per line), and a
 * field containing `"` or starting with `#` is quoted. With `#html:false` Anki
 * escapes `<`, `>` and `&` itself. Columns are named after the Basic note
 * type's fields (Front, Back), so Anki maps them by name; Source maps to a
 * field of that name when the chosen note type has one; column 4 holds the
 * tags, e.g. `dossier topic::dates kind::event`.
 */
import type { Fact, Kind, Source } from '../../../../content/schema';

export interface AnkiCard {
	id: string;
	front: string;
	back: string;
	topics: readonly string[];
	/** Kind of the card's main fact. */
	kind: string;
	/** The supporting quote (first citation of the main fact). */
	quote: string;
	/** Who the quote is from: the outlet's name. */
	source: string;
}

export const ANKI_HEADER = [
	'#separator:tab',
	'#html:false',
	'#columns:Front\tBack\tSource\tTags',
	'#tags column:4'
] as const;

/** A field on one line: tabs and line breaks become single spaces, the ends trimmed. */
function oneLine(text: string): string {
	return text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();
}

/** A field as Anki's reader takes it back: quoted when it holds `"` or starts with `#`. */
export function ankiField(text: string): string {
	const flat = oneLine(text);
	return flat.includes('"') || flat.startsWith('#') ? `"${flat.replaceAll('"', '""')}"` : flat;
}

/** An Anki tag: no whitespace inside (runs become `_`); empty stays empty. */
export function ankiTag(text: string): string {
	return text.trim().replace(/\s+/g, '_');
}

export function ankiTags(card: Pick<AnkiCard, 'topics' | 'kind'>): string {
	const tags = ['dossier'];
	for (const topic of card.topics) {
		const tag = ankiTag(topic);
		if (tag) tags.push(`topic::${tag}`);
	}
	const kind = ankiTag(card.kind);
	if (kind) tags.push(`kind::${kind}`);
	return [...new Set(tags)].join(' ');
}

/** `“quote” — Outlet`, or whichever half there is. */
export function sourceField(quote: string, source: string): string {
	const q = oneLine(quote);
	const s = oneLine(source);
	if (q && s) return `“${q}” — ${s}`;
	return q ? `“${q}”` : s;
}

/** The deck as an Anki text file: header lines, then one note per line (cards deduplicated by id). */
export function ankiTsv(cards: readonly AnkiCard[]): string {
	const lines: string[] = [...ANKI_HEADER];
	const seen = new Set<string>();
	for (const card of cards) {
		if (seen.has(card.id)) continue;
		seen.add(card.id);
		lines.push(
			[
				ankiField(card.front),
				ankiField(card.back),
				ankiField(sourceField(card.quote, card.source)),
				ankiTags(card)
			].join('\t')
		);
	}
	return `${lines.join('\n')}\n`;
}

/**
 * Anki cards from flashcard questions: the kind, quote and source come from
 * the question's main (first) fact and its first citation. Questions whose
 * main fact is unknown are left out.
 */
export function ankiCardsFrom(
	questions: readonly {
		id: string;
		front: string;
		back: string;
		topics: readonly string[];
		factIds: readonly string[];
	}[],
	facts: readonly Fact[],
	sources: readonly Pick<Source, 'id' | 'outlet'>[] = []
): AnkiCard[] {
	const factById = new Map<string, Fact>();
	for (const f of facts) factById.set(f.id, f);
	const outlet = new Map<string, string>();
	for (const s of sources) outlet.set(s.id, s.outlet);
	const out: AnkiCard[] = [];
	for (const q of questions) {
		const main = q.factIds[0];
		const fact = main === undefined ? undefined : factById.get(main);
		if (!fact) continue;
		const citation = fact.citations[0];
		out.push({
			id: q.id,
			front: q.front,
			back: q.back,
			topics: q.topics,
			kind: fact.kind,
			quote: citation?.quote ?? '',
			source: citation ? (outlet.get(citation.source) ?? citation.source) : ''
		});
	}
	return out;
}

// ─── CSV (RFC 4180) ────────────────────────────────────────────────────────

export const FACTS_CSV_COLUMNS = [
	'id',
	'kind',
	'name',
	'topics',
	'date',
	'statement',
	'source',
	'quote'
] as const;

/** One CSV field: quoted when it holds a comma, a quote or a line break; inner quotes doubled. */
export function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF after every record. */
export function toCsv(rows: readonly (readonly string[])[]): string {
	let out = '';
	for (const row of rows) out += `${row.map(csvField).join(',')}\r\n`;
	return out;
}

export interface FactsCsvOptions {
	/** Outlet names for source ids (default: the ids). */
	sources?: readonly Pick<Source, 'id' | 'outlet'>[];
	/** Start with a UTF-8 byte order mark, so Excel reads curly quotes right (default false). */
	bom?: boolean;
}

/**
 * The facts as CSV: id, kind, name, topics (joined with "; "), date (events
 * and campaigns), statement, source and quote. Source and quote are the first
 * citation's; further citations follow, joined with " | ", in the same order
 * in both columns.
 */
export function factsCsv(
	facts: readonly Pick<Fact, 'id' | 'kind' | 'name' | 'topics' | 'statement' | 'citations'>[],
	options: FactsCsvOptions = {}
): string {
	const outlet = new Map<string, string>();
	for (const s of options.sources ?? []) outlet.set(s.id, s.outlet);
	const rows: string[][] = [[...FACTS_CSV_COLUMNS]];
	for (const f of facts) {
		const date = 'date' in f && typeof f.date === 'string' ? f.date : '';
		rows.push([
			f.id,
			f.kind satisfies Kind,
			f.name,
			f.topics.join('; '),
			date,
			f.statement,
			f.citations.map((c) => outlet.get(c.source) ?? c.source).join(' | '),
			f.citations.map((c) => c.quote).join(' | ')
		]);
	}
	return (options.bom ? '\ufeff' : '') + toCsv(rows);
}
