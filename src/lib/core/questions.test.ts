/** Each question type, on the fixture fact base. */
import { describe, expect, it } from 'vitest';
import { contextFor, generateCards, questionsOfType } from './cards';
import { checkAnswer } from './answer';
import { BLANK } from './questions/cloze';
import { MAX_LISTED } from './questions/flashcard';
import { FIXTURE } from './testing/fixture';
import type {
	ClozeQuestion,
	Fact,
	FlashcardQuestion,
	LocateQuestion,
	MatchingQuestion,
	McqQuestion,
	Question,
	TimelineQuestion,
	TrueFalseQuestion,
	YearQuestion
} from './types';

const seeds = [0, 1, 2, 3, 4, 5, 6, 7];
const decks = seeds.map((seed) => generateCards(FIXTURE, { seed }));
const deck = decks[0]!;
const byId = (cards: Question[], id: string) => cards.find((c) => c.id === id);
const mcq = (id: string, cards = deck) => byId(cards, id) as McqQuestion | undefined;
const labels = (q: McqQuestion) => q.options.map((o) => o.label);
const correctLabel = (q: McqQuestion) => q.options.find((o) => o.id === q.answerId)!.label;

describe('card ids', () => {
	it('are unique and follow subject:type:direction, the subject a fact id or a date', () => {
		const ids = deck.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const c of deck)
			expect(c.id).toMatch(/^(?:[a-z0-9-]+|date\.\d{4}(?:-\d\d){0,2}):[a-z]+:[a-z0-9-]+$/);
	});

	it('of date cards stay when an event on the same date is added', () => {
		const id = 'date.2024-01-03:flashcard:from-date';
		expect(byId(deck, id)?.factIds).toEqual(['kerman-bombings']);
		// Its id sorts before every event on that date: with engine 1 it took the card over.
		const added: Fact = {
			id: 'aaa-kerman-vigil',
			kind: 'event',
			name: 'Kerman vigil',
			date: '2024-01-03',
			datePrecision: 'day',
			topics: ['dates'],
			statement: 'A vigil was held in Kerman.',
			citations: [{ source: 'dispatch', quote: 'a vigil' }]
		} as Fact;
		const more = generateCards({ ...FIXTURE, facts: [...FIXTURE.facts, added] });
		expect(byId(more, id)?.factIds.sort()).toEqual(['aaa-kerman-vigil', 'kerman-bombings']);
		const before = new Set(deck.filter((c) => c.type === 'flashcard').map((c) => c.id));
		const after = new Set(more.map((c) => c.id));
		expect([...before].filter((c) => !after.has(c))).toEqual([]);
	});

	it('do not depend on the seed (progress is never orphaned by a new seed)', () => {
		const ids = new Set(deck.map((c) => c.id));
		for (const other of decks) expect(new Set(other.map((c) => c.id))).toEqual(ids);
	});

	it('carry the facts they come from', () => {
		for (const c of deck) {
			expect(c.factIds.length).toBeGreaterThan(0);
			for (const id of c.factIds) expect(FIXTURE.facts.some((f) => f.id === id)).toBe(true);
		}
	});
});

