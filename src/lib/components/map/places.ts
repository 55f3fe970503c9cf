/**
 * The map page's view of the fact base: place facts as markers and
 * highlighted countries, and what is linked to each place. Pure.
 */
import type { Fact, PlaceFact } from '$content/schema';
import type { MapMarker } from './types';

export function isPlace(fact: Fact): fact is PlaceFact {
	return fact.kind === 'place';
}

const TYPE_ORDER = { city: 0, site: 1, country: 2, region: 3 } as const;

/** Place facts, cities and sites first, then countries, then regions; by name within each. */
export function placesOf(facts: readonly Fact[]): PlaceFact[] {
	return facts
		.filter(isPlace)
		.sort(
			(a, b) =>
				TYPE_ORDER[a.place.type] - TYPE_ORDER[b.place.type] || a.name.localeCompare(b.name, 'en')
		);
}

/** Cities, sites and regions are drawn as points; countries are filled instead. */
export function markersOf(places: readonly PlaceFact[]): MapMarker[] {
	return places
		.filter((p) => p.place.type !== 'country')
		.map((p) => ({
			id: p.id,
			lat: p.place.lat,
			lon: p.place.lon,
			label: p.name,
			kind: p.place.type
		}));
}

/** ISO code → the country's place fact (countries only). */
export function countriesByIso(places: readonly PlaceFact[]): Map<string, PlaceFact> {
	const out = new Map<string, PlaceFact>();
	for (const p of places) {
		if (p.place.type === 'country' && p.place.iso3166 && !out.has(p.place.iso3166))
			out.set(p.place.iso3166, p);
	}
	return out;
}

/** "City in Iran", "Site in Iran", "Country", "Region". */
export function placeTypeLabel(p: PlaceFact): string {
	switch (p.place.type) {
		case 'city':
			return `City in ${p.place.country}`;
		case 'site':
			return `Site in ${p.place.country}`;
		case 'country':
			return 'Country';
		case 'region':
			return 'Region';
	}
}

export interface PlaceLinks {
	/** Events whose `placeId` is the place. */
	events: Fact[];
	/** Other facts linked either way through `related` (no places, no events above). */
	linked: Fact[];
	/** Places linked either way, and for a country the cities and sites in it. */
	places: PlaceFact[];
}

/** What the fact base says happened at, or is linked to, a place. */
export function linksOf(facts: readonly Fact[], place: PlaceFact): PlaceLinks {
	const own = new Set(place.related ?? []);
	const events = facts.filter((f) => f.kind === 'event' && f.placeId === place.id);
	const eventIds = new Set(events.map((e) => e.id));
	const isLinked = (f: Fact) =>
		f.id !== place.id && (own.has(f.id) || (f.related ?? []).includes(place.id));
	const linked = facts.filter((f) => !isPlace(f) && !eventIds.has(f.id) && isLinked(f));
	const within = (p: PlaceFact) =>
		place.place.type === 'country' &&
		p.place.type !== 'country' &&
		p.place.type !== 'region' &&
		(place.place.iso3166
			? p.place.iso3166 === place.place.iso3166
			: p.place.country === place.place.name);
	const places = facts
		.filter(isPlace)
		.filter((p) => p.id !== place.id && (isLinked(p) || within(p)));
	return { events, linked, places };
}
