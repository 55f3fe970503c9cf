/**
 * Property tests over the real fact base (content/facts.yaml, when present),
 * the fixture and a synthetic base, for random seeds (fast-check).
 *
 * The truth checks here are written from the raw facts, independently of the
 * engine's own indexes: a distractor must not be the answer under another
 * name, must not stand in the fact base's relation to the subject, and must
 * not overlap the answer in time or place.
 */
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTS_FILE, loadFactBase } from '../../../content/load';
import { checkAnswer, scoreLocate } from './answer';
import { generateCards } from './cards';
import { parseDate, overlaps, formatDate, MONTHS, type DateValue } from './dates';
import { buildQuiz } from './quiz';
import { BLANK } from './questions/cloze';
import { syntheticFactBase } from './synthetic';
import { FIXTURE } from './testing/fixture';
import { answerKey } from './text';
import {
	QUESTION_TYPES,
	STUDY_TOPICS,
	type Fact,
	type FactBase,
	type McqQuestion,
	type Question
} from './types';

function loadReal(): FactBase | null {
	if (!existsSync(FACTS_FILE)) {
		console.warn(
			'properties: content/facts.yaml is missing; the real-fact-base properties are skipped'
		);
		return null;
	}
	try {
		return loadFactBase();
	} catch (error) {
		console.warn(`properties: the real fact base does not load, skipped: ${String(error)}`);
		return null;
	}
}

const REAL = loadReal();
const SYNTHETIC = syntheticFactBase(250, 11);
/** [name, base, runs]: runs kept small so the suite stays fast; CI reruns with new seeds every time. */
const BASES: Array<[string, FactBase, number]> = [
	['fixture', FIXTURE, 12],
	['synthetic (250 facts)', SYNTHETIC, 2],
	...(REAL ? [['real fact base', REAL, 12] as [string, FactBase, number]] : [])
];
/** Generous: the runs are few but the machine may be slow or busy. */
const TIMEOUT = 60_000;

// ---------------------------------------------------------------- the oracle

interface Raw {
	byId: Map<string, Fact>;
	links: (id: string) => Set<string>;
	names: (id: string) => Set<string>;
	contested: Set<string>;
}

function raw(base: FactBase): Raw {
	const byId = new Map(base.facts.map((f) => [f.id, f]));
	const links = new Map<string, Set<string>>();
	const link = (a: string, b: string) => {
		if (!links.has(a)) links.set(a, new Set());
		if (!links.has(b)) links.set(b, new Set());
		links.get(a)!.add(b);
		links.get(b)!.add(a);
	};
	const contested = new Set<string>();
	for (const f of base.facts) {
		for (const r of f.related ?? []) link(f.id, r);
		for (const d of f.disagreesWith ?? []) {
			contested.add(f.id);
			contested.add(d);
		}
		if (f.kind === 'group' || f.kind === 'organization')
			for (const a of f.alliedWith ?? []) link(f.id, a);
		if (f.kind === 'person' && f.affiliation) link(f.id, f.affiliation);
		if (f.kind === 'analysis') for (const a of f.about ?? []) link(f.id, a);
	}
	return {
		byId,
		links: (id) => links.get(id) ?? new Set(),
		names: (id) => {
			const f = byId.get(id);
			if (!f) return new Set();
			const ns = [f.name];
			if (f.kind === 'group' || f.kind === 'organization') ns.push(...f.aliases);
			if (f.kind === 'place') ns.push(f.place.name);
			return new Set(ns.map(answerKey));
		},
		contested
	};
}

const dateOfFact = (f: Fact | undefined): DateValue | undefined =>
	f && (f.kind === 'event' || f.kind === 'campaign') && f.date
		? (parseDate(f.date, f.datePrecision) ?? undefined)
		: undefined;

const monthNames: readonly string[] = MONTHS;