describe('flashcards', () => {
	it('go both ways where it makes sense', () => {
		const f = (id: string) => byId(deck, id) as FlashcardQuestion;
		expect(f('is-k:flashcard:what').back).toBe('The Islamic State’s branch in Afghanistan.');
		expect(f('is-k:flashcard:what').front).toContain('ISIS-K');
		expect(f('is-k:flashcard:base').back).toBe('Afghanistan');
		expect(f('kerman-bombings:flashcard:date').back).toBe('3 January 2024');
		expect(f('date.2024-01-03:flashcard:from-date').prompt).toBe(
			'What happened on 3 January 2024?'
		);
		expect(f('date.2024-01-03:flashcard:from-date').back).toContain('Kerman bombings');
		expect(f('kerman:flashcard:events').back).toContain('Kerman funeral');
		expect(f('qassem-soleimani:flashcard:role').back).toMatch(
			/^Commander of the IRGC’s Quds Force/
		);
		expect(f('kerman-toll-nearly-100:flashcard:figure').back).toBe('Nearly 100 people killed.');
		expect(f('kerman-toll-nearly-100:flashcard:figure').prompt).toContain(
			'According to The Dispatch'
		);
	});

	it('list what happened on a date or in a place with semicolons, and only a few', () => {
		const f = (cards: Question[], id: string) => byId(cards, id) as FlashcardQuestion | undefined;
		// Event names have commas and "and" of their own: a semicolon between them.
		expect(f(deck, 'kerman:flashcard:events')!.back).toBe(
			'Kerman bombings (3 January 2024); Kerman funeral (5 January 2024)'
		);
		// Seven more events in Kerman on 3 January 2024: no learner recalls such a list.
		const vigils: Fact[] = Array.from({ length: MAX_LISTED }, (_, i) => ({
			id: `vigil-${i}`,
			kind: 'event',
			name: `Kerman vigil number ${i + 1}`,
			date: '2024-01-03',
			datePrecision: 'day',
			placeId: 'kerman',
			topics: ['dates'],
			statement: `Vigil ${i + 1} was held in Kerman.`,
			citations: [{ source: 'dispatch', quote: 'a vigil' }]
		})) as Fact[];
		const crowded = generateCards({ ...FIXTURE, facts: [...FIXTURE.facts, ...vigils] });
		expect(f(crowded, 'kerman:flashcard:events')).toBeUndefined();
		expect(f(crowded, 'date.2024-01-03:flashcard:from-date')).toBeUndefined();
		// One fewer is still a card.
		const fewer = generateCards({ ...FIXTURE, facts: [...FIXTURE.facts, ...vigils.slice(1)] });
		expect(f(fewer, 'date.2024-01-03:flashcard:from-date')!.back.split('; ')).toHaveLength(
			MAX_LISTED
		);
	});

	it('hide the date a name carries when asking for it, and tell namesakes apart by order', () => {
		const q = byId(deck, 'shahcheragh-attack-2022:flashcard:date') as FlashcardQuestion;
		// Two attacks of that name: without "earlier" the question would have two answers.
		expect(q.prompt).toBe('When was the earlier Shahcheragh shrine attack?');
		expect(q.back).toBe('October 2022');
		const later = byId(deck, 'shahcheragh-attack-2023:flashcard:date') as FlashcardQuestion;
		expect(later.prompt).toBe('When was the later Shahcheragh shrine attack?');
		expect(byId(deck, 'shahcheragh-attack-2023:year:year')?.prompt).toBe(
			'In what year was the later Shahcheragh shrine attack?'
		);
		// Shown without a date, either would be ambiguous: no timeline uses them.
		for (const t of deck.filter((c) => c.type === 'timeline'))
			expect(t.factIds.some((id) => id.startsWith('shahcheragh-attack'))).toBe(false);
	});
});

