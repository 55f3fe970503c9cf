/**
 * What is true: indexes over the fact base that the question generators ask
 * before they pick an answer or a distractor.
 *
 * The rule throughout: a distractor is chosen among facts of the same kind,
 * then rejected when the fact base says (or cannot rule out) that it is also
 * true. "Cannot rule out" is decided from the facts' typed relations, never
 * from strings:
 *
 * - Entities are the same when they share a name or alias (two facts naming one thing).
 * - Facts are linked through `related`, `alliedWith` (either direction), a
 *   person's `affiliation` and an analysis's `about`; a linked group may be a
 *   parent, a branch or a partner, so it is never offered as a wrong answer
 *   about the other.
 * - Places overlap when one lies within the other (same id; a city or site in
 *   a country, matched by ISO code or country name; a site within 50 km of a
 *   city), or when either is a region near enough (see `placesOverlap`).
 * - Dates overlap when their intervals at their precisions intersect.
 * - Facts in a disagreement (`disagreesWith`, either direction) are contested:
 *   they are asked only as their source's claim (`claimOf`), and their values
 *   are never used as distractors for one another.
 */
import type { DatePrecision } from './types';
import type {
	AnalysisFact,
	CampaignFact,
	EventFact,
	Fact,
	FactBase,
	FigureFact,
	GroupLike,
	Happening,
	PersonFact,
	PlaceFact,
	Source,
	SourceId
} from './types';
import {
	asStated,
	chronologicalKey,
	endDay,
	interval,
	parseDate,
	overlaps,
	type DateValue
} from './dates';
import { distanceKm } from './distance';
import { answerKey } from './text';
import { undatedLabel } from './phrasing';
import { aliasesOf } from './aliases';

/** Short outlet names for attributions ("According to The Conversation, …"). */
const SHORT_OUTLETS: Record<SourceId, string> = {
	dispatch: 'The Dispatch',
	conversation: 'The Conversation'
};

/** A site this close to a city may be in it. */
export const SAME_CITY_KM = 50;

export interface CountryInfo {
	/** ISO 3166-1 numeric code when known, else `name:<key>`. */
	key: string;
	name: string;
	iso3166?: string;
	/** The country's own place fact, when there is one. */
	factId?: string;
	lat: number;
	lon: number;
}

export interface Truth {
	/** Every fact, sorted by id (the order of the YAML file does not matter). */
	readonly facts: readonly Fact[];
	readonly byId: ReadonlyMap<string, Fact>;
	readonly events: readonly EventFact[];
	readonly campaigns: readonly CampaignFact[];
	/** Analyses: asked as cloze and true/false only, never as happenings (no dates asked). */
	readonly analyses: readonly AnalysisFact[];
	/** Events and campaigns that have a date, sorted by date then id. */
	readonly dated: readonly Happening[];
	readonly groups: readonly GroupLike[];
	readonly persons: readonly PersonFact[];
	readonly places: readonly PlaceFact[];
	readonly figures: readonly FigureFact[];
	readonly sources: readonly Source[];
	/** Countries: from country place facts, and from the `country` of every other place. */
	readonly countries: ReadonlyMap<string, CountryInfo>;
	/** Facts in a disagreement, either side. */
	readonly contested: ReadonlySet<string>;
	/** Symmetric links: related, alliedWith, affiliation, an analysis's about. */
	readonly links: ReadonlyMap<string, ReadonlySet<string>>;
	/** Symmetric disagreements. */
	readonly disagreements: ReadonlyMap<string, ReadonlySet<string>>;
	/** Happenings by normalised label without dates (events that share a name). */
	readonly byLabel: ReadonlyMap<string, readonly Happening[]>;
	/** Happening id → its normalised label without dates. */
	readonly labelKeys: ReadonlyMap<string, string>;
	/** Place id → the key of the country it is in (or is). */
	readonly placeCountry: ReadonlyMap<string, string>;
	/** Places by (type, country key). */
	readonly placesByTypeCountry: ReadonlyMap<string, readonly PlaceFact[]>;
	/** Cached parsed dates. */
	readonly dates: ReadonlyMap<string, DateValue>;
	/** Normalised names and aliases per fact. */
	readonly nameKeys: ReadonlyMap<string, ReadonlySet<string>>;
	/**
	 * Per fact, those of its name keys that another fact has too (most facts
	 * have none, and are absent): all that `sameEntity` can turn on.
	 */
	readonly sharedNameKeys: ReadonlyMap<string, readonly string[]>;
	/** Name key → how many facts go by it. */
	readonly nameKeyCounts: ReadonlyMap<string, number>;
}