/** Parses an option label back into a date ("3 January 2024", "August 2023", "2021"). */
function labelDate(label: string): DateValue | undefined {
	let m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(label);
	if (m)
		return (
			parseDate(
				`${m[3]}-${String(monthNames.indexOf(m[2]!) + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
			) ?? undefined
		);
	m = /^([A-Za-z]+) (\d{4})$/.exec(label);
	if (m)
		return (
			parseDate(`${m[2]}-${String(monthNames.indexOf(m[1]!) + 1).padStart(2, '0')}`) ?? undefined
		);
	return /^\d{4}$/.test(label) ? (parseDate(label) ?? undefined) : undefined;
}

function placeIso(f: Fact | undefined): string | undefined {
	return f?.kind === 'place' ? f.place.iso3166 : undefined;
}

/** One place inside the other, from the raw data: same place, same country, or a site in its city. */
function nested(a: Fact | undefined, b: Fact | undefined): boolean {
	if (!a || !b || a.kind !== 'place' || b.kind !== 'place') return false;
	if (a.id === b.id) return true;
	const ta = a.place.type;
	const tb = b.place.type;
	if (ta === 'region' || tb === 'region') return false;
	if (ta === 'country' || tb === 'country') {
		return a.place.iso3166 !== undefined && a.place.iso3166 === b.place.iso3166;
	}
	const dLat = a.place.lat - b.place.lat;
	const dLon = a.place.lon - b.place.lon;
	return Math.hypot(dLat, dLon) < 0.3; // ~30 km
}

function checkMcqTruth(q: McqQuestion, r: Raw): void {
	const right = q.options.find((o) => o.id === q.answerId)!;
	const wrong = q.options.filter((o) => o.id !== q.answerId);
	const subjectId = q.id.split(':')[0]!;
	const subject = r.byId.get(subjectId)!;
	const rightNames = right.factId ? r.names(right.factId) : new Set([answerKey(right.label)]);
	for (const o of wrong) {
		expect(rightNames.has(answerKey(o.label)), `${q.id}: "${o.label}" names the answer`).toBe(
			false
		);
		if (o.factId) expect(r.contested.has(o.factId), `${q.id}: contested distractor`).toBe(false);
	}
	const kindOf = (id?: string) => (id ? r.byId.get(id)?.kind : undefined);
	switch (q.direction) {
		case 'date': {
			const truths = [subject, ...[...(subject.disagreesWith ?? [])].map((id) => r.byId.get(id))]
				.map(dateOfFact)
				.filter((d): d is DateValue => d !== undefined);
			const precision = dateOfFact(subject)!.precision;
			for (const o of wrong) {
				const d = labelDate(o.label);
				expect(d, `${q.id}: "${o.label}" is a date`).toBeDefined();
				expect(d!.precision).toBe(precision);
				for (const t of truths)
					expect(overlaps(d!, t), `${q.id}: ${o.label} overlaps ${formatDate(t)}`).toBe(false);
			}
			break;
		}
		case 'event-by-date': {
			const asked = dateOfFact(subject)!;
			for (const o of wrong) {
				const d = dateOfFact(r.byId.get(o.factId!));
				expect(d, `${q.id}: distractor without a date`).toBeDefined();
				expect(overlaps(d!, asked), `${q.id}: ${o.label} may have happened then`).toBe(false);
			}
			break;
		}
		case 'place':
		case 'linked-place': {
			const place = r.byId.get(right.factId!);
			for (const o of wrong) {
				const p = r.byId.get(o.factId!);
				expect(p?.kind).toBe('place');
				if (p?.kind === 'place' && place?.kind === 'place')
					expect(p.place.type).toBe(place.place.type);
				expect(nested(p, place), `${q.id}: ${o.label} contains or is in ${right.label}`).toBe(
					false
				);
				expect(
					r.links(subjectId).has(o.factId!),
					`${q.id}: ${o.label} is linked to the event`
				).toBe(false);
			}
			break;
		}
		case 'actor':
		case 'campaign-by':
		case 'affiliation': {
			const answer = right.factId!;
			const trueOnes = new Set<string>([answer, ...r.links(answer)]);
			if (subject.kind === 'event') for (const a of subject.actors ?? []) trueOnes.add(a);
			for (const l of r.links(subjectId)) {
				const f = r.byId.get(l);
				if (f?.kind === 'campaign' && f.by) trueOnes.add(f.by);
				if (f?.kind === 'analysis' && f.about?.[0]) trueOnes.add(f.about[0]);
			}
			for (const o of wrong) {
				expect(trueOnes.has(o.factId!), `${q.id}: ${o.label} may also be right`).toBe(false);
				expect(kindOf(o.factId)).toBe(kindOf(answer));
			}
			break;
		}
		case 'base': {
			const base = r.byId.get(right.factId!);
			for (const o of wrong) {
				expect(nested(r.byId.get(o.factId!), base), `${q.id}: ${o.label}`).toBe(false);
				expect(r.links(subjectId).has(o.factId!)).toBe(false);
			}
			break;
		}
		case 'group-by-description': {
			const desc =
				subject.kind === 'group' || subject.kind === 'organization' ? subject.description : '';
			for (const o of wrong) {
				const g = r.byId.get(o.factId!);
				expect(g?.kind).toBe(subject.kind);
				if (g?.kind === 'group' || g?.kind === 'organization')
					expect(answerKey(g.description)).not.toBe(answerKey(desc));
				expect(r.links(subjectId).has(o.factId!)).toBe(false);
			}
			break;
		}
		case 'alias': {
			const own = r.names(subjectId);
			for (const o of wrong) expect(own.has(answerKey(o.label)), `${q.id}: ${o.label}`).toBe(false);
			break;
		}
		case 'role':
			for (const o of wrong) expect(o.factId).not.toBe(subjectId);
			break;
		case 'country': {
			const iso = placeIso(subject);
			for (const o of wrong) {
				const c = o.factId ? r.byId.get(o.factId) : undefined;
				if (iso && c) expect(placeIso(c)).not.toBe(iso);
				if (subject.kind === 'place')
					expect(answerKey(o.label)).not.toBe(answerKey(subject.place.country));
			}
			break;
		}
		case 'event-at-place':
			for (const o of wrong) {
				const e = r.byId.get(o.factId!);
				expect(e?.kind).toBe('event');
				const p = e?.kind === 'event' && e.placeId ? r.byId.get(e.placeId) : undefined;
				expect(p, `${q.id}: ${o.label} has no known place`).toBeDefined();
				expect(nested(p, subject), `${q.id}: ${o.label} happened there`).toBe(false);
			}
			break;
	}
}

/** Every piece of text a question shows. */
function textsOf(q: Question): string[] {
	const out = [q.prompt];
	switch (q.type) {
		case 'flashcard':
			out.push(q.front, q.back);
			break;
		case 'mcq':
		case 'year':
			out.push(...q.options.map((o) => o.label));
			break;
		case 'truefalse':
			out.push(q.statement, q.truth);
			break;
		case 'cloze':
			out.push(q.text, q.answer, ...q.answers);
			break;
		case 'timeline':
			out.push(...q.events.map((e) => e.label));
			break;
		case 'locate':
			out.push(q.target.name, ...q.choices.map((c) => c.name));
			break;
		case 'matching':
			out.push(...q.left.map((x) => x.label), ...q.right.map((x) => x.label));
			break;
	}
	return out;
}

/** Names (as answer keys) of a fact, from the raw data. */
function rawNames(f: Fact): string[] {
	const ns = [f.name];
	if (f.kind === 'group' || f.kind === 'organization') ns.push(...f.aliases);
	if (f.kind === 'place') ns.push(f.place.name);
	return ns;
}

/** Whole-word, case-insensitive mention of a name in a text. */
function mentionsName(text: string, name: string): boolean {
	const words = (t: string) =>
		` ${t
			.split(/[^\p{L}\p{N}]+/u)
			.map(answerKey)
			.filter(Boolean)
			.join(' ')} `;
	const k = words(name).trim();
	return k !== '' && words(text).includes(` ${k} `);
}

/**
 * An analysis is never defined ("What is …?") or asked as a campaign: it
 * gives cloze questions that blank a name it is about or names, and
 * true/false statements whose false form swaps its main group for a
 * same-kind group the raw facts do not tie to it.
 */
function checkAnalysis(q: Question, r: Raw): void {
	const subject = r.byId.get(q.id.split(':')[0]!);
	const analyses = [subject, ...q.factIds.map((id) => r.byId.get(id))].filter(
		(f): f is Extract<Fact, { kind: 'analysis' }> => f?.kind === 'analysis'
	);
	if (analyses.length === 0) return;
	for (const t of textsOf(q)) {
		for (const a of analyses) {
			if (!a.statement.includes('aunched by'))
				expect(t, `${q.id}: campaign wording`).not.toMatch(/\b[Ll]aunched by\b/);
		}
	}
	if (subject?.kind !== 'analysis') return;
	expect(['cloze', 'truefalse'], `${q.id}: an analysis asked as ${q.type}`).toContain(q.type);
	if (q.type === 'cloze') {
		const blanked = r.byId.get(q.direction);
		expect(blanked, `${q.id}: blanks no fact`).toBeDefined();
		expect(
			['group', 'organization', 'person', 'place'],
			`${q.id}: blanks a ${blanked?.kind}`
		).toContain(blanked?.kind);
		const own = rawNames(blanked!).map(answerKey);
		expect(own, `${q.id}: "${q.answer}" is not a name of ${q.direction}`).toContain(
			answerKey(q.answer)
		);
		expect(
			(subject.about ?? []).includes(q.direction) || mentionsName(subject.statement, q.answer),
			`${q.id}: blanks a name the analysis is not about`
		).toBe(true);
		expect(q.text, `${q.id}: the analysis's own label blanked`).not.toBe(subject.statement);
	}
	if (q.type === 'truefalse') {
		expect(subject.claimOf, `${q.id}: true/false on an unattributed analysis`).toBeDefined();
		expect(q.truth.endsWith(subject.statement), `${q.id}: truth is not the statement`).toBe(true);
		expect(q.statement.match(/According to/g)?.length, `${q.id}: attributed twice`).toBe(1);
		if (q.answer) return;
		const main = r.byId.get(subject.about?.[0] ?? '')!;
		for (const n of rawNames(main))
			expect(mentionsName(q.statement, n), `${q.id}: still names ${n}`).toBe(false);
		const swapped = [...r.byId.values()].filter(
			(f) =>
				(f.kind === 'group' || f.kind === 'organization') &&
				rawNames(f).some((n) => mentionsName(q.statement, n) && !mentionsName(subject.statement, n))
		);
		expect(swapped.length, `${q.id}: which group was swapped in?`).toBeGreaterThan(0);
		const tied = new Set([
			...(subject.about ?? []),
			...(subject.related ?? []),
			...r.links(subject.id),
			...r.links(main.id)
		]);
		for (const g of swapped) {
			expect(g.kind, `${q.id}: ${g.id} is not of the same kind`).toBe(main.kind);
			expect(tied.has(g.id), `${q.id}: ${g.id} is tied to the analysis`).toBe(false);
			expect(r.contested.has(g.id), `${q.id}: ${g.id} is contested`).toBe(false);
		}
	}
}

function checkQuestion(q: Question, r: Raw): void {
	checkAnalysis(q, r);
	expect(q.prompt.trim().length, q.id).toBeGreaterThan(0);
	expect(q.factIds.length).toBeGreaterThan(0);
	expect(q.topics.length).toBeGreaterThan(0);
	for (const t of q.topics) expect(STUDY_TOPICS).toContain(t);
	for (const id of q.factIds) expect(r.byId.has(id), `${q.id}: unknown fact ${id}`).toBe(true);
	// Disagreeing sources: the question names whose account it asks for, or is not asked.
	if (q.factIds.some((id) => r.contested.has(id))) {
		expect(q.attribution, `${q.id}: contested but unattributed`).toBeDefined();
	}
	if (q.attribution) {
		const text = q.type === 'cloze' ? q.text : q.type === 'truefalse' ? q.statement : q.prompt;
		expect(text, q.id).toMatch(/According to|according to|The Dispatch|The Conversation/);
	}
	switch (q.type) {
		case 'flashcard':
			expect(q.front.trim()).not.toBe('');
			expect(q.back.trim()).not.toBe('');
			break;
		case 'mcq': {
			expect(q.options).toHaveLength(4);
			expect(new Set(q.options.map((o) => o.id)).size).toBe(4);
			expect(new Set(q.options.map((o) => answerKey(o.label))).size, q.id).toBe(4);
			expect(q.options.filter((o) => o.id === q.answerId)).toHaveLength(1);
			expect(checkAnswer(q, q.answerId).correct).toBe(true);
			for (const o of q.options)
				if (o.id !== q.answerId) expect(checkAnswer(q, o.id).correct).toBe(false);
			checkMcqTruth(q, r);
			break;
		}
		case 'truefalse':
			if (q.answer) expect(q.statement).toBe(q.truth);
			else expect(q.statement).not.toBe(q.truth);
			expect(checkAnswer(q, q.answer).correct).toBe(true);
			break;
		case 'cloze': {
			expect(q.text).toContain(BLANK);
			const textKey = ` ${q.text
				.split(/[^\p{L}\p{N}]+/u)
				.map(answerKey)
				.filter(Boolean)
				.join(' ')} `;
			for (const a of q.answers) {
				const k = a
					.split(/[^\p{L}\p{N}]+/u)
					.map(answerKey)
					.filter(Boolean)
					.join(' ');
				expect(textKey.includes(` ${k} `), `${q.id}: "${a}" still in the text`).toBe(false);
				expect(checkAnswer(q, a).correct).toBe(true);
			}
			break;
		}
		case 'year': {
			const d = dateOfFact(r.byId.get(q.factIds[0]!));
			expect(q.answer).toBe(d?.year);
			expect(new Set(q.options.map((o) => o.label)).size).toBe(4);
			expect(q.options.filter((o) => o.id === q.answerId)).toHaveLength(1);
			expect(checkAnswer(q, String(q.answer)).correct).toBe(true);
			break;
		}
		case 'timeline': {
			expect(q.events.length).toBeGreaterThanOrEqual(4);
			expect(q.events.length).toBeLessThanOrEqual(6);
			const dates = q.order.map((id) => dateOfFact(r.byId.get(id))!);
			for (let i = 0; i < dates.length; i++) {
				for (let j = i + 1; j < dates.length; j++) {
					expect(overlaps(dates[i]!, dates[j]!), `${q.id}: two events overlap`).toBe(false);
					expect(dates[i]!.year * 400 + dates[i]!.month * 32 + dates[i]!.day).toBeLessThan(
						dates[j]!.year * 400 + dates[j]!.month * 32 + dates[j]!.day
					);
				}
			}
			for (const id of q.order)
				expect(r.contested.has(id) || r.byId.get(id)?.claimOf !== undefined).toBe(false);
			expect(checkAnswer(q, q.order).correct).toBe(true);
			break;
		}
		case 'locate':
			expect(scoreLocate(q, { lat: q.target.lat, lon: q.target.lon }).correct).toBe(true);
			expect(new Set(q.choices.map((c) => c.factId)).size).toBe(q.choices.length);
			expect(q.choices.filter((c) => c.factId === q.answerChoiceId)).toHaveLength(1);
			expect(scoreLocate(q, { factId: q.answerChoiceId }).correct).toBe(true);
			if (q.target.iso3166)
				expect(scoreLocate(q, { iso3166: q.target.iso3166 }).correct).toBe(true);
			break;
		case 'matching':
			expect(q.left.length).toBeGreaterThanOrEqual(4);
			expect(q.left.length).toBeLessThanOrEqual(6);
			expect(new Set(Object.values(q.pairs)).size).toBe(q.left.length);
			expect(new Set(q.right.map((x) => answerKey(x.label))).size).toBe(q.right.length);
			expect(checkAnswer(q, q.pairs).correct).toBe(true);
			break;
	}
}

// ---------------------------------------------------------------- properties

const seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });

describe.each(BASES)('%s', (_name, base, runs) => {
	const r = raw(base);

	it(
		'every generated question is well formed, with exactly one right answer and true distractors false',
		() => {
			fc.assert(
				fc.property(seed, (s) => {
					const cards = generateCards(base, { seed: s });
					expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
					for (const q of cards) checkQuestion(q, r);
				}),
				{ numRuns: runs }
			);
		},
		TIMEOUT
	);

	it(
		'the same seed gives the same cards; another seed keeps the same card ids',
		() => {
			const ids = new Set(generateCards(base, { seed: 0 }).map((c) => c.id));
			fc.assert(
				fc.property(seed, (s) => {
					const a = generateCards(base, { seed: s });
					expect(generateCards({ ...base, facts: [...base.facts].reverse() }, { seed: s })).toEqual(
						a
					);
					expect(new Set(a.map((c) => c.id))).toEqual(ids);
				}),
				{ numRuns: Math.max(2, Math.floor(runs / 4)) }
			);
		},
		TIMEOUT
	);

	it(
		'buildQuiz is deterministic and keeps to its settings',
		() => {
			fc.assert(
				fc.property(
					seed,
					fc.subarray([...STUDY_TOPICS], { minLength: 1 }),
					fc.subarray([...QUESTION_TYPES], { minLength: 1 }),
					fc.integer({ min: 1, max: 30 }),
					(s, topics, types, count) => {
						const settings = { topics, types, count, seed: s };
						const quiz = buildQuiz(base, settings);
						expect(buildQuiz(base, settings)).toEqual(quiz);
						expect(quiz.questions.length).toBe(Math.min(count, quiz.available));
						expect(new Set(quiz.questions.map((q) => q.id)).size).toBe(quiz.questions.length);
						for (const q of quiz.questions) {
							expect(types).toContain(q.type);
							expect(q.topics.some((t) => topics.includes(t))).toBe(true);
							checkQuestion(q, r);
						}
					}
				),
				{ numRuns: runs }
			);
		},
		TIMEOUT
	);
});