describe('multiple choice', () => {
	it('asks who was behind the Kerman bombings, with no alias or parent of IS-K among the distractors', () => {
		for (const cards of decks) {
			const q = mcq('kerman-bombings:mcq:actor', cards)!;
			expect(q.prompt).toBe('Which group was behind the Kerman bombings?');
			expect(correctLabel(q)).toBe('IS-K');
			expect(q.options).toHaveLength(4);
			const wrong = q.options.filter((o) => o.id !== q.answerId).map((o) => o.factId);
			for (const id of ['is-k', 'islamic-state', 'lashkar-e-jhangvi'])
				expect(wrong).not.toContain(id);
			for (const label of labels(q)) {
				expect(['ISIS-K', 'Islamic State Khorasan Province', 'Islamic State']).not.toContain(label);
			}
		}
	});

	it('never offers another city named in the same plot as a wrong answer', () => {
		for (const cards of decks) {
			const q = mcq('holiday-plot:mcq:linked-place', cards)!;
			expect(q.prompt).toMatch(
				/^According to The Dispatch, which city is named in connection with/
			);
			const right = ['Cologne', 'Vienna', 'Madrid'];
			expect(right).toContain(correctLabel(q));
			expect(labels(q).filter((l) => right.includes(l))).toHaveLength(1);
		}
	});

	it('asks dates at the event’s precision, with near dates that are not also true', () => {
		for (const cards of decks) {
			const q = mcq('kerman-bombings:mcq:date', cards)!;
			expect(correctLabel(q)).toBe('3 January 2024');
			for (const l of labels(q)) expect(l).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
			const namesake = mcq('shahcheragh-attack-2022:mcq:date', cards)!;
			expect(labels(namesake)).not.toContain('August 2023'); // the other attack of the same name
		}
	});

	it('offers cities of the same country first', () => {
		const q = mcq('shiraz:mcq:event-at-place')!;
		expect(correctLabel(q)).toMatch(/^Shahcheragh shrine attack/);
		expect(q.options.every((o) => o.id === q.answerId || !o.label.startsWith('Shahcheragh'))).toBe(
			true
		);
	});

	it('asks contested facts only as the attributed claim', () => {
		for (const q of deck) {
			if (
				q.factIds.some((id) => id.startsWith('soleimani-killed') || id.startsWith('kerman-toll'))
			) {
				expect(q.attribution).toBeDefined();
			}
			expect(q.factIds).not.toContain('unattributed-contested');
		}
		const q = mcq('soleimani-killed-dispatch:mcq:place')!;
		expect(q.prompt).toBe(
			'According to The Dispatch, where did the killing of Qassem Soleimani take place?'
		);
	});

	it('skips questions whose wording gives the answer away', () => {
		expect(mcq('kerman-bombings:mcq:place')).toBeUndefined(); // "Kerman bombings" names Kerman
		expect(mcq('kill-them-wherever-you-find-them:mcq:campaign-by')).toBeUndefined(); // description names the group
		expect(mcq('al-qaeda:mcq:group-by-description')).toBeUndefined(); // "major jihadist group": too generic
	});
});

describe('true / false', () => {
	it('states the truth, or swaps one element for a same-kind wrong one', () => {
		const all = decks.flatMap((cards) =>
			cards.filter((c): c is TrueFalseQuestion => c.id === 'kerman-bombings:truefalse:actor')
		);
		expect(all.some((q) => q.answer)).toBe(true);
		expect(all.some((q) => !q.answer)).toBe(true);
		for (const q of all) {
			expect(q.truth).toBe('IS-K was behind the Kerman bombings.');
			if (q.answer) expect(q.statement).toBe(q.truth);
			else {
				expect(q.statement).not.toBe(q.truth);
				expect(q.statement).toMatch(/ was behind the Kerman bombings\.$/);
			}
		}
	});

	it('swaps in the most plausible wrong option of the same multiple choice question', () => {
		let checked = 0;
		for (const cards of decks)
			for (const q of cards) {
				if (q.type !== 'truefalse' || q.answer) continue;
				const choice = mcq(q.id.replace(':truefalse:', ':mcq:'), cards);
				if (!choice) continue;
				// The wrong options in the order they were drawn are not kept; the statement must name one.
				const wrong = choice.options.filter((o) => o.id !== choice.answerId);
				const named = wrong.filter((o) =>
					q.statement.toLowerCase().includes(o.label.toLowerCase())
				);
				expect(named.length, q.statement).toBeGreaterThan(0);
				checked++;
			}
		expect(checked).toBeGreaterThan(20);
	});

	it('gives the same questions when asked again in one context (the draw is shared, not replayed)', () => {
		const ctx = contextFor(FIXTURE, 5);
		const first = [...questionsOfType(ctx, 'truefalse'), ...questionsOfType(ctx, 'mcq')];
		const again = [...questionsOfType(ctx, 'truefalse'), ...questionsOfType(ctx, 'mcq')];
		expect(again).toEqual(first);
	});
});