const EMPTY: ReadonlySet<string> = new Set();

function addLink(map: Map<string, Set<string>>, a: string, b: string): void {
	if (a === b) return;
	let s = map.get(a);
	if (!s) map.set(a, (s = new Set()));
	s.add(b);
	let t = map.get(b);
	if (!t) map.set(b, (t = new Set()));
	t.add(a);
}

export function isGroupLike(fact: Fact | undefined): fact is GroupLike {
	return fact?.kind === 'group' || fact?.kind === 'organization';
}

export function isHappening(fact: Fact | undefined): fact is Happening {
	return fact?.kind === 'event' || fact?.kind === 'campaign';
}

/** Every name a fact goes by: its name, its aliases (`aliasesOf`), a place's own name. */
export function namesOf(fact: Fact): readonly string[] {
	let names = namesCache.get(fact);
	if (!names) {
		const list = [fact.name];
		list.push(...aliasesOf(fact));
		if (fact.kind === 'place' && fact.place.name !== fact.name) list.push(fact.place.name);
		namesCache.set(fact, (names = list));
	}
	return names;
}

const namesCache = new WeakMap<Fact, readonly string[]>();

function isFactBase(input: FactBase | readonly Fact[]): input is FactBase {
	return !Array.isArray(input);
}

const cache = new WeakMap<object, Truth>();

/**
 * A happening's date with the latest day its sources allow (an event's
 * `dateLatest`), when later, and an open start when it may have begun any
 * time before (`dateOpenBefore`).
 */
function withBounds(date: DateValue, f: EventFact | CampaignFact): DateValue {
	const latest = f.kind !== 'event' || f.dateLatest === undefined ? null : parseDate(f.dateLatest);
	const last = latest ? endDay(latest) : undefined;
	const later = last !== undefined && last > endDay(date);
	if (!later && !f.dateOpenBefore) return date;
	return {
		...date,
		...(later ? { latest: last } : {}),
		...(f.dateOpenBefore ? { earliest: -Infinity } : {})
	};
}

/**
 * Builds (once per fact base or fact array, cached) the indexes the
 * generators use. Accepts a `FactBase` or a bare list of facts.
 */