describe.each(BASES)('analysis facts in the %s', (_name, base) => {
	const analyses = base.facts.filter((f) => f.kind === 'analysis');
	const ids = new Set(analyses.map((f) => f.id));
	const cards = generateCards(base, { seed: 7 });
	const of = (q: Question) => q.id.split(':')[0]!;

	it('exist', () => {
		expect(analyses.length).toBeGreaterThan(0);
	});

	it('never give a flashcard, a multiple choice or a year question', () => {
		const asked = cards.filter((q) => ids.has(of(q)));
		expect(asked.filter((q) => q.type !== 'cloze' && q.type !== 'truefalse')).toEqual([]);
		expect(asked.some((q) => q.type === 'cloze')).toBe(true);
	});

	it('blank a real name in every cloze: a group, organization, person or place they are about', () => {
		const byId = new Map(base.facts.map((f) => [f.id, f]));
		for (const q of cards) {
			if (q.type !== 'cloze' || !ids.has(of(q))) continue;
			const named = byId.get(q.direction);
			expect(['group', 'organization', 'person', 'place'], q.id).toContain(named?.kind);
			expect(rawNames(named!).map(answerKey), q.id).toContain(answerKey(q.answer));
			expect(q.factIds, q.id).toContain(q.direction);
		}
	});

	it('never read as a campaign: no generated text says “Launched by”', () => {
		for (const q of cards) {
			if (!q.factIds.some((id) => ids.has(id)) && !ids.has(of(q))) continue;
			for (const t of textsOf(q)) expect(t, q.id).not.toMatch(/[Ll]aunched by/);
		}
	});
});