describe('cloze', () => {
	it('blanks a key term and accepts every alias', () => {
		const q = byId(deck, 'kerman-bombings-claim:cloze:is-k') as ClozeQuestion;
		expect(q.text).toContain(BLANK);
		expect(q.text).not.toContain('IS-K claimed');
		expect(checkAnswer(q, 'ISIS-K').correct).toBe(true);
		expect(checkAnswer(q, ' is-k ').correct).toBe(true);
		expect(checkAnswer(q, 'Islamic State Khorasan Province').correct).toBe(true);
		expect(checkAnswer(q, 'Islamic State').correct).toBe(false);
	});

	it('is not made when another statement reads the same around the blank (two right answers)', () => {
		// The fixture's places share one statement: "<name> is a place in the fixture."
		const twins = FIXTURE.facts.filter((f) => f.statement.endsWith(' is a place in the fixture.'));
		expect(twins.length).toBeGreaterThan(1);
		for (const f of twins) expect(byId(deck, `${f.id}:cloze:${f.id}`)).toBeUndefined();
		// Alone, one of them reads uniquely and is asked.
		const [first] = twins;
		const alone = generateCards({
			...FIXTURE,
			facts: FIXTURE.facts.filter((f) => f === first || !twins.includes(f))
		});
		expect(byId(alone, `${first!.id}:cloze:${first!.id}`)).toBeDefined();
	});

	it('counts a statement that reads the same even when its own blank is not asked', () => {
		const said = (statements: Record<string, string>) =>
			generateCards({
				...FIXTURE,
				facts: FIXTURE.facts.map((f) =>
					statements[f.id] ? { ...f, statement: statements[f.id]! } : f
				)
			});
		// "German authorities" gives Germany's own blank away, yet Germany fills Austria's blank as truly.
		const twins = said({
			germany: 'Germany is where German authorities made arrests.',
			austria: 'Austria is where German authorities made arrests.'
		});
		expect(byId(twins, 'germany:cloze:germany')).toBeUndefined();
		expect(byId(twins, 'austria:cloze:austria')).toBeUndefined();
		const apart = said({ austria: 'Austria is where German authorities made arrests.' });
		expect(byId(apart, 'austria:cloze:austria')).toBeDefined();
	});

	it('never blanks inside quotation marks', () => {
		const q = byId(deck, 'kill-them-wherever-you-find-them:cloze:date') as
			ClozeQuestion | undefined;
		if (q) expect(q.text).toContain('“Kill Them Wherever You Find Them”');
	});
});

describe('year', () => {
	it('offers four distinct years, one right', () => {
		const q = byId(deck, 'islamic-republic-founded:year:year') as YearQuestion;
		expect(q.prompt).toBe('In what year was the founding of the Islamic Republic of Iran?');
		expect(q.answer).toBe(1979);
		expect(new Set(q.options.map((o) => o.label)).size).toBe(4);
		expect(checkAnswer(q, '1979').correct).toBe(true);
		expect(checkAnswer(q, 1980).correct).toBe(false);
		expect(checkAnswer(q, q.answerId).correct).toBe(true);
	});
});

describe('timeline', () => {
	it('uses 4–6 events with no two overlapping at their precision', () => {
		const timelines = deck.filter((c): c is TimelineQuestion => c.type === 'timeline');
		expect(timelines.length).toBeGreaterThan(0);
		for (const q of timelines) {
			expect(q.events.length).toBeGreaterThanOrEqual(4);
			expect(q.events.length).toBeLessThanOrEqual(6);
			expect([...q.order].sort()).toEqual([...q.events.map((e) => e.factId)].sort());
			expect(new Set(q.events.map((e) => e.label)).size).toBe(q.events.length);
			expect(checkAnswer(q, q.order).correct).toBe(true);
		}
	});
});

describe('locate', () => {
	it('gives the target, a radius and country choices', () => {
		const q = byId(deck, 'kerman:locate:point') as LocateQuestion;
		expect(q.prompt).toBe('Where is Kerman?');
		expect(q.target).toMatchObject({
			lat: 30.2839,
			lon: 57.0834,
			placeType: 'city',
			iso3166: '364'
		});
		expect(q.radiusKm).toBe(300);
		expect(q.choices.map((c) => c.factId)).toContain('iran');
		expect(q.answerChoiceId).toBe('iran');
		expect(new Set(q.choices.map((c) => c.name)).size).toBe(q.choices.length);
	});

	it('is not asked for regions', () => {
		expect(byId(deck, 'europe:locate:point')).toBeUndefined();
	});
});