export function buildTruth(input: FactBase | readonly Fact[]): Truth {
	const cached = cache.get(input);
	if (cached) return cached;
	const facts = (isFactBase(input) ? input.facts : input)
		.slice()
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const sources = isFactBase(input) ? input.sources : [];
	const byId = new Map<string, Fact>();
	for (const f of facts) byId.set(f.id, f);

	const events: EventFact[] = [];
	const campaigns: CampaignFact[] = [];
	const analyses: AnalysisFact[] = [];
	const groups: GroupLike[] = [];
	const persons: PersonFact[] = [];
	const places: PlaceFact[] = [];
	const figures: FigureFact[] = [];
	const links = new Map<string, Set<string>>();
	const disagreements = new Map<string, Set<string>>();
	const dates = new Map<string, DateValue>();
	const nameKeys = new Map<string, Set<string>>();

	for (const f of facts) {
		nameKeys.set(f.id, new Set(namesOf(f).map(answerKey)));
		for (const r of f.related ?? []) if (byId.has(r)) addLink(links, f.id, r);
		for (const d of f.disagreesWith ?? []) if (byId.has(d)) addLink(disagreements, f.id, d);
		switch (f.kind) {
			case 'event': {
				events.push(f);
				const d = parseDate(f.date, f.datePrecision);
				if (d) dates.set(f.id, withBounds(d, f));
				break;
			}
			case 'campaign': {
				campaigns.push(f);
				const d = f.date ? parseDate(f.date, f.datePrecision) : null;
				if (d) dates.set(f.id, withBounds(d, f));
				break;
			}
			case 'group':
			case 'organization':
				groups.push(f);
				for (const a of f.alliedWith ?? []) if (byId.has(a)) addLink(links, f.id, a);
				break;
			case 'person':
				persons.push(f);
				if (f.affiliation && byId.has(f.affiliation)) addLink(links, f.id, f.affiliation);
				break;
			case 'place':
				places.push(f);
				break;
			case 'figure':
				figures.push(f);
				break;
			case 'analysis':
				// What an analysis is about is linked to it, like `related`. Its date, if
				// any, is not indexed: an analysis is not a happening and no date is asked.
				analyses.push(f);
				for (const a of f.about ?? []) if (byId.has(a)) addLink(links, f.id, a);
				break;
		}
	}

	const contested = new Set<string>(disagreements.keys());

	const keyCount = new Map<string, number>();
	for (const keys of nameKeys.values())
		for (const k of keys) keyCount.set(k, (keyCount.get(k) ?? 0) + 1);
	const sharedNameKeys = new Map<string, string[]>();
	for (const [id, keys] of nameKeys) {
		const shared = [...keys].filter((k) => (keyCount.get(k) as number) > 1);
		if (shared.length > 0) sharedNameKeys.set(id, shared);
	}

	// By year, month and day, then id.
	const dated: Happening[] = [...events, ...campaigns]
		.filter((h) => dates.has(h.id))
		.map((h) => ({ h, key: chronologicalKey(dates.get(h.id) as DateValue) }))
		.sort((a, b) => a.key - b.key || (a.h.id < b.h.id ? -1 : a.h.id > b.h.id ? 1 : 0))
		.map((x) => x.h);

	const byLabel = new Map<string, Happening[]>();
	const labelKeys = new Map<string, string>();
	for (const h of [...events, ...campaigns]) {
		const k = answerKey(undatedLabel(h.name));
		labelKeys.set(h.id, k);
		const list = byLabel.get(k);
		if (list) list.push(h);
		else byLabel.set(k, [h]);
	}

	// Countries. Country names are tied to ISO codes wherever any place gives both.
	const isoByName = new Map<string, string>();
	for (const p of places) {
		if (p.place.iso3166 && p.place.type !== 'region') {
			isoByName.set(answerKey(p.place.country), p.place.iso3166);
			if (p.place.type === 'country') {
				isoByName.set(answerKey(p.name), p.place.iso3166);
				isoByName.set(answerKey(p.place.name), p.place.iso3166);
			}
		}
	}
	const countryKeyOf = (p: PlaceFact): string => {
		if (p.place.iso3166) return p.place.iso3166;
		const byName =
			isoByName.get(answerKey(p.place.country)) ??
			(p.place.type === 'country' ? isoByName.get(answerKey(p.name)) : undefined);
		if (byName) return byName;
		return `name:${answerKey(p.place.type === 'country' ? p.name : p.place.country)}`;
	};
	const countries = new Map<string, CountryInfo>();
	const sums = new Map<string, { lat: number; lon: number; n: number }>();
	for (const p of places) {
		if (p.place.type !== 'country') continue;
		const key = countryKeyOf(p);
		if (countries.has(key)) continue;
		countries.set(key, {
			key,
			name: p.name,
			iso3166: key.startsWith('name:') ? undefined : key,
			factId: p.id,
			lat: p.place.lat,
			lon: p.place.lon
		});
	}
	for (const p of places) {
		if (p.place.type === 'country' || p.place.type === 'region') continue;
		const key = countryKeyOf(p);
		if (countries.has(key) && countries.get(key)?.factId) continue;
		const s = sums.get(key) ?? { lat: 0, lon: 0, n: 0 };
		s.lat += p.place.lat;
		s.lon += p.place.lon;
		s.n += 1;
		sums.set(key, s);
		countries.set(key, {
			key,
			name: p.place.country,
			iso3166: key.startsWith('name:') ? undefined : key,
			lat: s.lat / s.n,
			lon: s.lon / s.n
		});
	}
	const placeCountry = new Map<string, string>();
	const placesByTypeCountry = new Map<string, PlaceFact[]>();
	for (const p of places) {
		const key = countryKeyOf(p);
		placeCountry.set(p.id, key);
		const k = `${p.place.type}|${key}`;
		const list = placesByTypeCountry.get(k);
		if (list) list.push(p);
		else placesByTypeCountry.set(k, [p]);
	}

	const truth: Truth = {
		facts,
		byId,
		events,
		campaigns,
		analyses,
		dated,
		groups,
		persons,
		places,
		figures,
		sources,
		countries,
		contested,
		links,
		disagreements,
		byLabel,
		labelKeys,
		placeCountry,
		placesByTypeCountry,
		dates,
		nameKeys,
		sharedNameKeys,
		nameKeyCounts: keyCount
	};
	cache.set(input, truth);
	return truth;
}