describe('the correct option’s position is uniform over seeds', () => {
	const base = REAL ?? FIXTURE;
	const chiSquare = (counts: number[]) => {
		const total = counts.reduce((a, b) => a + b, 0);
		const e = total / counts.length;
		return counts.reduce((s, c) => s + (c - e) ** 2 / e, 0);
	};

	it(
		'for each of a few questions, over 300 seeds (chi-square, df = 3, p = 0.001)',
		() => {
			const ids = generateCards(base, { types: ['mcq'] })
				.slice(0, 4)
				.map((q) => q.id);
			const counts = new Map(ids.map((id) => [id, [0, 0, 0, 0]]));
			for (let s = 0; s < 300; s++) {
				for (const q of generateCards(base, { seed: s, types: ['mcq'] }) as McqQuestion[]) {
					const c = counts.get(q.id);
					if (c) c[q.options.findIndex((o) => o.id === q.answerId)]! += 1;
				}
			}
			for (const [, c] of counts) expect(chiSquare(c)).toBeLessThan(16.27);
		},
		TIMEOUT
	);

	it(
		'over every question of 60 seeds, year questions included',
		() => {
			const counts = [0, 0, 0, 0];
			for (let s = 0; s < 60; s++) {
				for (const q of generateCards(base, { seed: 1000 + s, types: ['mcq', 'year'] })) {
					if (q.type === 'mcq' || q.type === 'year')
						counts[q.options.findIndex((o) => o.id === q.answerId)]! += 1;
				}
			}
			expect(chiSquare(counts)).toBeLessThan(16.27);
		},
		TIMEOUT
	);

	it(
		'true/false answers are about evenly split',
		() => {
			let t = 0;
			let n = 0;
			for (let s = 0; s < 30; s++) {
				for (const q of generateCards(base, { seed: s, types: ['truefalse'] })) {
					if (q.type !== 'truefalse') continue;
					n++;
					if (q.answer) t++;
				}
			}
			expect(t / n).toBeGreaterThan(0.4);
			expect(t / n).toBeLessThan(0.65);
		},
		TIMEOUT
	);
});
