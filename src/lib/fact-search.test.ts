import { describe, expect, it } from 'vitest';
import type { Fact } from '$content/schema';
import { filterFacts, fold, withinOneEdit } from './fact-search';

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

describe('filterFacts, by name', () => {
	const soleimani: Fact = {
		id: 'qassem-soleimani',
		kind: 'person',
		name: 'Qassem Soleimani',
		topics: ['groups'],
		statement: 'Qassem Soleimani commanded the Quds Force.',
		citations: [{ source: 'conversation', quote: 'Qassem Soleimani' }],
		role: 'commander of the Quds Force'
	} as Fact;
	const mentions: Fact = {
		id: 'isis-k-claim',
		kind: 'event',
		name: 'ISIS-K claim',
		topics: ['groups'],
		statement: 'ISIS-K claimed the attack at the memorial for Soleimani.',
		citations: [{ source: 'conversation', quote: 'ISIS-K claimed' }]
	} as Fact;
	const all = [mentions, ...facts, soleimani];
	const ids = (query: string) => filterFacts(all, { query, topic: '', kind: '' }).map((f) => f.id);

	it('finds what any name of a group says: its aliases are one term', () => {
		expect(ids('ISIS-K')).toEqual(ids('IS-K'));
		expect(ids('Islamic State Khorasan Province')).toEqual(ids('is-k'));
		expect(ids('ISIS-K').sort()).toEqual(['is-k', 'isis-k-claim']);
	});

	it('forgives one letter off in a longer word, not in a short one', () => {
		expect(ids('Qasem Soleimani')).toEqual(['qassem-soleimani']);
		expect(ids('Suleimani')).toContain('qassem-soleimani');
		expect(ids('Kerman Irak')).toEqual([]);
	});

	it('finds either spelling of a person, by the whole name or the one word that differs', () => {
		const spelled: Fact = { ...soleimani, aliases: ['Qassem Suleimani'] } as Fact;
		const dispatch: Fact = {
			...mentions,
			id: 'procession',
			statement: 'A procession for Suleimani was attacked.'
		} as Fact;
		const both = [mentions, dispatch, spelled];
		const find = (query: string) =>
			filterFacts(both, { query, topic: '', kind: '' })
				.map((f) => f.id)
				.sort();
		const everyOne = ['isis-k-claim', 'procession', 'qassem-soleimani'];
		expect(find('Suleimani')).toEqual(everyOne);
		expect(find('Soleimani')).toEqual(everyOne);
		expect(find('Qassem Suleimani')).toEqual(['qassem-soleimani']);
		// Without the alias, "Suleimani" is found as written.
		expect(
			filterFacts([mentions, dispatch, soleimani], { query: 'Suleimani', topic: '', kind: '' }).map(
				(f) => f.id
			)
		).toEqual(['procession']);
	});

	it('lists the fact a query names before those that mention it', () => {
		expect(ids('Soleimani')).toEqual(['qassem-soleimani', 'isis-k-claim']);
	});

	it('measures one edit: added, dropped, changed or two letters swapped', () => {
		expect(withinOneEdit('qasem', 'qassem')).toBe(true);
		expect(withinOneEdit('soleimani', 'suleimani')).toBe(true);
		expect(withinOneEdit('kerman', 'kremna')).toBe(false);
		expect(withinOneEdit('kerman', 'karmen')).toBe(false);
		expect(withinOneEdit('kerman', 'kreman')).toBe(true);
		expect(withinOneEdit('tehran', 'tehran')).toBe(true);
		expect(withinOneEdit('tehran', 'tehranis')).toBe(false);
	});
});
