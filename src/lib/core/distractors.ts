/**
 * Choosing wrong answers: same kind as the right one, plausible first (near
 * dates, places in the same country or nearby, groups based in the same
 * country or region), drawn from the fact base before anything synthetic, and
 * never true (the caller passes the truth test; see relations.ts).
 *
 * Candidates come in tiers, most plausible first; within a tier the pick is
 * random (seeded). Large pools are sampled rather than sorted, so the cost per
 * question stays flat on a 10,000-fact base.
 */
import {
	atLeastAsFine,
	atPrecision,
	dateCode,
	dateKey,
	dayNumber,
	daysInMonth,
	endDay,
	fromDayNumber,
	shiftDate,
	startDay
} from './dates';
import type { DateValue } from './dates';
import { insertionIndex, nearbyDates } from './dated-index';
import { chordOfKm, EARTH_RADIUS_KM, unitVector, type LatLon } from './distance';
import { deriveRng, randomInt, shuffle, type Rng } from './rng';
import { countryKey, placeById, type CountryInfo, type Truth } from './relations';
import type { DatePrecision, GroupLike, Happening, PersonFact, PlaceFact } from './types';

const SMALL_TIER = 48;
const SAMPLE = 64;

/**
 * Draws up to `needed` items from the tiers in order, uniformly at random
 * within a tier, keeping those `accept` takes (it also records what it took,
 * so it can refuse duplicates).
 */
export function drawTiered<T>(
	rng: Rng,
	tiers: ReadonlyArray<readonly T[] | (() => readonly T[])>,
	needed: number,
	accept: (item: T) => boolean
): T[] {
	const out: T[] = [];
	for (const entry of tiers) {
		if (out.length >= needed) break;
		const tier = typeof entry === 'function' ? entry() : entry;
		if (tier.length === 0) continue;
		if (tier.length <= SMALL_TIER) {
			for (const item of shuffle(rng, tier)) {
				if (out.length >= needed) break;
				if (accept(item)) out.push(item);
			}
			continue;
		}
		// Large tier: random probes, then a scan from a random offset.
		const probes = needed * 6 + 8;
		for (let i = 0; i < probes && out.length < needed; i++) {
			const item = tier[randomInt(rng, tier.length)] as T;
			if (accept(item)) out.push(item);
		}
		const start = randomInt(rng, tier.length);
		for (let i = 0; i < tier.length && out.length < needed; i++) {
			const item = tier[(start + i) % tier.length] as T;
			if (accept(item)) out.push(item);
		}
	}
	return out;
}

/** A random sample (or the whole pool when small). */
function sampleOf<T>(rng: Rng, pool: readonly T[], size = SAMPLE): readonly T[] {
	if (pool.length <= size) return pool;
	const out: T[] = [];
	for (let i = 0; i < size; i++) out.push(pool[randomInt(rng, pool.length)] as T);
	return out;
}

/**
 * The `k` nearest items of a random sample of the pool (the whole pool when
 * small) that are within `max` km of `origin`, nearest first (ties in sample
 * order).
 *
 * Nearness is compared by the straight-line (chord) distance between points
 * on the unit sphere, which grows with the great-circle distance: the same
 * order and the same cut-off, with no trigonometry per point (each point's
 * vector is computed once per pool, and a sine costs more than the rest of
 * the loop on a slow machine).
 */
