import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../../content/schema';
import {
	ANKI_HEADER,
	FACTS_CSV_COLUMNS,
	ankiCardsFrom,
	ankiTsv,
	factsCsv,
	toCsv,
	type AnkiCard
} from './anki';

/**
 * A strict RFC 4180 parser: records end with CRLF, quoted fields may hold
 * commas, quotes (doubled) and line breaks; a quote anywhere else, a bare CR
 * or LF outside quotes, or a missing final CRLF is an error.
 */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	let fieldStart = true;
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i += 1;
				const next = text[i];
				if (next !== ',' && next !== '\r') throw new Error(`text after closing quote at ${i}`);
				continue;
			}
			field += ch;
			i += 1;
			continue;
		}
		if (ch === '"') {
			if (!fieldStart) throw new Error(`quote inside an unquoted field at ${i}`);
			quoted = true;
			fieldStart = false;
			i += 1;
		} else if (ch === ',') {
			row.push(field);
			field = '';
			fieldStart = true;
			i += 1;
		} else if (ch === '\r') {
			if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			fieldStart = true;
			i += 2;
		} else if (ch === '\n') {
			throw new Error(`bare LF at ${i}`);
		} else {
			field += ch;
			fieldStart = false;
			i += 1;
		}
	}
	if (quoted) throw new Error('unterminated quoted field');
	if (row.length > 0 || field !== '') throw new Error('missing final CRLF');
	return rows;
}

/**
 * Reads an Anki text file the way Anki's importer does: `#key:value` lines
 * at the top are headers, any other line starting with `#` is a comment, and
 * each note line is CSV with a tab separator (a field starting with `"` is
 * quoted, `""` inside for a quote).
 */
function parseAnki(text: string): { headers: Record<string, string>; notes: string[][] } {
	const headers: Record<string, string> = {};
	const notes: string[][] = [];
	const lines = text.split('\n');
	expect(lines.pop()).toBe('');
	let inHead = true;
	for (const line of lines) {
		expect(line).not.toContain('\r');
		if (line.startsWith('#')) {
			if (inHead) {
				const colon = line.indexOf(':');
				headers[line.slice(1, colon)] = line.slice(colon + 1);
			}
			continue;
		}
		inHead = false;
		const fields: string[] = [];
		let i = 0;
		while (i <= line.length) {
			if (line[i] === '"') {
				let value = '';
				i += 1;
				for (;;) {
					if (i >= line.length) throw new Error('unterminated quoted field');
					if (line[i] === '"') {
						if (line[i + 1] === '"') {
							value += '"';
							i += 2;
							continue;
						}
						i += 1;
						break;
					}
					value += line[i];
					i += 1;
				}
				if (i < line.length && line[i] !== '\t') throw new Error('text after closing quote');
				fields.push(value);
				i += 1;
			} else {
				const end = line.indexOf('\t', i);
				const stop = end === -1 ? line.length : end;
				fields.push(line.slice(i, stop));
				i = stop + 1;
			}
		}
		notes.push(fields);
	}
	return { headers, notes };
}

const TRICKY = [
	'plain',
	'commas, here, and there',
	'"Kill them wherever you find them"',
	'He said "no", then left',
	'“curly” quotes and ‘apostrophes’ in Iran’s south',
	'line one\nline two\r\nline three\rline four',
	'tab\there',
	'# looks like a comment',
	'#',
	'"',
	'""',
	'ends with a quote"',
	'em — dash, en – dash, ellipsis-free',
	'emoji 🇮🇷 and Persian کرمان',
	'  padded  ',
	''
];

function card(patch: Partial<AnkiCard> = {}): AnkiCard {
	return {
		id: 'kerman-bombings:flashcard:date',
		front: 'When were the Kerman bombings?',
		back: '3 January 2024',
		topics: ['dates'],
		kind: 'event',
		quote: 'Two explosions struck a memorial ceremony in Kerman.',
		source: 'The Dispatch',
		...patch
	};
}

/** What a field becomes on one line. */
const flat = (s: string) => s.replace(/[\t\r\n\u2028\u2029]+/g, ' ').trim();

