/**
 * Checks on the curated fact base (content/facts.yaml, content/sources.yaml):
 * schema and cross-references, kinds of referenced facts, dates, coordinates,
 * disagreements, and that every quote is copied letter for letter from the
 * body of its article.
 *
 * The articles are read from $DOSSIER_SOURCES if set, else from
 * ../shared/sources/ relative to the repo root; without them the quote tests
 * are skipped (with a warning), the rest still run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FACTS_FILE, loadFactBase, SOURCES_FILE } from './load';
import { FactBaseError, validateFactBase } from './validate';
import type { Fact, Kind, SourceId } from './schema';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Latest date any fact may carry: the day of the funeral, the last dated event in the sources. */
const LATEST_DATE = '2024-01-05';

/** Where each article's site boilerplate begins; quotes must come before it. */
const BOILERPLATE_START: Record<SourceId, string> = {
	dispatch: 'Please note that we at The Dispatch',
	conversation: 'This article is republished from The Conversation'
};
/** Site furniture above the article body of the TPM capture; never a source of facts. */
const HEADER_BOILERPLATE: Partial<Record<SourceId, string[]>> = {
	conversation: [
		'Start your day with TPM.',
		'Sign up for the Morning Memo newsletter',
		'This article is part of\u00a0TPM Cafe'
	]
};
/** The photo caption at the top of the TPM capture: citable only when really needed, with a note. */
const CAPTION_MARKER = '01/05/2024 Kerman, Iran.';

const OUTLET_IN_STATEMENT: Record<SourceId, string> = {
	dispatch: 'The Dispatch',
	conversation: 'The Conversation'
};

function findSourcesDir(): { dir: string | null; reason: string } {
	const fromEnv = process.env.DOSSIER_SOURCES;
	if (fromEnv) {
		const dir = resolve(fromEnv);
		if (existsSync(dir)) return { dir, reason: `DOSSIER_SOURCES=${fromEnv}` };
	}
	const fallback = resolve(REPO_ROOT, '../shared/sources');
	if (existsSync(fallback)) return { dir: fallback, reason: fallback };
	return {
		dir: null,
		reason: `neither DOSSIER_SOURCES (${fromEnv ?? 'unset'}) nor ${fallback} exists`
	};
}

const base = loadFactBase();
const facts = base.facts;
const byId = new Map<string, Fact>(facts.map((f) => [f.id, f]));

const sourcesFound = findSourcesDir();
if (!sourcesFound.dir) {
	console.warn(
		`[facts.test] Skipping quote checks: source articles not found (${sourcesFound.reason}).`
	);
}
const sourceTexts = new Map<SourceId, string>();
if (sourcesFound.dir) {
	for (const source of base.sources) {
		const file = join(sourcesFound.dir, source.file);
		if (existsSync(file)) sourceTexts.set(source.id, readFileSync(file, 'utf8'));
	}
}
const noSources = sourcesFound.dir === null;

