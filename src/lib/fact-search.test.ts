import { describe, expect, it } from 'vitest';
import type { Fact } from '$content/schema';
import { filterFacts, fold } from './fact-search';

const facts: Fact[] = [
	{
		id: 'is-k',
		kind: 'group',
		name: 'IS-K',
		topics: ['groups'],
		statement: 'IS-K is the Islamic State’s branch based in Afghanistan.',
		citations: [
			{ source: 'dispatch', quote: 'Islamic State’s Khorasan branch, based in Afghanistan' }
		],
		aliases: ['ISIS-K', 'Islamic State Khorasan Province'],
		description: 'the Islamic State’s Khorasan branch'
	},
	{
		id: 'kerman',
		kind: 'place',
		name: 'Kerman',
		topics: ['geography'],
		statement: 'Kerman is a city in south-eastern Iran.',
		citations: [{ source: 'dispatch', quote: 'killed nearly 100 people in Kerman, Iran' }],
		place: { name: 'Kerman', type: 'city', country: 'Iran', iso3166: '364', lat: 30.28, lon: 57.08 }
	}
];

describe('filterFacts', () => {
	it('matches every word, ignoring case and accents, in names, aliases and quotes', () => {
		expect(filterFacts(facts, { query: 'isis-k', topic: '', kind: '' }).map((f) => f.id)).toEqual([
			'is-k'
		]);
		expect(filterFacts(facts, { query: 'KÉRMAN iran', topic: '', kind: '' })).toHaveLength(1);
		expect(filterFacts(facts, { query: 'kerman khorasan', topic: '', kind: '' })).toHaveLength(0);
	});

	it('filters by topic and kind', () => {
		expect(
			filterFacts(facts, { query: '', topic: 'geography', kind: '' }).map((f) => f.id)
		).toEqual(['kerman']);
		expect(filterFacts(facts, { query: '', topic: '', kind: 'group' }).map((f) => f.id)).toEqual([
			'is-k'
		]);
		expect(filterFacts(facts, { query: '', topic: 'dates', kind: '' })).toEqual([]);
	});

	it('treats curly and straight apostrophes alike', () => {
		expect(fold('State’s')).toBe(fold("state's"));
		expect(filterFacts(facts, { query: "state's khorasan", topic: '', kind: '' })).toHaveLength(1);
	});
});