describe('matching', () => {
	it('pairs 4–6 groups with their descriptions, one to one', () => {
		const all = deck.filter((c): c is MatchingQuestion => c.type === 'matching');
		expect(all.length).toBeGreaterThan(0);
		for (const q of all) {
			expect(q.left.length).toBeGreaterThanOrEqual(4);
			expect(q.left.length).toBeLessThanOrEqual(6);
			expect(new Set(Object.values(q.pairs)).size).toBe(q.left.length);
			expect(q.right.map((r) => r.id).sort()).toEqual(Object.values(q.pairs).sort());
			expect(checkAnswer(q, q.pairs).correct).toBe(true);
		}
	});
});

describe('analysis (an outlet’s assessment or a stated relationship)', () => {
	const analyses = [
		'is-k-primary-operational-node',
		'taliban-tehran-relations',
		'iran-proxy-network'
	];

	it('is never a flashcard, multiple choice or year question, and never reads as a campaign', () => {
		for (const cards of decks) {
			for (const c of cards) {
				if (!analyses.includes(c.id.split(':')[0]!)) continue;
				expect(['cloze', 'truefalse'], c.id).toContain(c.type);
				expect(JSON.stringify(c), c.id).not.toMatch(/[Ll]aunched by|campaign/);
			}
		}
		for (const id of analyses) expect(byId(deck, `${id}:flashcard:what`)).toBeUndefined();
	});

	it('blanks a name it is about, with its aliases accepted, and keeps the attribution', () => {
		const q = byId(deck, 'is-k-primary-operational-node:cloze:is-k') as ClozeQuestion;
		expect(q.text).toBe(
			`According to The Dispatch, ${BLANK} has become the Islamic State’s primary operational node, with tradecraft that supports attacks as far afield as Europe.`
		);
		expect(q.attribution).toBe('dispatch');
		expect(checkAnswer(q, 'ISIS-K').correct).toBe(true);
		const t = byId(deck, 'taliban-tehran-relations:cloze:taliban') as ClozeQuestion;
		expect(t.text).toContain(`between the ${BLANK} and Tehran`);
		const p = byId(deck, 'iran-proxy-network:cloze:qassem-soleimani') as ClozeQuestion;
		expect(p.text).toBe(`${BLANK} was the chief architect of Iran’s network of proxies.`);
		expect(p.attribution).toBeUndefined();
	});

	it('is true/false only as one outlet’s claim, swapping its group for an untied group of the same kind', () => {
		expect(byId(deck, 'iran-proxy-network:truefalse:about')).toBeUndefined(); // not one outlet's claim
		const all = decks.flatMap((cards) =>
			cards.filter(
				(c): c is TrueFalseQuestion => c.id === 'is-k-primary-operational-node:truefalse:about'
			)
		);
		expect(all).toHaveLength(decks.length);
		expect(all.some((q) => q.answer)).toBe(true);
		expect(all.some((q) => !q.answer)).toBe(true);
		for (const q of all) {
			expect(q.truth).toBe(
				FIXTURE.facts.find((f) => f.id === 'is-k-primary-operational-node')!.statement
			);
			expect(q.statement.match(/According to/g)).toHaveLength(1);
			if (q.answer) continue;
			expect(q.statement).toMatch(
				/^According to The Dispatch, (?!IS-K|ISIS-K)[^,]+ has become the Islamic State’s primary operational node/
			);
			// Not IS-K under another name, not its partner, not a group that takes “the”
			// (“the Taliban has become …”), not one based in a country Europe may cover.
			for (const name of ['Islamic State', 'Lashkar-e-Jhangvi', 'the', 'Tehrik-e-Taliban'])
				expect(q.statement).not.toMatch(new RegExp(`^According to The Dispatch, ${name}\\b`));
		}
	});
});