function nearest<T>(
	rng: Rng,
	pool: readonly T[],
	{ lat, x, y, z }: Positions,
	origin: LatLon,
	max: number,
	k: number
): T[] {
	const [ox, oy, oz] = unitVector(origin.lat, origin.lon);
	// A point farther north or south than this is farther away than `max` whatever its longitude.
	const maxLat = (max / EARTH_RADIUS_KM) * (180 / Math.PI);
	const maxChord = chordOfKm(max);
	const maxChord2 = maxChord * maxChord;
	const best: T[] = [];
	const bestChord2: number[] = [];
	const sampled = pool.length > SAMPLE;
	const n = sampled ? SAMPLE : pool.length;
	for (let s = 0; s < n; s++) {
		// The same draws as `sampleOf`.
		const i = sampled ? randomInt(rng, pool.length) : s;
		// (NaN, no position, fails this test and the next.)
		if (!(Math.abs((lat[i] as number) - origin.lat) <= maxLat)) continue;
		const dx = (x[i] as number) - ox;
		const dy = (y[i] as number) - oy;
		const dz = (z[i] as number) - oz;
		const d = dx * dx + dy * dy + dz * dz;
		if (!(d <= maxChord2)) continue;
		// Keep the k nearest, in order: after every kept one at most as far (a stable sort's order).
		let at = bestChord2.length;
		while (at > 0 && (bestChord2[at - 1] as number) > d) at--;
		if (at >= k) continue;
		// Insert at `at`, dropping the farthest when full (no splice: it allocates).
		let j = Math.min(best.length, k - 1);
		if (j === best.length) {
			best.push(pool[i] as T);
			bestChord2.push(d);
		}
		for (; j > at; j--) {
			best[j] = best[j - 1] as T;
			bestChord2[j] = bestChord2[j - 1] as number;
		}
		best[at] = pool[i] as T;
		bestChord2[at] = d;
	}
	return best;
}

/** Each pool item's latitude and unit vector (NaN when it has no position). */
interface Positions {
	lat: Float64Array;
	x: Float64Array;
	y: Float64Array;
	z: Float64Array;
}

const nearCache = new WeakMap<Truth, Map<string, readonly unknown[]>>();
const positionsCache = new WeakMap<readonly unknown[], Positions>();

/**
 * `nearest`, computed once per (truth, key) and reused by every question
 * about the same answer. The sample it draws from is seeded by the key alone,
 * so the result does not depend on which question asked first. `pointOf` is
 * read once per pool (the pools are cached per fact base).
 */
function nearestCached<T>(
	truth: Truth,
	key: string,
	pool: readonly T[],
	pointOf: (item: T) => LatLon | undefined,
	origin: LatLon,
	max: number,
	k: number
): T[] {
	let map = nearCache.get(truth);
	if (!map) nearCache.set(truth, (map = new Map()));
	let hit = map.get(key) as T[] | undefined;
	if (!hit) {
		let positions = positionsCache.get(pool);
		if (!positions) {
			const n = pool.length;
			positions = {
				lat: new Float64Array(n).fill(NaN),
				x: new Float64Array(n).fill(NaN),
				y: new Float64Array(n).fill(NaN),
				z: new Float64Array(n).fill(NaN)
			};
			for (let i = 0; i < n; i++) {
				const p = pointOf(pool[i] as T);
				if (!p) continue;
				const [px, py, pz] = unitVector(p.lat, p.lon);
				positions.lat[i] = p.lat;
				positions.x[i] = px;
				positions.y[i] = py;
				positions.z[i] = pz;
			}
			positionsCache.set(pool, positions);
		}
		hit = nearest(deriveRng(0, 'near', key), pool, positions, origin, max, k);
		map.set(key, hit);
	}
	return hit;
}

const pointKeyCache = new WeakMap<LatLon, string>();

/**
 * "lat,lon", as a cache key. Remembered per point: printing two floats costs
 * more than the cache lookup it keys, and the same places are asked about
 * again and again.
 */
function pointKey(p: LatLon): string {
	let key = pointKeyCache.get(p);
	if (key === undefined) pointKeyCache.set(p, (key = `${p.lat},${p.lon}`));
	return key;
}

/**
 * Wrong dates for a date question, at the answer's precision: near dates from
 * the fact base first, then dates a few days/months/years either side, then
 * farther fact-base dates. None overlaps any of `trueDates`.
 */
