/**
 * A synthetic fact base of any size, shaped like the real one, for
 * benchmarks and property tests at scale: countries, cities, sites and
 * regions with coordinates; groups and organizations with aliases, bases and
 * allies; people; events with dates at all three precisions, places and
 * actors; campaigns; figures; analyses; some one-source claims and some
 * disagreements. Deterministic for a seed. Every fact passes the schema.
 */
import { createRng, deriveRng, pick, randomInt, type Rng } from './rng';
import type { Fact, FactBase, SourceId } from './types';

const SYLLABLES = [
	'ka',
	'ra',
	'van',
	'to',
	'le',
	'mi',
	'sha',
	'dor',
	'bel',
	'an',
	'zi',
	'ruk',
	'mes',
	'ta',
	'lo',
	'qu',
	'nir',
	'hal',
	'po',
	'sen',
	'dar',
	'vi',
	'os',
	'ben',
	'tul',
	'mar',
	'ke',
	'fa',
	'ghi',
	'ur'
];

function word(rng: Rng, parts = 2 + randomInt(rng, 2)): string {
	let w = '';
	for (let i = 0; i < parts; i++) w += pick(rng, SYLLABLES);
	return w.charAt(0).toUpperCase() + w.slice(1);
}

function cite(rng: Rng): Fact['citations'] {
	const source: SourceId = rng() < 0.5 ? 'dispatch' : 'conversation';
	return [{ source, quote: `A synthetic quote about ${word(rng)} that is long enough.` }];
}

function isoDate(rng: Rng): { date: string; datePrecision: 'day' | 'month' | 'year' } {
	const year = 1979 + randomInt(rng, 46);
	const month = 1 + randomInt(rng, 12);
	const day = 1 + randomInt(rng, 28);
	const r = rng();
	if (r < 0.4) return { date: `${year}`, datePrecision: 'year' };
	const mm = String(month).padStart(2, '0');
	if (r < 0.75) return { date: `${year}-${mm}`, datePrecision: 'month' };
	return { date: `${year}-${mm}-${String(day).padStart(2, '0')}`, datePrecision: 'day' };
}

const clampLat = (x: number) => Math.max(-85, Math.min(85, x));
const wrapLon = (x: number) => ((((x + 180) % 360) + 360) % 360) - 180;