describe('ankiTsv', () => {
	it('starts with the header lines Anki reads', () => {
		const text = ankiTsv([card()]);
		expect(text.split('\n').slice(0, 4)).toEqual([...ANKI_HEADER]);
		expect(ANKI_HEADER).toEqual([
			'#separator:tab',
			'#html:false',
			'#columns:Front\tBack\tSource\tTags',
			'#tags column:4'
		]);
		const { headers } = parseAnki(text);
		expect(headers).toEqual({
			separator: 'tab',
			html: 'false',
			columns: 'Front\tBack\tSource\tTags',
			'tags column': '4'
		});
	});

	it('writes one note per line: front, back, source quote and tags', () => {
		const { notes } = parseAnki(
			ankiTsv([
				card(),
				card({ id: 'is-k:mcq:base', topics: ['groups', 'geography'], kind: 'group' })
			])
		);
		expect(notes).toEqual([
			[
				'When were the Kerman bombings?',
				'3 January 2024',
				'“Two explosions struck a memorial ceremony in Kerman.” — The Dispatch',
				'dossier topic::dates kind::event'
			],
			[
				'When were the Kerman bombings?',
				'3 January 2024',
				'“Two explosions struck a memorial ceremony in Kerman.” — The Dispatch',
				'dossier topic::groups topic::geography kind::group'
			]
		]);
	});

	it('keeps tricky text intact on one line', () => {
		const cards = TRICKY.map((text, i) =>
			card({ id: `c${i}`, front: text, back: text, quote: text })
		);
		const { notes } = parseAnki(ankiTsv(cards));
		expect(notes).toHaveLength(TRICKY.length);
		notes.forEach((note, i) => {
			const text = TRICKY[i]!;
			expect(note).toHaveLength(4);
			expect(note[0]).toBe(flat(text));
			expect(note[1]).toBe(flat(text));
			expect(note[2]).toBe(flat(text) ? `“${flat(text)}” — The Dispatch` : 'The Dispatch');
		});
	});

	it('round-trips any text (modulo line breaks and tabs)', () => {
		const chars = fc.constantFrom(...'ab ,;"“”‘’\'#\t\n\r—…کر🇮🇷<>&|\\'.split(''));
		fc.assert(
			fc.property(
				fc.array(
					fc.array(chars).map((a) => a.join('')),
					{ maxLength: 6 }
				),
				(texts) => {
					const cards = texts.map((t, i) => card({ id: `c${i}`, front: t, back: `${t}!` }));
					const { notes } = parseAnki(ankiTsv(cards));
					expect(notes.map((n) => [n[0], n[1]])).toEqual(
						texts.map((t) => [flat(t), flat(`${t}!`)])
					);
				}
			)
		);
	});

	it('makes tags without spaces and drops duplicate cards', () => {
		const { notes } = parseAnki(
			ankiTsv([card({ topics: ['study dates', 'dates', 'dates'], kind: 'odd kind' }), card()])
		);
		expect(notes).toHaveLength(1);
		expect(notes[0]![3]).toBe('dossier topic::study_dates topic::dates kind::odd_kind');
	});
});

const FACTS = [
	{
		id: 'kerman-bombings',
		kind: 'event',
		name: 'Kerman bombings',
		topics: ['dates', 'geography'],
		statement: 'Two bombs exploded in Kerman, Iran, during a "memorial" for Soleimani.',
		date: '2024-01-03',
		citations: [
			{ source: 'dispatch', quote: 'killed nearly 100 people, wounded “hundreds” more' },
			{ source: 'conversation', quote: 'the deadliest attack\nsince the 1979 revolution' }
		]
	},
	{
		id: 'is-k',
		kind: 'group',
		name: 'IS-K',
		aliases: ['ISIS-K'],
		description: 'the Islamic State’s Khorasan branch',
		topics: ['groups'],
		statement: 'IS-K, the Islamic State’s branch, is based in Afghanistan.',
		citations: [{ source: 'dispatch', quote: 'Islamic State–Khorasan, the group’s Afghan branch' }]
	}
] as unknown as Fact[];

describe('factsCsv', () => {
	const SOURCES = [
		{ id: 'dispatch' as const, outlet: 'The Dispatch' },
		{ id: 'conversation' as const, outlet: 'The Conversation' }
	];

	it('writes RFC 4180 CSV with the fact columns', () => {
		const text = factsCsv(FACTS, { sources: SOURCES });
		expect(text.endsWith('\r\n')).toBe(true);
		const rows = parseCsv(text);
		expect(rows[0]).toEqual([...FACTS_CSV_COLUMNS]);
		expect(rows[1]).toEqual([
			'kerman-bombings',
			'event',
			'Kerman bombings',
			'dates; geography',
			'2024-01-03',
			'Two bombs exploded in Kerman, Iran, during a "memorial" for Soleimani.',
			'The Dispatch | The Conversation',
			'killed nearly 100 people, wounded “hundreds” more | the deadliest attack\nsince the 1979 revolution'
		]);
		expect(rows[2]).toEqual([
			'is-k',
			'group',
			'IS-K',
			'groups',
			'',
			'IS-K, the Islamic State’s branch, is based in Afghanistan.',
			'The Dispatch',
			'Islamic State–Khorasan, the group’s Afghan branch'
		]);
	});

	it('uses source ids without outlet names, and can start with a BOM', () => {
		const text = factsCsv(FACTS.slice(1), { bom: true });
		expect(text.startsWith('\ufeffid,kind,')).toBe(true);
		expect(parseCsv(text.slice(1))[1]![6]).toBe('dispatch');
	});

	it('round-trips any text exactly', () => {
		const chars = fc.constantFrom(...'ab ,;"“”\'\n\r\t—کر🇮🇷'.split(''));
		const cell = fc.array(chars, { maxLength: 12 }).map((a) => a.join(''));
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
				(rows) => {
					expect(parseCsv(toCsv(rows))).toEqual(rows);
				}
			)
		);
	});
});

describe('ankiCardsFrom', () => {
	it('takes the kind, first quote and outlet from the main fact', () => {
		const cards = ankiCardsFrom(
			[
				{
					id: 'kerman-bombings:flashcard:date',
					front: 'When?',
					back: '3 January 2024',
					topics: ['dates'],
					factIds: ['kerman-bombings']
				},
				{ id: 'gone:flashcard:what', front: '?', back: '!', topics: [], factIds: ['gone'] }
			],
			FACTS,
			[{ id: 'dispatch', outlet: 'The Dispatch' }]
		);
		expect(cards).toEqual([
			{
				id: 'kerman-bombings:flashcard:date',
				front: 'When?',
				back: '3 January 2024',
				topics: ['dates'],
				kind: 'event',
				quote: 'killed nearly 100 people, wounded “hundreds” more',
				source: 'The Dispatch'
			}
		]);
	});
});