export function dateDistractors(
	truth: Truth,
	rng: Rng,
	answer: DateValue,
	trueDates: readonly DateValue[],
	needed: number,
	excludeIds: ReadonlySet<string> = new Set()
): DateValue[] {
	const p = answer.precision;
	const taken: number[] = [dateCode(answer)];
	const cap = latestDay(truth);
	// The true dates' first and last days, in pairs.
	const trueDays: number[] = [];
	for (const t of trueDates) trueDays.push(startDay(t), endDay(t));
	const near = nearbyDates(truth, answer, 8, excludeIds);
	// The closures here are anonymous: under tsx's keepNames every named
	// closure costs a defineProperty call, and this runs once per date question.
	return drawTiered(
		rng,
		[
			near,
			() => shiftedDates(answer, NEAR_SHIFTS),
			() => baseDates(truth, rng, p, excludeIds),
			() => shiftedDates(answer, FAR_SHIFTS)
		],
		needed,
		(d) => {
			const code = dateCode(d);
			if (taken.includes(code)) return false;
			const s = startDay(d);
			const e = endDay(d);
			if (s > cap) return false;
			for (let i = 0; i < trueDays.length; i += 2)
				if (s <= (trueDays[i + 1] as number) && (trueDays[i] as number) <= e) return false;
			taken.push(code);
			return true;
		}
	);
}

const NEAR_SHIFTS = [-3, -2, -1, 1, 2, 3];
const FAR_SHIFTS = [-10, -9, -8, -7, -6, -5, -4, 4, 5, 6, 7, 8, 9, 10];

/** `answer` moved by each of `shifts` units of its precision. */
function shiftedDates(answer: DateValue, shifts: readonly number[]): DateValue[] {
	return shifts.map((n) => shiftDate(answer, n));
}

/** A random sample of fact-base dates, shown at precision `p` (those fine enough, not excluded or contested). */
function baseDates(
	truth: Truth,
	rng: Rng,
	p: DatePrecision,
	excludeIds: ReadonlySet<string>
): DateValue[] {
	const out: DateValue[] = [];
	for (const h of sampleOf(rng, truth.dated, 32)) {
		if (excludeIds.has(h.id) || truth.contested.has(h.id)) continue;
		const d = truth.dates.get(h.id);
		if (d && atLeastAsFine(d.precision, p)) out.push(atPrecision(d, p));
	}
	return out;
}

const latestCache = new WeakMap<Truth, number>();

/**
 * The last day a date distractor may start on: the end of the month of the
 * latest date in the fact base. The sources cannot report later events, so a
 * later date would be an implausible (if false) option.
 */
export function latestDay(truth: Truth): number {
	let cap = latestCache.get(truth);
	if (cap === undefined) {
		let max = -Infinity;
		for (const h of truth.dated) {
			const d = truth.dates.get(h.id);
			if (d) max = Math.max(max, endDay(d));
		}
		if (max === -Infinity) cap = Infinity;
		else {
			const day = fromDayNumber(max);
			cap = dayNumber(day.year, day.month, daysInMonth(day.year, day.month));
		}
		latestCache.set(truth, cap);
	}
	return cap;
}

/** How far (km) a place may be to count as "in the same region". */
const REGION_KM = 3000;

function placesOfType(truth: Truth, type: string): PlaceFact[] {
	let cache = placesByTypeCache.get(truth);
	if (!cache) placesByTypeCache.set(truth, (cache = new Map()));
	let list = cache.get(type);
	if (!list) cache.set(type, (list = truth.places.filter((p) => p.place.type === type)));
	return list;
}
const placesByTypeCache = new WeakMap<Truth, Map<string, PlaceFact[]>>();

/**
 * Wrong places of the same type (a city for a city): in the same country
 * first, then nearby, then anywhere. `isTrue` rejects places that may also be right.
 */