/** The country a place is in (or is), as a key into `truth.countries`. */
export function countryKey(truth: Truth, place: PlaceFact): string {
	return truth.placeCountry.get(place.id) ?? `name:${answerKey(place.place.country)}`;
}

/** The outlet name for a source ("The Dispatch"). */
export function outletOf(truth: Truth, source: SourceId): string {
	return SHORT_OUTLETS[source] ?? truth.sources.find((s) => s.id === source)?.outlet ?? source;
}

export function linksOf(truth: Truth, id: string): ReadonlySet<string> {
	return truth.links.get(id) ?? EMPTY;
}

export function disagreementsOf(truth: Truth, id: string): ReadonlySet<string> {
	return truth.disagreements.get(id) ?? EMPTY;
}

export function dateOf(truth: Truth, id: string): DateValue | undefined {
	return truth.dates.get(id);
}

export function placeById(truth: Truth, id: string | undefined): PlaceFact | undefined {
	const f = id ? truth.byId.get(id) : undefined;
	return f?.kind === 'place' ? f : undefined;
}

/** Whether two facts name the same thing (a shared name or alias). */
export function sameEntity(truth: Truth, a: string, b: string): boolean {
	if (a === b) return true;
	const shared = truth.sharedNameKeys.get(a);
	if (!shared) return false;
	const kb = truth.nameKeys.get(b);
	if (!kb) return false;
	for (const k of shared) if (kb.has(k)) return true;
	return false;
}

/** Whether `inner` lies within `outer` (or is it). */
export function placeWithin(truth: Truth, inner: PlaceFact, outer: PlaceFact): boolean {
	if (inner.id === outer.id || sameEntity(truth, inner.id, outer.id)) return true;
	const ti = inner.place.type;
	const to = outer.place.type;
	if (to === 'country' && ti !== 'region')
		return countryKey(truth, inner) === countryKey(truth, outer);
	if ((ti === 'city' || ti === 'site') && (to === 'city' || to === 'site')) {
		return distanceKm(inner.place, outer.place) <= SAME_CITY_KM;
	}
	return false;
}

/**
 * Whether two places may be (partly) the same place: see the module comment.
 * Regions have no borders in the data: a region may overlap any country,
 * and overlaps a city, a site or another region unless their centres are more
 * than `REGION_APART_KM` apart (Europe and Africa do not overlap; the Middle
 * East and Africa may; Kerman is not in Europe).
 */