function kindOf(id: string): Kind | undefined {
	return byId.get(id)?.kind;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `term` occurs in `text` as a whole word (not inside a longer word). */
function containsTerm(text: string, term: string): boolean {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Parses YYYY, YYYY-MM or YYYY-MM-DD as the first day of the period; null if not a real date. */
function parseIsoDate(
	value: string
): { start: string; precision: 'year' | 'month' | 'day' } | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? 1 : Number(m[2]);
	const day = m[3] === undefined ? 1 : Number(m[3]);
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
		return null;
	const precision = m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
	return { start: d.toISOString().slice(0, 10), precision };
}

function datedFacts(): Array<{ fact: Fact; date: string; precision?: string }> {
	const out: Array<{ fact: Fact; date: string; precision?: string }> = [];
	for (const fact of facts) {
		if (
			(fact.kind === 'event' || fact.kind === 'campaign' || fact.kind === 'analysis') &&
			fact.date !== undefined
		) {
			out.push({ fact, date: fact.date, precision: fact.datePrecision });
		}
	}
	return out;
}

describe('fact base: structure', () => {
	it('loads and validates (schema and cross-references)', () => {
		expect(base.version).toBe(5);
		expect(facts.length).toBeGreaterThan(80);
		expect(base.sources.map((s) => s.id).sort()).toEqual(['conversation', 'dispatch']);
	});

	it('has unique ids', () => {
		const seen = new Set<string>();
		const dupes = facts.filter((f) => (seen.has(f.id) ? true : (seen.add(f.id), false)));
		expect(dupes.map((f) => f.id)).toEqual([]);
	});

	it('reports a broken reference with the fact id and the field', () => {
		const sourcesDoc = parse(readFileSync(SOURCES_FILE, 'utf8'));
		const doc = {
			version: 1,
			facts: [
				{
					id: 'broken-fact',
					kind: 'event',
					name: 'Broken',
					topics: ['dates'],
					statement: 'A broken fact for the test.',
					citations: [{ source: 'dispatch', quote: 'Twin suicide bombings' }],
					date: '2024-01-03',
					placeId: 'no-such-place',
					related: ['no-such-fact']
				}
			]
		};
		let error: unknown;
		try {
			validateFactBase(doc, sourcesDoc);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(FactBaseError);
		const problems = (error as FactBaseError).problems;
		expect(problems).toContain('fact broken-fact: related: unknown fact id "no-such-fact"');
		expect(problems).toContain('fact broken-fact: placeId: unknown fact id "no-such-place"');
	});

	it('reports a schema error with the fact id and the field', () => {
		const sourcesDoc = parse(readFileSync(SOURCES_FILE, 'utf8'));
		const doc = {
			version: 1,
			facts: [
				{
					id: 'bad-date',
					kind: 'event',
					name: 'Bad date',
					topics: ['dates'],
					statement: 'A fact with a malformed date.',
					citations: [{ source: 'dispatch', quote: 'Twin suicide bombings' }],
					date: '3 January 2024'
				}
			]
		};
		expect(() => validateFactBase(doc, sourcesDoc)).toThrow(/fact bad-date: date: /);
	});

	it('refuses a dateLatest that is not later than the date', () => {
		const sourcesDoc = parse(readFileSync(SOURCES_FILE, 'utf8'));
		const event = (dateLatest: string) => ({
			id: 'open-date',
			kind: 'event',
			name: 'Open date',
			topics: ['dates'],
			statement: 'A fact whose sources allow a later date.',
			citations: [{ source: 'dispatch', quote: 'Twin suicide bombings' }],
			date: '2023-12',
			dateLatest
		});
		const doc = (dateLatest: string) => ({ version: 1, facts: [event(dateLatest)] });
		for (const bad of ['2023-12', '2023-12-31', '2023'])
			expect(() => validateFactBase(doc(bad), sourcesDoc), bad).toThrow(
				/fact open-date: dateLatest: must be later than date \(2023-12\)/
			);
		for (const good of ['2024-01-01', '2024-01', '2024'])
			expect(validateFactBase(doc(good), sourcesDoc).facts).toHaveLength(1);
	});

	it('has symmetric disagreements between different sources’ claims', () => {
		for (const fact of facts) {
			for (const otherId of fact.disagreesWith ?? []) {
				const other = byId.get(otherId);
				expect(
					other?.disagreesWith ?? [],
					`${otherId} should disagree back with ${fact.id}`
				).toContain(fact.id);
				expect(fact.claimOf, `${fact.id} disagrees, so it needs claimOf`).toBeDefined();
				expect(other?.claimOf, `${otherId} disagrees, so it needs claimOf`).toBeDefined();
				expect(other?.claimOf, `${fact.id} and ${otherId} are claims of the same source`).not.toBe(
					fact.claimOf
				);
			}
		}
		expect(facts.filter((f) => f.disagreesWith?.length).length).toBeGreaterThanOrEqual(4);
	});

	it('attributes one-source claims in the statement and cites that source', () => {
		for (const fact of facts) {
			if (!fact.claimOf) continue;
			expect(fact.statement, `${fact.id} statement should name its source`).toContain(
				OUTLET_IN_STATEMENT[fact.claimOf]
			);
			expect(
				fact.citations.some((c) => c.source === fact.claimOf),
				`${fact.id} should cite ${fact.claimOf}`
			).toBe(true);
		}
	});

	it('links most facts to others with related', () => {
		const without = facts.filter((f) => !f.related?.length);
		expect(without.length / facts.length).toBeLessThan(0.1);
	});
});

describe('fact base: references point at the right kinds', () => {
	it('event placeId refers to a place and actors to groups, organizations or people', () => {
		for (const fact of facts) {
			if (fact.kind !== 'event') continue;
			if (fact.placeId) expect(kindOf(fact.placeId), `${fact.id}.placeId`).toBe('place');
			for (const actor of fact.actors ?? []) {
				expect(['group', 'organization', 'person'], `${fact.id}.actors ${actor}`).toContain(
					kindOf(actor)
				);
			}
		}
	});

	it('place.standsFor refers to a country', () => {
		for (const fact of facts) {
			if (fact.kind !== 'place' || !fact.standsFor) continue;
			const country = facts.find((f) => f.id === fact.standsFor);
			expect(country?.kind === 'place' && country.place.type, `${fact.id}.standsFor`).toBe(
				'country'
			);
		}
	});

	it('figure.about refers to an event', () => {
		for (const fact of facts) {
			if (fact.kind === 'figure') expect(kindOf(fact.about), `${fact.id}.about`).toBe('event');
		}
	});

	it('group/organization basedIn refers to a place; allies and opponents to groups, organizations or places', () => {
		for (const fact of facts) {
			if (fact.kind !== 'group' && fact.kind !== 'organization') continue;
			if (fact.basedIn) expect(kindOf(fact.basedIn), `${fact.id}.basedIn`).toBe('place');
			for (const id of [...(fact.alliedWith ?? []), ...(fact.opposedTo ?? [])]) {
				expect(['group', 'organization', 'place'], `${fact.id} -> ${id}`).toContain(kindOf(id));
			}
		}
	});

	it('analysis about refers to groups, organizations, people or places', () => {
		for (const fact of facts) {
			if (fact.kind !== 'analysis') continue;
			for (const id of fact.about ?? []) {
				expect(['group', 'organization', 'person', 'place'], `${fact.id}.about ${id}`).toContain(
					kindOf(id)
				);
			}
		}
	});

	it('person affiliation and campaign by refer to groups, organizations or people', () => {
		for (const fact of facts) {
			if (fact.kind === 'person' && fact.affiliation) {
				expect(['group', 'organization'], `${fact.id}.affiliation`).toContain(
					kindOf(fact.affiliation)
				);
			}
			if (fact.kind === 'campaign' && fact.by) {
				expect(['group', 'organization', 'person'], `${fact.id}.by`).toContain(kindOf(fact.by));
			}
		}
	});
});

describe('fact base: campaigns and analysis', () => {
	const rawFacts = (parse(readFileSync(FACTS_FILE, 'utf8')) as { facts: Record<string, unknown>[] })
		.facts;

	it('has both kinds', () => {
		const count = (kind: Kind) => facts.filter((f) => f.kind === kind).length;
		expect(count('campaign')).toBeGreaterThan(0);
		expect(count('analysis')).toBeGreaterThan(count('campaign'));
	});

	it('gives every campaign the group, organization or person pursuing it', () => {
		for (const fact of facts) {
			if (fact.kind === 'campaign') expect(fact.by, `${fact.id}.by`).toBeDefined();
		}
	});

	it('gives an analysis no campaign fields (`by`, `description`), and what it is about', () => {
		for (const raw of rawFacts) {
			if (raw.kind !== 'analysis') continue;
			expect(raw, String(raw.id)).not.toHaveProperty('by');
			expect(raw, String(raw.id)).not.toHaveProperty('description');
			expect(
				(raw.about as unknown[] | undefined)?.length,
				`${String(raw.id)}.about`
			).toBeGreaterThan(0);
		}
	});
});

describe('fact base: dates, places and wording', () => {
	it(
		'dates are real calendar dates, match their precision and are not after ' + LATEST_DATE,
		() => {
			const dated = datedFacts();
			expect(dated.length).toBeGreaterThan(20);
			for (const { fact, date, precision } of dated) {
				const parsed = parseIsoDate(date);
				expect(parsed, `${fact.id}: ${date} is not a real date`).not.toBeNull();
				if (!parsed) continue;
				if (precision) expect(parsed.precision, `${fact.id}: datePrecision`).toBe(precision);
				expect(parsed.start <= LATEST_DATE, `${fact.id}: ${date} is after ${LATEST_DATE}`).toBe(
					true
				);
			}
		}
	);

	it('every event has a date and relative dates are explained', () => {
		for (const fact of facts) {
			if (fact.kind !== 'event') continue;
			expect(fact.date, fact.id).toBeTruthy();
		}
		const kerman = byId.get('kerman-bombings');
		expect(kerman?.kind === 'event' && kerman.date).toBe('2024-01-03');
		expect(kerman?.note).toMatch(/last Wednesday/);
	});

	it('coordinates are in range and countries carry an ISO 3166-1 code', () => {
		for (const fact of facts) {
			if (fact.kind !== 'place') continue;
			const { lat, lon, type, iso3166 } = fact.place;
			expect(Number.isFinite(lat) && lat >= -90 && lat <= 90, `${fact.id}.lat`).toBe(true);
			expect(Number.isFinite(lon) && lon >= -180 && lon <= 180, `${fact.id}.lon`).toBe(true);
			if (type !== 'region') expect(iso3166, `${fact.id}.iso3166`).toMatch(/^\d{3}$/);
		}
		const iran = byId.get('iran');
		expect(iran?.kind === 'place' && iran.place.iso3166).toBe('364');
		const afghanistan = byId.get('afghanistan');
		expect(afghanistan?.kind === 'place' && afghanistan.place.iso3166).toBe('004');
	});

	it('statements contain their key term, for cloze questions', () => {
		const numberWords: Record<number, string[]> = { 2: ['two', 'twin'], 4: ['four', 'fourth'] };
		for (const fact of facts) {
			const s = fact.statement;
			let terms: string[];
			switch (fact.kind) {
				case 'event':
					terms = [fact.date.slice(0, 4)];
					break;
				case 'figure':
					terms = [String(fact.value), ...(numberWords[fact.value] ?? [])];
					break;
				case 'group':
				case 'organization':
					terms = [fact.name, ...fact.aliases];
					break;
				case 'campaign': {
					const by = fact.by ? byId.get(fact.by) : undefined;
					terms = [fact.name];
					if (by) terms.push(by.name);
					if (by && (by.kind === 'group' || by.kind === 'organization')) terms.push(...by.aliases);
					break;
				}
				case 'analysis':
					// The blank of an analysis's cloze: a name it is about (its own label is not asked).
					terms = (fact.about ?? []).flatMap((id) => {
						const f = byId.get(id);
						if (!f) return [];
						if (f.kind === 'group' || f.kind === 'organization') return [f.name, ...f.aliases];
						if (f.kind === 'place') return [f.name, f.place.name];
						return [f.name];
					});
					break;
				default:
					terms = [fact.name];
			}
			expect(
				terms.some((t) => containsTerm(s, t)),
				`${fact.id}: statement should contain one of ${JSON.stringify(terms)}`
			).toBe(true);
		}
	});

	it('statements are one sentence', () => {
		for (const fact of facts) {
			const s = fact.statement.replace(/U\.S\./g, 'US').replace(/D\.C\./g, 'DC');
			expect(s, fact.id).toMatch(/[.?!]$/);
			expect(s.slice(0, -1), `${fact.id}: more than one sentence`).not.toMatch(/[.?!]\s+[A-Z]/);
		}
	});

	it('quotes are trimmed clauses without ellipses', () => {
		for (const fact of facts) {
			for (const { quote } of fact.citations) {
				expect(quote, fact.id).toBe(quote.trim());
				expect(quote, fact.id).not.toMatch(/\.\.\.|…/);
			}
		}
	});
});

describe('fact base: quotes come from the article bodies', () => {
	it.skipIf(noSources)('every source file listed in sources.yaml exists', () => {
		for (const source of base.sources) {
			expect(sourceTexts.has(source.id), `${source.file} for ${source.id}`).toBe(true);
		}
	});

	it.skipIf(noSources)('every quote appears verbatim in its source text', () => {
		const missing: string[] = [];
		for (const fact of facts) {
			for (const { source, quote } of fact.citations) {
				const text = sourceTexts.get(source);
				if (text === undefined || !text.includes(quote))
					missing.push(`${fact.id} (${source}): ${quote}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it.skipIf(noSources)(
		'every quote comes before the boilerplate tail and outside the site header',
		() => {
			const offending: string[] = [];
			for (const source of base.sources) {
				const text = sourceTexts.get(source.id);
				if (text === undefined) continue;
				const marker = BOILERPLATE_START[source.id];
				const end = text.indexOf(marker);
				expect(end, `boilerplate marker for ${source.id} not found`).toBeGreaterThan(0);
				const body = text.slice(0, end);
				const header = HEADER_BOILERPLATE[source.id] ?? [];
				for (const fact of facts) {
					for (const { source: src, quote } of fact.citations) {
						if (src !== source.id) continue;
						if (!body.includes(quote))
							offending.push(`${fact.id}: not in the article body: ${quote}`);
						for (const line of header) {
							if (line.includes(quote) || quote.includes(line))
								offending.push(`${fact.id}: quotes site header: ${quote}`);
						}
					}
				}
			}
			expect(offending).toEqual([]);
		}
	);

	it.skipIf(noSources)('quotes from the photo caption are rare and explained in a note', () => {
		const text = sourceTexts.get('conversation');
		if (text === undefined) return;
		const lines = text.split('\n');
		const caption = lines.find((l) => l.startsWith(CAPTION_MARKER)) ?? '';
		const bodyWithoutCaption = lines.filter((l) => l !== caption).join('\n');
		const captionCitations = facts.filter((f) =>
			f.citations.some(
				(c) =>
					c.source === 'conversation' &&
					caption.includes(c.quote) &&
					!bodyWithoutCaption.includes(c.quote)
			)
		);
		expect(captionCitations.length).toBeLessThanOrEqual(2);
		for (const fact of captionCitations) expect(fact.note ?? '', fact.id).toMatch(/caption/);
	});
});