export function placeDistractors(
	truth: Truth,
	rng: Rng,
	answer: PlaceFact,
	isTrue: (p: PlaceFact) => boolean,
	needed: number
): PlaceFact[] {
	const type = answer.place.type;
	const pool = placesOfType(truth, type);
	const sameCountry =
		type === 'country' || type === 'region'
			? []
			: (truth.placesByTypeCountry.get(`${type}|${countryKey(truth, answer)}`) ?? []);
	return drawTiered(
		rng,
		[
			sameCountry,
			// Only when the same country does not give enough (the result depends on the answer alone).
			() =>
				nearestCached(
					truth,
					`place:${answer.id}`,
					pool,
					(p) => p.place,
					answer.place,
					REGION_KM,
					8
				),
			pool
		],
		needed,
		acceptFacts(truth, answer.id, isTrue)
	);
}

/**
 * The acceptance test shared by fact distractors: not the answer, not
 * contested, not sharing a name with the answer or with a distractor already
 * taken, not true (`isTrue`), and — when options are labelled otherwise than
 * by name (`labelKey`) — not sharing a label either.
 */
function acceptFacts<T extends { id: string; name: string }>(
	truth: Truth,
	answerId: string,
	isTrue: (f: T) => boolean,
	labelKey?: (f: T) => string
): (f: T) => boolean {
	const answerFact = labelKey ? (truth.byId.get(answerId) as T | undefined) : undefined;
	// A handful at most: arrays, not sets.
	const taken: string[] = [];
	const labels: string[] = labelKey && answerFact ? [labelKey(answerFact)] : [];
	return (f) => {
		if (f.id === answerId || taken.includes(f.id) || truth.contested.has(f.id)) return false;
		if (labelKey && labels.includes(labelKey(f))) return false;
		// A name shared with the answer or a distractor taken: only a shared key can be.
		const names = truth.sharedNameKeys.get(f.id);
		if (names) {
			const answerNames = truth.nameKeys.get(answerId);
			if (answerNames) for (const n of names) if (answerNames.has(n)) return false;
			for (const t of taken) {
				const tn = truth.nameKeys.get(t);
				if (tn) for (const n of names) if (tn.has(n)) return false;
			}
		}
		if (isTrue(f)) return false;
		taken.push(f.id);
		if (labelKey) labels.push(labelKey(f));
		return true;
	};
}

/** Where a group is based, as a point (for "groups of the same region"). */
function baseOf(truth: Truth, g: GroupLike): PlaceFact | undefined {
	return placeById(truth, g.basedIn);
}

function groupsOfKind(truth: Truth, kind: GroupLike['kind']): GroupLike[] {
	let cache = groupsByKindCache.get(truth);
	if (!cache) groupsByKindCache.set(truth, (cache = new Map()));
	let list = cache.get(kind);
	if (!list) cache.set(kind, (list = truth.groups.filter((g) => g.kind === kind)));
	return list;
}
const groupsByKindCache = new WeakMap<Truth, Map<string, GroupLike[]>>();

function groupsByBaseCountry(truth: Truth, kind: GroupLike['kind'], key: string): GroupLike[] {
	let cache = groupsByCountryCache.get(truth);
	if (!cache) {
		cache = new Map();
		for (const g of truth.groups) {
			const base = baseOf(truth, g);
			if (!base) continue;
			const k = `${g.kind}|${countryKey(truth, base)}`;
			const list = cache.get(k);
			if (list) list.push(g);
			else cache.set(k, [g]);
		}
		groupsByCountryCache.set(truth, cache);
	}
	return cache.get(`${kind}|${key}`) ?? [];
}
const groupsByCountryCache = new WeakMap<Truth, Map<string, GroupLike[]>>();

/**
 * Wrong groups of the same kind (a group for a group, an organization for an
 * organization): based in the same country first, then nearby, then any.
 * Without `sameCountryFirst` (for a question that rules out every group of
 * the answer's country), nearby ones come first.
 */