export function placesOverlap(truth: Truth, a: PlaceFact, b: PlaceFact): boolean {
	if (a.id === b.id) return true;
	const ra = a.place.type === 'region';
	const rb = b.place.type === 'region';
	if (ra || rb) {
		// A country may reach into any region; a city or another region only near its centre.
		if (a.place.type === 'country' || b.place.type === 'country') return true;
		return distanceKm(a.place, b.place) <= REGION_APART_KM;
	}
	return placeWithin(truth, a, b) || placeWithin(truth, b, a);
}

/** Regions whose centres are farther apart than this are taken not to overlap. */
export const REGION_APART_KM = 4000;

/**
 * Whether one group-like may be part of the other, or both part of one body:
 * they are linked, or both are organizations (state bodies) based in the
 * same country (the IRGC and the Quds Force, "Iranian officials"), or one is
 * based in a region and the other within `REGION_APART_KM` of its centre
 * (European security services and German authorities).
 */
export function mayBePartOf(truth: Truth, a: GroupLike, b: GroupLike): boolean {
	if (a.id === b.id || linksOf(truth, a.id).has(b.id) || sameEntity(truth, a.id, b.id)) return true;
	return mayNest(truth, a, b);
}

/** The place-based half of `mayBePartOf`: state bodies of one country, or a regional body and a local one. */
export function mayNest(truth: Truth, a: GroupLike, b: GroupLike): boolean {
	const pa = placeById(truth, a.basedIn);
	const pb = placeById(truth, b.basedIn);
	if (!pa || !pb) return false;
	const ra = pa.place.type === 'region';
	const rb = pb.place.type === 'region';
	if (ra || rb) return pa.id === pb.id || distanceKm(pa.place, pb.place) <= REGION_APART_KM;
	return (
		a.kind === 'organization' &&
		b.kind === 'organization' &&
		countryKey(truth, pa) === countryKey(truth, pb)
	);
}

/** Whether two dates may be the same day. */
export function datesOverlap(a: DateValue, b: DateValue): boolean {
	return overlaps(a, b);
}

/** Who an event or campaign names as behind it (its actors, or the group running it). */
function actorsOf(h: Fact | undefined): string[] {
	return h?.kind === 'event' ? (h.actors ?? []) : h?.kind === 'campaign' && h.by ? [h.by] : [];
}

/**
 * Who a fact linked to a happening says claimed or was behind it: the group
 * running a campaign it was claimed under, or the group or person an analysis
 * of it is mainly about (the first of its `about`).
 */
export function claimantVia(truth: Truth, linked: Fact | undefined): string | undefined {
	if (linked?.kind === 'campaign') return linked.by;
	if (linked?.kind !== 'analysis') return undefined;
	const main = truth.byId.get(linked.about?.[0] ?? '');
	return isGroupLike(main) || main?.kind === 'person' ? main.id : undefined;
}

/**
 * Everyone who may truthfully be said to have carried out a happening (or be
 * behind it):
 * - its actors (a campaign: its `by`), and those of accounts disagreeing with
 *   it (other accounts of the same happening);
 * - the actors of linked events that overlap it in time and place and share
 *   an actor with it (possibly the same operation, told differently);
 * - the group behind any campaign it is linked to ("claimed as part of"), and
 *   the group or person an analysis linked to it is mainly about (the first
 *   of its `about`: an outlet's reading of the event, "aimed at driving a
 *   wedge", may name who was behind it);
 * - what those actors are linked to (a parent, a branch, a partner), the
 *   group a person actor belongs to, and groups that may be part of one
 *   another with them (see `mayBePartOf`).
 */
