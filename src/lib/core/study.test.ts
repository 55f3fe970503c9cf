import { describe, expect, it } from 'vitest';
import { generateCards } from './cards';
import { Good, newCardState, reviewCard, type CardState } from './scheduler';
import { buildStudyQueue, masteryByTopic, nextDueAt } from './study';
import { FIXTURE } from './testing/fixture';

const now = Date.UTC(2024, 0, 10);
const day = 86_400_000;
const cards = generateCards(FIXTURE, { types: ['flashcard'] });
const graded = (id: string, due: number): CardState => ({
	...reviewCard(newCardState(id, now - 30 * day), Good, now - 30 * day).state,
	due
});

describe('study queue', () => {
	it('puts due cards first (by due), then new cards up to what is left of the daily limit', () => {
		const [c0, c1, c2] = cards;
		const states = [
			graded(c1!.id, now - day),
			graded(c0!.id, now - 2 * day),
			graded(c2!.id, now + day)
		];
		const q = buildStudyQueue({ cards, states, now, newLimit: 5, newToday: 2 });
		expect(q.items.slice(0, 2).map((i) => i.card.id)).toEqual([c0!.id, c1!.id]);
		expect(q.dueCount).toBe(2);
		expect(q.newCount).toBe(3);
		expect(q.items.slice(2).every((i) => i.isNew && i.state === null)).toBe(true);
		expect(q.items.map((i) => i.card.id)).not.toContain(c2!.id);
	});

	it('introduces one card of each fact before a second of any', () => {
		const q = buildStudyQueue({ cards, states: [], now, newLimit: 1000, newToday: 0 });
		const facts = q.items.map((i) => i.card.factIds[0]);
		expect(q.items).toHaveLength(cards.length);
		// No two cards of one fact in a row, and the first round names each fact once.
		for (let i = 1; i < facts.length; i++) expect(facts[i], `card ${i}`).not.toBe(facts[i - 1]);
		const distinct = new Set(facts).size;
		expect(new Set(facts.slice(0, distinct)).size).toBe(distinct);
	});

	it('filters by topic and accepts states as a Map', () => {
		const states = new Map<string, CardState>();
		const q = buildStudyQueue({
			cards,
			states,
			now,
			newLimit: 100,
			newToday: 0,
			topics: ['dates']
		});
		expect(q.items.length).toBeGreaterThan(0);
		expect(q.items.every((i) => i.card.topics.includes('dates'))).toBe(true);
	});

	it('tells when the next card falls due', () => {
		expect(nextDueAt([])).toBeNull();
		expect(
			nextDueAt([graded('a', now + 5 * day), graded('b', now + day), newCardState('n', now)])
		).toBe(now + day);
	});
});

describe('mastery', () => {
	it('is the share of a topic’s cards in Review with stability ≥ 21 days', () => {
		const dated = cards.filter((c) => c.topics.includes('dates'));
		const strong = (id: string): CardState => ({
			...graded(id, now + 30 * day),
			state: 2,
			stability: 40
		});
		const weak = (id: string): CardState => ({
			...graded(id, now + 3 * day),
			state: 2,
			stability: 3
		});
		const states = [strong(dated[0]!.id), strong(dated[1]!.id), weak(dated[2]!.id)];
		const m = masteryByTopic(cards, states);
		expect(m.dates).toBeCloseTo(2 / dated.length);
		expect(masteryByTopic(cards, []).groups).toBe(0);
		expect(masteryByTopic([], []).geography).toBe(0);
	});
});