export function groupDistractors(
	truth: Truth,
	rng: Rng,
	answer: GroupLike,
	isTrue: (g: GroupLike) => boolean,
	needed: number,
	sameCountryFirst = true
): GroupLike[] {
	const pool = groupsOfKind(truth, answer.kind);
	const base = baseOf(truth, answer);
	const sameCountry =
		base && sameCountryFirst
			? groupsByBaseCountry(truth, answer.kind, countryKey(truth, base))
			: [];
	return drawTiered(
		rng,
		[
			sameCountry,
			// Only when the same country does not give enough (the result depends on the answer alone).
			() =>
				base
					? nearestCached(
							truth,
							`group:${answer.id}`,
							pool,
							(g) => baseOf(truth, g)?.place,
							base.place,
							REGION_KM,
							8
						)
					: [],
			pool
		],
		needed,
		acceptFacts(truth, answer.id, isTrue)
	);
}

/** Wrong people: those sharing the answer's affiliation's region first, then anyone. */
export function personDistractors(
	truth: Truth,
	rng: Rng,
	answer: PersonFact,
	isTrue: (p: PersonFact) => boolean,
	needed: number
): PersonFact[] {
	const accept = acceptFacts(truth, answer.id, isTrue);
	return drawTiered(rng, [truth.persons], needed, accept);
}

/** Where a happening took place, when known. */
export function placeOfHappening(truth: Truth, h: Happening): PlaceFact | undefined {
	return h.kind === 'event' ? placeById(truth, h.placeId) : undefined;
}

/**
 * Wrong happenings (events and campaigns): near in time first when `near` is
 * a date, near in space first when it is a point, then any.
 */
export function happeningDistractors(
	truth: Truth,
	rng: Rng,
	answer: Happening,
	pool: readonly Happening[],
	near: { date: DateValue } | { point: LatLon; countryKey: string },
	isTrue: (h: Happening) => boolean,
	needed: number,
	labelKey?: (h: Happening) => string
): Happening[] {
	const accept = acceptFacts(truth, answer.id, isTrue, labelKey);
	let first: Happening[];
	if ('date' in near) {
		// The answer's neighbours in the date-sorted list.
		const at = insertionIndex(truth, near.date);
		first = truth.dated.slice(Math.max(0, at - 6), at + 6);
		if (pool !== truth.dated) {
			const inPool = new Set(pool.map((h) => h.id));
			first = first.filter((h) => inPool.has(h.id));
		}
	} else {
		first = nearestCached(
			truth,
			`happening-near:${near.countryKey}:${pointKey(near.point)}:${pool.length}`,
			pool,
			(h) => placeOfHappening(truth, h)?.place,
			near.point,
			REGION_KM,
			8
		);
	}
	return drawTiered(rng, [first, pool], needed, accept);
}

const countryListCache = new WeakMap<Truth, CountryInfo[]>();

/** `truth.countries` as a list (cached: every country question draws from it). */
function countryList(truth: Truth): CountryInfo[] {
	let list = countryListCache.get(truth);
	if (!list) countryListCache.set(truth, (list = [...truth.countries.values()]));
	return list;
}

/** Wrong countries: nearby first (a point's neighbours), then any. */
export function countryDistractors(
	truth: Truth,
	rng: Rng,
	answerKey: string,
	point: LatLon,
	needed: number
): CountryInfo[] {
	const all = countryList(truth);
	const answer = truth.countries.get(answerKey);
	const taken: string[] = [answerKey];
	const takenNames: string[] = answer ? [answer.name.toLowerCase()] : [];
	const near = nearestCached(
		truth,
		`country:${answerKey}:${pointKey(point)}`,
		all,
		(c) => c,
		point,
		REGION_KM,
		6
	);
	return drawTiered(rng, [near, all], needed, (c) => {
		if (taken.includes(c.key) || takenNames.includes(c.name.toLowerCase())) return false;
		if (c.factId && truth.contested.has(c.factId)) return false;
		taken.push(c.key);
		takenNames.push(c.name.toLowerCase());
		return true;
	});
}

/** The option id of a country (its place fact, or `country:<iso or name>`). */
export function countryChoiceId(c: CountryInfo): string {
	return c.factId ?? `country:${c.iso3166 ?? c.key.replace(/^name:/, '')}`;
}

export { dateKey };