export function possibleActors(truth: Truth, happening: Happening): { has(id: string): boolean } {
	const direct = new Set<string>(actorsOf(happening));
	for (const other of disagreementsOf(truth, happening.id)) {
		for (const a of actorsOf(truth.byId.get(other))) direct.add(a);
	}
	const date = truth.dates.get(happening.id);
	const place = happening.kind === 'event' ? placeById(truth, happening.placeId) : undefined;
	const claimants = new Set<string>();
	for (const other of linksOf(truth, happening.id)) {
		const f = truth.byId.get(other);
		const claimant = claimantVia(truth, f);
		if (claimant) claimants.add(claimant);
		if (f?.kind !== 'event') continue;
		const theirs = f.actors ?? [];
		if (!theirs.some((a) => direct.has(a))) continue;
		const d = truth.dates.get(f.id);
		const p = placeById(truth, f.placeId);
		const sameTime = !date || !d || overlaps(date, d);
		const samePlace = !place || !p || placesOverlap(truth, place, p);
		if (sameTime && samePlace) for (const a of theirs) direct.add(a);
	}
	const out = new Set<string>([...direct, ...claimants]);
	for (const id of direct) {
		for (const l of linksOf(truth, id)) out.add(l);
		const f = truth.byId.get(id);
		if (f?.kind === 'person' && f.affiliation) out.add(f.affiliation);
	}
	// One level of nesting, from the groups named so far (not from nested ones),
	// checked lazily: a regional body may nest with hundreds of groups.
	const nests: ReadonlySet<string>[] = [];
	for (const id of out) {
		const f = truth.byId.get(id);
		if (isGroupLike(f)) nests.push(nestedWith(truth, f));
	}
	return {
		has(id: string) {
			if (out.has(id)) return true;
			for (const n of nests) if (n.has(id)) return true;
			return false;
		}
	};
}

interface NestIndex {
	/** Organizations by the country key of their base. */
	orgsByCountry: Map<string, GroupLike[]>;
	/** Region place id → groups based there. */
	byRegion: Map<string, GroupLike[]>;
	/** Groups with a base that is not a region. */
	local: GroupLike[];
	nested: Map<string, ReadonlySet<string>>;
	/**
	 * Base place id → the groups based in a region at or near it, and (for a
	 * region) the local groups near it. Many groups share a base, so the
	 * distance scans are done once per base, not once per group.
	 */
	regionalNear: Map<string, readonly GroupLike[]>;
	localNear: Map<string, readonly GroupLike[]>;
}

const nestCache = new WeakMap<Truth, NestIndex>();

function nestIndex(truth: Truth): NestIndex {
	let idx = nestCache.get(truth);
	if (idx) return idx;
	idx = {
		orgsByCountry: new Map(),
		byRegion: new Map(),
		local: [],
		nested: new Map(),
		regionalNear: new Map(),
		localNear: new Map()
	};
	for (const g of truth.groups) {
		const p = placeById(truth, g.basedIn);
		if (!p) continue;
		if (p.place.type === 'region') {
			const list = idx.byRegion.get(p.id);
			if (list) list.push(g);
			else idx.byRegion.set(p.id, [g]);
			continue;
		}
		idx.local.push(g);
		if (g.kind === 'organization') {
			const k = countryKey(truth, p);
			const list = idx.orgsByCountry.get(k);
			if (list) list.push(g);
			else idx.orgsByCountry.set(k, [g]);
		}
	}
	nestCache.set(truth, idx);
	return idx;
}

/** Groups based in a region that is `base` or within `REGION_APART_KM` of it, in index order. */
function regionalNear(truth: Truth, idx: NestIndex, base: PlaceFact): readonly GroupLike[] {
	let list = idx.regionalNear.get(base.id);
	if (!list) {
		const out: GroupLike[] = [];
		for (const [regionId, groups] of idx.byRegion) {
			const region = placeById(truth, regionId) as PlaceFact;
			if (region.id === base.id || distanceKm(region.place, base.place) <= REGION_APART_KM)
				out.push(...groups);
		}
		idx.regionalNear.set(base.id, (list = out));
	}
	return list;
}

/** Groups with a local base within `REGION_APART_KM` of the region `base`, in index order. */
function localNear(truth: Truth, idx: NestIndex, base: PlaceFact): readonly GroupLike[] {
	let list = idx.localNear.get(base.id);
	if (!list) {
		const out: GroupLike[] = [];
		for (const x of idx.local) {
			const p = placeById(truth, x.basedIn) as PlaceFact;
			if (distanceKm(p.place, base.place) <= REGION_APART_KM) out.push(x);
		}
		idx.localNear.set(base.id, (list = out));
	}
	return list;
}

