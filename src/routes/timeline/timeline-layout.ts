/**
 * Where dated facts sit on the timeline. The axis is piecewise linear: the
 * quiet years 1979–2019 take a fifth of the width, the dense 2020–2024 the rest.
 */
import { compareDates, formatDate, interval, parseDate, type DateValue } from '$lib/core/dates';
import type { Fact } from '$content/schema';

export interface TimelineEntry {
	fact: Fact;
	date: DateValue;
	label: string;
	/** 0..1 along the axis. */
	position: number;
}

const BREAK_YEAR = 2020;
const START = Date.UTC(1979, 0, 1);
const BREAK = Date.UTC(BREAK_YEAR, 0, 1);
const END = Date.UTC(2024, 1, 1);
// Ticks sit at 1 January, so the last one (2024) stays inside the axis.
export const BREAK_AT = 0.2;

export const AXIS_TICKS = [1979, 2020, 2021, 2022, 2023, 2024].map((year) => ({
	year,
	position: axisPosition(Date.UTC(year, 0, 1))
}));

export function axisPosition(time: number): number {
	const t = Math.min(END, Math.max(START, time));
	if (t < BREAK) return (BREAK_AT * (t - START)) / (BREAK - START);
	return BREAK_AT + ((1 - BREAK_AT) * (t - BREAK)) / (END - BREAK);
}

export function timelineEntries(facts: readonly Fact[]): TimelineEntry[] {
	const entries: TimelineEntry[] = [];
	for (const fact of facts) {
		if (fact.kind !== 'event' && fact.kind !== 'campaign') continue;
		if (!fact.date) continue;
		const date = parseDate(fact.date, fact.datePrecision);
		if (!date) continue;
		const [start, end] = interval(date);
		const middle = ((start + end) / 2) * 86_400_000;
		// A date the sources leave open to a later one (`dateLatest`) says so.
		const label = boundedLabel(fact, formatDate(date));
		entries.push({ fact, date, label, position: axisPosition(middle) });
	}
	return entries.sort((a, b) => byLastDay(a.date, b.date) || a.fact.id.localeCompare(b.fact.id));
}

/**
 * Listed by the last day each date may be, then as `compareDates`: an event
 * known only to the month ("January 2024") comes after those of that month known
 * to the day, as "sometime in January" reads after "3 January", not before.
 */
function byLastDay(a: DateValue, b: DateValue): number {
	return interval(a)[1] - interval(b)[1] || compareDates(a, b);
}

/** "2021 or later", "December 2023 or earlier", "around December 2023": as open as the sources leave it. */
function boundedLabel(fact: Fact, label: string): string {
	if (fact.kind !== 'event') return label;
	const later = fact.dateLatest !== undefined;
	if (fact.dateOpenBefore) return later ? `around ${label}` : `${label} or earlier`;
	return later ? `${label} or later` : label;
}

export function groupByYear(entries: readonly TimelineEntry[]): Array<[number, TimelineEntry[]]> {
	const groups = new Map<number, TimelineEntry[]>();
	for (const entry of entries) {
		const list = groups.get(entry.date.year) ?? [];
		list.push(entry);
		groups.set(entry.date.year, list);
	}
	return [...groups];
}