/** A synthetic fact base of about `size` facts. */
export function syntheticFactBase(size: number, seed = 1): FactBase {
	const rng = createRng(seed);
	const facts: Fact[] = [];
	const used = new Set<string>();
	const uniqueName = (make: () => string) => {
		for (let i = 0; i < 50; i++) {
			const n = make();
			if (!used.has(n.toLowerCase())) {
				used.add(n.toLowerCase());
				return n;
			}
		}
		const n = `${make()} ${used.size}`;
		used.add(n.toLowerCase());
		return n;
	};
	const count = (share: number, min: number) => Math.max(min, Math.round(size * share));

	// Places
	const countries: Array<{ id: string; name: string; iso: string; lat: number; lon: number }> = [];
	const nCountries = Math.min(count(0.03, 8), 899);
	for (let i = 0; i < nCountries; i++) {
		const name = uniqueName(() => `${word(rng)}ia`);
		const c = {
			id: `country-${i}`,
			name,
			iso: String(100 + i).padStart(3, '0'),
			lat: -50 + rng() * 110,
			lon: -180 + rng() * 360
		};
		countries.push(c);
		facts.push({
			id: c.id,
			kind: 'place',
			name,
			topics: ['geography'],
			statement: `${name} is a country in the synthetic world.`,
			citations: cite(rng),
			place: { name, type: 'country', country: name, iso3166: c.iso, lat: c.lat, lon: c.lon }
		});
	}
	const regions = ['North', 'South', 'East', 'West', 'Central', 'Upper'].map((dir, i) => {
		const name = `${dir} ${word(rng)}`;
		const lat = -40 + rng() * 100;
		const lon = -180 + rng() * 360;
		facts.push({
			id: `region-${i}`,
			kind: 'place',
			name,
			topics: ['geography'],
			statement: `${name} is a region of several countries.`,
			citations: cite(rng),
			place: { name, type: 'region', country: 'Multiple countries', lat, lon }
		});
		return `region-${i}`;
	});
	const cities: Array<{ id: string; name: string; lat: number; lon: number }> = [];
	const nCities = count(0.12, 12);
	for (let i = 0; i < nCities; i++) {
		const c = countries[randomInt(rng, countries.length)] as (typeof countries)[number];
		const name = uniqueName(() => word(rng));
		const lat = clampLat(c.lat + (rng() - 0.5) * 8);
		const lon = wrapLon(c.lon + (rng() - 0.5) * 8);
		cities.push({ id: `city-${i}`, name, lat, lon });
		facts.push({
			id: `city-${i}`,
			kind: 'place',
			name,
			topics: ['geography'],
			statement: `${name} is a city in ${c.name}.`,
			citations: cite(rng),
			place: { name, type: 'city', country: c.name, iso3166: c.iso, lat, lon },
			...(rng() < 0.05 ? { claimOf: 'dispatch' as const } : {})
		});
	}
	const nSites = count(0.02, 3);
	for (let i = 0; i < nSites; i++) {
		const city = cities[randomInt(rng, cities.length)] as (typeof cities)[number];
		const cf = facts.find((f) => f.id === city.id);
		const country = cf?.kind === 'place' ? cf.place : undefined;
		const name = uniqueName(() => `${word(rng)} shrine`);
		facts.push({
			id: `site-${i}`,
			kind: 'place',
			name,
			topics: ['geography'],
			statement: `${name} is a shrine in ${city.name}.`,
			citations: cite(rng),
			place: {
				name,
				type: 'site',
				country: country?.country ?? 'Nowhere',
				...(country?.iso3166 ? { iso3166: country.iso3166 } : {}),
				lat: clampLat(city.lat + (rng() - 0.5) * 0.1),
				lon: wrapLon(city.lon + (rng() - 0.5) * 0.1)
			}
		});
	}
	const placeIds = facts.filter((f) => f.kind === 'place').map((f) => f.id);
	const baseIds = [...countries.map((c) => c.id), ...cities.map((c) => c.id)];

	// Groups and organizations
	const groupIds: string[] = [];
	const nGroups = count(0.14, 10);
	for (let i = 0; i < nGroups; i++) {
		const org = rng() < 0.3;
		const id = `${org ? 'org' : 'group'}-${i}`;
		const name = uniqueName(() => (org ? `${word(rng)} Council` : `${word(rng)} Front`));
		const base = rng() < 0.8 ? pick(rng, baseIds) : pick(rng, regions);
		const baseName = facts.find((f) => f.id === base)?.name ?? 'Nowhere';
		const aliases = rng() < 0.5 ? [uniqueName(() => word(rng, 2).toUpperCase())] : [];
		const allied = groupIds.length > 0 && rng() < 0.3 ? [pick(rng, groupIds) as string] : [];
		facts.push({
			id,
			kind: org ? 'organization' : 'group',
			name,
			aliases,
			description: `${org ? 'state body' : 'militant group'} active in ${baseName}`,
			...(base ? { basedIn: base } : {}),
			...(allied.length ? { alliedWith: allied } : {}),
			topics: ['groups'],
			statement: `${name} is ${org ? 'a state body' : 'a militant group'} active in ${baseName}.`,
			citations: cite(rng),
			...(rng() < 0.1 ? { claimOf: 'conversation' as const } : {})
		} as Fact);
		groupIds.push(id);
	}

	// People
	const nPeople = count(0.03, 4);
	for (let i = 0; i < nPeople; i++) {
		const name = uniqueName(() => `${word(rng)} ${word(rng)}`);
		const aff = pick(rng, groupIds) as string;
		facts.push({
			id: `person-${i}`,
			kind: 'person',
			name,
			role: `leader number ${i} of ${facts.find((f) => f.id === aff)?.name ?? 'a group'}`,
			affiliation: aff,
			topics: ['people', 'groups'],
			statement: `${name} leads a group.`,
			citations: cite(rng)
		});
	}

	// Events, campaigns and figures take the rest.
	const eventIds: string[] = [];
	const remaining = Math.max(0, size - facts.length);
	const nCampaigns = Math.round(remaining * 0.12);
	const nFigures = Math.round(remaining * 0.1);
	const nEvents = Math.max(4, remaining - nCampaigns - nFigures);
	for (let i = 0; i < nEvents; i++) {
		const name = uniqueName(
			() => `${word(rng)} ${pick(rng, ['attack', 'raid', 'arrests', 'summit', 'bombing'])}`
		);
		const d = isoDate(rng);
		const placeId = rng() < 0.85 ? pick(rng, placeIds) : undefined;
		const actors = rng() < 0.7 ? [pick(rng, groupIds) as string] : [];
		const id = `event-${i}`;
		const claim = rng() < 0.2 ? (rng() < 0.5 ? 'dispatch' : 'conversation') : undefined;
		const related = eventIds.length > 0 && rng() < 0.3 ? [pick(rng, eventIds) as string] : [];
		facts.push({
			id,
			kind: 'event',
			name,
			...d,
			...(placeId ? { placeId } : {}),
			...(actors.length ? { actors } : {}),
			...(claim ? { claimOf: claim } : {}),
			...(related.length ? { related } : {}),
			topics: ['dates', 'geography'],
			statement: `The ${name} took place on ${d.date}.`,
			citations: cite(rng)
		} as Fact);
		eventIds.push(id);
	}
	// Disagreements: pairs of accounts of the same event, each attributed.
	for (let i = 0; i + 1 < eventIds.length && i < nEvents * 0.04; i += 2) {
		const a = facts.find((f) => f.id === eventIds[i]);
		const b = facts.find((f) => f.id === eventIds[i + 1]);
		if (!a || !b) continue;
		Object.assign(a, { claimOf: 'dispatch', disagreesWith: [b.id] });
		Object.assign(b, { claimOf: 'conversation', disagreesWith: [a.id] });
	}
	for (let i = 0; i < nCampaigns; i++) {
		const name = uniqueName(() => `${word(rng)} campaign`);
		const dated = rng() < 0.5 ? isoDate(rng) : undefined;
		facts.push({
			id: `campaign-${i}`,
			kind: 'campaign',
			name,
			description: `campaign of attacks called ${name}`,
			...(dated ?? {}),
			by: pick(rng, groupIds) as string,
			topics: ['groups'],
			statement: `${name} was launched by a group.`,
			citations: cite(rng)
		} as Fact);
	}
	for (let i = 0; i < nFigures; i++) {
		const about = pick(rng, eventIds) as string;
		facts.push({
			id: `figure-${i}`,
			kind: 'figure',
			name: `${facts.find((f) => f.id === about)?.name ?? 'Event'} toll`,
			value: 1 + randomInt(rng, 500),
			unit: 'people killed',
			...(rng() < 0.5 ? { qualifier: pick(rng, ['nearly', 'over', 'more than']) as string } : {}),
			about,
			topics: ['figures'],
			statement: `The attack killed ${1 + randomInt(rng, 500)} people.`,
			citations: cite(rng)
		});
	}
	// Analyses: an outlet's reading of a group and a place, mostly attributed.
	// Drawn from their own RNG and added last, so the other facts are the same
	// as before analyses existed (benchmarks stay comparable).
	const arng = deriveRng(seed, 'synthetic-analyses');
	const nAnalyses = Math.round(remaining * 0.05);
	const byId = new Map(facts.map((f) => [f.id, f]));
	for (let i = 0; i < nAnalyses; i++) {
		const g = byId.get(pick(arng, groupIds) ?? '');
		const p = byId.get(pick(arng, placeIds) ?? '');
		if (!g || !p) continue;
		const claim: SourceId | undefined =
			arng() < 0.7 ? (arng() < 0.5 ? 'dispatch' : 'conversation') : undefined;
		const outlet = claim === 'dispatch' ? 'The Dispatch' : 'The Conversation';
		const says = `${g.name} is gaining ground in ${p.name}.`;
		facts.push({
			id: `analysis-${i}`,
			kind: 'analysis',
			name: `outlook no. ${i}`,
			about: [g.id, p.id],
			...(claim ? { claimOf: claim } : {}),
			topics: ['groups'],
			statement: claim ? `According to ${outlet}, ${says}` : says,
			citations: claim
				? [{ source: claim, quote: `A synthetic quote about ${g.name} that is long enough.` }]
				: cite(arng)
		});
	}
	return {
		version: 1,
		facts,
		sources: [
			{
				id: 'dispatch',
				file: 'a.txt',
				outlet: 'The Dispatch',
				headline: 'h',
				published: 'p',
				licence: 'l'
			},
			{
				id: 'conversation',
				file: 'b.txt',
				outlet: 'The Conversation',
				headline: 'h',
				published: 'p',
				licence: 'l'
			}
		]
	};
}