/** The groups that may nest with `g` (see `mayNest`), computed once per group. */
export function nestedWith(truth: Truth, g: GroupLike): ReadonlySet<string> {
	const idx = nestIndex(truth);
	const hit = idx.nested.get(g.id);
	if (hit) return hit;
	const base = placeById(truth, g.basedIn);
	const out = new Set<string>();
	if (base) {
		for (const x of regionalNear(truth, idx, base)) out.add(x.id);
		if (base.place.type === 'region') {
			for (const x of localNear(truth, idx, base)) out.add(x.id);
		} else if (g.kind === 'organization') {
			for (const x of idx.orgsByCountry.get(countryKey(truth, base)) ?? []) out.add(x.id);
		}
	}
	out.delete(g.id);
	idx.nested.set(g.id, out);
	return out;
}

/** Same-label happenings (an event and its namesakes), the event itself included. */
export function namesakes(truth: Truth, happening: Happening): readonly Happening[] {
	const key = truth.labelKeys.get(happening.id) ?? answerKey(undatedLabel(happening.name));
	return truth.byLabel.get(key) ?? [happening];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/**
 * A happening's name without its date, for questions that ask the date, told
 * apart from other happenings of the same name by their order: two attacks
 * on the Shahcheragh shrine are "the earlier" and "the later" one, not both
 * "the Shahcheragh shrine attack" with two right answers. Accounts of the
 * same happening that disagree keep the one name (they are asked as one
 * source's claim).
 */
export function datelessLabel(truth: Truth, happening: Happening): string {
	const label = undatedLabel(happening.name);
	const own = dateOf(truth, happening.id);
	if (label === '' || !own) return label;
	const disagreeing = disagreementsOf(truth, happening.id);
	const others: number[] = [];
	for (const h of namesakes(truth, happening)) {
		const d = h.id === happening.id || disagreeing.has(h.id) ? undefined : dateOf(truth, h.id);
		if (d) others.push(chronologicalKey(d));
	}
	const key = chronologicalKey(own);
	// Alone, or on the same date as another: no order to tell them apart by.
	if (others.length === 0 || others.includes(key)) return label;
	const at = others.filter((k) => k < key).length;
	const word = others.length === 1 ? (at === 0 ? 'earlier' : 'later') : ORDINALS[at];
	return word ? `${word} ${label}` : label;
}

/** Whether a fact can be asked about at all, and with which attribution. */
export interface Askability {
	ok: boolean;
	/** The source whose account the question must name, when there is one. */
	attribution?: SourceId;
}

/**
 * A question built from these facts is asked plainly, asked as one source's
 * claim ("According to The Dispatch, …") when a fact is one source's account
 * (`claimOf`), or not asked when a fact is contested with no attribution or
 * when the facts are attributed to different sources.
 *
 * A place fact's `claimOf` covers its statement, not where the place is: it
 * counts only when the question uses that statement (`statementOf`).
 */
export function askability(
	truth: Truth,
	factIds: readonly string[],
	options: { statementOf?: string } = {}
): Askability {
	let attribution: SourceId | undefined;
	for (const id of factIds) {
		const f = truth.byId.get(id);
		if (!f) return { ok: false };
		const claim = f.kind === 'place' && options.statementOf !== id ? undefined : f.claimOf;
		if (claim) {
			if (attribution && attribution !== claim) return { ok: false };
			attribution = claim;
		} else if (truth.contested.has(id)) {
			return { ok: false };
		}
	}
	return attribution ? { ok: true, attribution } : { ok: true };
}

/** Facts plain enough for multi-fact questions (timeline, matching): uncontested and unattributed. */
export function isPlain(truth: Truth, fact: Fact): boolean {
	return !truth.contested.has(fact.id) && !fact.claimOf;
}

/** The precision a happening's date is shown at. */
export function precisionOf(truth: Truth, id: string): DatePrecision | undefined {
	return truth.dates.get(id)?.precision;
}

const eventsAtCache = new WeakMap<Truth, Map<string, EventFact[]>>();

/** Events whose `placeId` is this place. */
export function eventsAt(truth: Truth, placeId: string): readonly EventFact[] {
	let map = eventsAtCache.get(truth);
	if (!map) {
		map = new Map();
		for (const e of truth.events) {
			if (!e.placeId) continue;
			const list = map.get(e.placeId);
			if (list) list.push(e);
			else map.set(e.placeId, [e]);
		}
		eventsAtCache.set(truth, map);
	}
	return map.get(placeId) ?? [];
}

const withinCache = new WeakMap<Truth, Map<string, readonly EventFact[]>>();

/**
 * Events that took place within a place (at it, or at a place inside it),
 * sorted by id. Cached per fact base: a place's flashcard and its claims both ask.
 */
export function eventsWithin(truth: Truth, place: PlaceFact): readonly EventFact[] {
	let cache = withinCache.get(truth);
	if (!cache) withinCache.set(truth, (cache = new Map()));
	let events = cache.get(place.id);
	if (!events) cache.set(place.id, (events = findEventsWithin(truth, place)));
	return events;
}

function findEventsWithin(truth: Truth, place: PlaceFact): EventFact[] {
	const key = countryKey(truth, place);
	const candidates: PlaceFact[] = [place];
	if (place.place.type !== 'region') {
		for (const t of ['city', 'site', 'country']) {
			for (const p of truth.placesByTypeCountry.get(`${t}|${key}`) ?? []) {
				if (p.id !== place.id) candidates.push(p);
			}
		}
	}
	// An event has one place, so the lists are disjoint; each is in id order
	// (`truth.events` is), so one list alone needs no sort.
	const out: EventFact[] = [];
	let lists = 0;
	for (const p of candidates) {
		if (p.id !== place.id && !placeWithin(truth, p, place)) continue;
		const at = eventsAt(truth, p.id);
		if (at.length === 0) continue;
		lists++;
		for (const e of at) out.push(e);
	}
	if (lists > 1) out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return out;
}

const startsCache = new WeakMap<Truth, { items: Happening[]; starts: number[] }>();

/**
 * The dated happenings by the first, then the last day of their date as
 * stated, then id. Taken in id order (`truth.facts` is) and sorted stably by
 * the two numbers: many dates tie on both (every "2023" starts and ends on
 * the same days), and comparing their ids as strings cost more than the rest.
 */
function byStart(truth: Truth): { items: Happening[]; starts: number[] } {
	const spans: Array<{ h: Happening; s: number; e: number }> = [];
	for (const f of truth.facts) {
		if (!isHappening(f)) continue;
		const d = truth.dates.get(f.id);
		if (d === undefined) continue;
		const [s, e] = interval(asStated(d));
		spans.push({ h: f, s, e });
	}
	spans.sort((a, b) => a.s - b.s || a.e - b.e);
	return { items: spans.map((x) => x.h), starts: spans.map((x) => x.s) };
}

/**
 * Dated happenings whose whole date, as stated, lies within [start, end] (day
 * numbers), in date order: "December 2023" lists the events dated December
 * 2023, even one the sources allow to have been early January.
 */
export function happeningsWithin(truth: Truth, start: number, end: number): Happening[] {
	let idx = startsCache.get(truth);
	if (!idx) startsCache.set(truth, (idx = byStart(truth)));
	let lo = 0;
	let hi = idx.starts.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((idx.starts[mid] as number) < start) lo = mid + 1;
		else hi = mid;
	}
	const out: Happening[] = [];
	for (let i = lo; i < idx.items.length && (idx.starts[i] as number) <= end; i++) {
		const h = idx.items[i] as Happening;
		if (endDay(asStated(truth.dates.get(h.id) as DateValue)) <= end) out.push(h);
	}
	return out;
}
