import { describe, expect, it } from 'vitest';
import type { Fact, PlaceFact } from '$content/schema';
import { countriesByIso, linksOf, markersOf, placesOf, placeTypeLabel } from './places';

const cite = [{ source: 'dispatch' as const, quote: 'a quote long enough' }];
const place = (
	id: string,
	type: PlaceFact['place']['type'],
	extra: Partial<PlaceFact['place']> = {},
	related?: string[]
): PlaceFact => ({
	id,
	kind: 'place',
	name: id[0]!.toUpperCase() + id.slice(1),
	topics: ['geography'],
	statement: `${id} is a place.`,
	citations: cite,
	...(related ? { related } : {}),
	place: { name: id, type, country: 'Iran', iso3166: '364', lat: 30, lon: 57, ...extra }
});

const FACTS: Fact[] = [
	place('kerman', 'city', {}, ['iran']),
	place('iran', 'country'),
	place('iraq', 'country', { country: 'Iraq', iso3166: '368' }),
	place('europe', 'region', { country: 'Multiple countries', iso3166: undefined }),
	place('shrine', 'site', {}),
	{
		id: 'bombing',
		kind: 'event',
		name: 'Kerman bombings',
		topics: ['dates'],
		statement: 'Two bombs.',
		citations: cite,
		date: '2024-01-03',
		placeId: 'kerman'
	},
	{
		id: 'isk',
		kind: 'group',
		name: 'IS-K',
		topics: ['groups'],
		statement: 'A group.',
		citations: cite,
		aliases: [],
		description: 'a group',
		related: ['kerman', 'bombing']
	}
];

describe('placesOf and markersOf', () => {
	it('orders cities and sites, then countries, then regions', () => {
		expect(placesOf(FACTS).map((p) => p.id)).toEqual([
			'kerman',
			'shrine',
			'iran',
			'iraq',
			'europe'
		]);
	});

	it('draws everything but countries as points', () => {
		const markers = markersOf(placesOf(FACTS));
		expect(markers.map((m) => [m.id, m.kind])).toEqual([
			['kerman', 'city'],
			['shrine', 'site'],
			['europe', 'region']
		]);
	});

	it('finds countries by ISO code', () => {
		const byIso = countriesByIso(placesOf(FACTS));
		expect(byIso.get('364')?.id).toBe('iran');
		expect(byIso.get('368')?.id).toBe('iraq');
		expect(byIso.size).toBe(2);
	});

	it('labels the type', () => {
		expect(placeTypeLabel(place('x', 'city'))).toBe('City in Iran');
		expect(placeTypeLabel(place('x', 'region'))).toBe('Region');
	});
});

describe('linksOf', () => {
	it('lists events at the place and facts linked either way', () => {
		const kerman = FACTS[0] as PlaceFact;
		const links = linksOf(FACTS, kerman);
		expect(links.events.map((f) => f.id)).toEqual(['bombing']);
		expect(links.linked.map((f) => f.id)).toEqual(['isk']);
		expect(links.places.map((f) => f.id)).toEqual(['iran']);
	});

	it('lists the cities and sites in a country', () => {
		const iran = FACTS[1] as PlaceFact;
		const links = linksOf(FACTS, iran);
		expect(links.places.map((p) => p.id)).toEqual(['kerman', 'shrine']);
		expect(links.events).toEqual([]);
	});
});
