/**
 * `truth.dated` (the happenings with a date, in date order) as columns, for
 * the date distractors: every date question of a large fact base reads its
 * neighbours here, by index, rather than through maps keyed by fact id, and
 * the neighbours of a date are kept as a few indexes.
 */
import {
	atLeastAsFine,
	atPrecision,
	chronologicalKey,
	dateCode,
	midpoint,
	type DateValue
} from './dates';
import type { Truth } from './relations';
import type { DatePrecision, Happening } from './types';

interface DatedColumns {
	/** `chronologicalKey` of each date: the binary search reads no map. */
	keys: Float64Array;
	dates: readonly DateValue[];
	/** 1 when the happening's date may be offered (its sources agree on it). */
	offered: Uint8Array;
	/** Per precision, made when first asked: each date's midpoint there (NaN when coarser). */
	mids: Map<DatePrecision, Float64Array>;
	/** Per precision: each date as shown there, made when first offered. */
	shown: Map<DatePrecision, Array<DateValue | undefined>>;
	/** `nearDates` by the answer's `dateCode`. */
	near: Map<number, readonly number[]>;
}

const columnsCache = new WeakMap<Truth, DatedColumns>();

function columns(truth: Truth): DatedColumns {
	let c = columnsCache.get(truth);
	if (!c) {
		const dates = truth.dated.map((h) => truth.dates.get(h.id) as DateValue);
		c = {
			keys: Float64Array.from(dates, chronologicalKey),
			dates,
			offered: Uint8Array.from(truth.dated, (h) => (truth.contested.has(h.id) ? 0 : 1)),
			mids: new Map(),
			shown: new Map(),
			near: new Map()
		};
		columnsCache.set(truth, c);
	}
	return c;
}

function midpointsAt(c: DatedColumns, p: DatePrecision): Float64Array {
	let mids = c.mids.get(p);
	if (!mids) {
		mids = Float64Array.from(c.dates, (d) =>
			atLeastAsFine(d.precision, p) ? midpoint(atPrecision(d, p)) : NaN
		);
		c.mids.set(p, mids);
	}
	return mids;
}

/**
 * Up to `max` of the dates `nearDates` gives, shown at the answer's precision,
 * leaving out those of the facts `excludeIds`. Each date shown is made once
 * per fact base and precision.
 */
export function nearbyDates(
	truth: Truth,
	answer: DateValue,
	max: number,
	excludeIds: ReadonlySet<string>
): DateValue[] {
	const c = columns(truth);
	const p = answer.precision;
	let shown = c.shown.get(p);
	// Filled up front: an array written at scattered indexes turns into a slow dictionary.
	if (!shown)
		c.shown.set(p, (shown = new Array<DateValue | undefined>(c.dates.length).fill(undefined)));
	const nearby = nearDates(truth, answer);
	const out: DateValue[] = [];
	for (let k = 0; k < nearby.length && out.length < max; k++) {
		const i = nearby[k] as number;
		if (excludeIds.has((truth.dated[i] as Happening).id)) continue;
		let d = shown[i];
		if (d === undefined) shown[i] = d = atPrecision(c.dates[i] as DateValue, p);
		out.push(d);
	}
	return out;
}

/** Where a date would go in `truth.dated` (sorted by year, month, day). */
export function insertionIndex(truth: Truth, d: DateValue): number {
	const keys = columns(truth).keys;
	const key = chronologicalKey(d);
	let lo = 0;
	let hi = keys.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((keys[mid] as number) < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** How far apart (in days) fact-base dates may be to count as "near" at each precision. */
const NEAR_DAYS: Record<DatePrecision, number> = { day: 120, month: 1100, year: 4400 };

/**
 * The fact-base dates nearest to `answer` (among its neighbours in the
 * date-sorted list) that may be offered at its precision, as indexes of
 * `truth.dated`: nearest first, then by fact id. Cached per (fact base, date).
 */
function nearDates(truth: Truth, answer: DateValue): readonly number[] {
	const c = columns(truth);
	const code = dateCode(answer);
	let list = c.near.get(code);
	if (!list) {
		const p = answer.precision;
		const mids = midpointsAt(c, p);
		const mid = midpoint(answer);
		const found: number[] = [];
		const gaps: number[] = [];
		const at = insertionIndex(truth, answer);
		for (let i = Math.max(0, at - 12); i < Math.min(c.keys.length, at + 12); i++) {
			// (NaN, a coarser date, fails the test.)
			const gap = Math.abs((mids[i] as number) - mid);
			if (c.offered[i] !== 1 || !(gap <= NEAR_DAYS[p])) continue;
			// Insertion into the few found so far, by gap, then fact id.
			const id = (truth.dated[i] as Happening).id;
			let k = found.length;
			found.push(i);
			gaps.push(gap);
			for (; k > 0; k--) {
				const g = gaps[k - 1] as number;
				const before = found[k - 1] as number;
				if (g < gap || (g === gap && (truth.dated[before] as Happening).id < id)) break;
				found[k] = before;
				gaps[k] = g;
			}
			found[k] = i;
			gaps[k] = gap;
		}
		list = found;
		c.near.set(code, list);
	}
	return list;
}
