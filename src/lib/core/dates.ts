/**
 * Dates at a precision: a day ("3 January 2024"), a month ("August 2023") or
 * a year ("2021"). A date is treated as the interval of days it covers, so
 * "August 2023" overlaps "2023" and "14 August 2023" but not "October 2022".
 * All arithmetic is in UTC days; no time zones are involved.
 */
import type { DatePrecision } from './types';

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

export interface DateValue {
	year: number;
	/** 1–12, when precision is month or day. */
	month: number;
	/** 1–31, when precision is day. */
	day: number;
	precision: DatePrecision;
	/**
	 * The last day (a day number) the sources allow, when later than the date's
	 * own last day (an event's `dateLatest`): the date still reads as itself,
	 * but covers the days up to this one.
	 */
	latest?: number;
	/** -Infinity when the sources allow any earlier start (`dateOpenBefore`). */
	earliest?: number;
}

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };

/** The coarser of two precisions. */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
	return RANK[a] <= RANK[b] ? a : b;
}

/** Whether precision `a` is at least as fine as `b`. */
export function atLeastAsFine(a: DatePrecision, b: DatePrecision): boolean {
	return RANK[a] >= RANK[b];
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". The precision is the one stated
 * (`datePrecision`) but never finer than the string: "2020" at day precision
 * is still the year 2020.
 */
export function parseDate(iso: string, precision?: DatePrecision): DateValue | null {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!m) return null;
	const year = Number(m[1]);
	const month = m[2] === undefined ? 1 : Number(m[2]);
	const day = m[3] === undefined ? 1 : Number(m[3]);
	if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
	const stated: DatePrecision = m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
	return { year, month, day, precision: precision ? coarser(precision, stated) : stated };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeap(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	return month === 2 && isLeap(year) ? 29 : (MONTH_DAYS[month - 1] ?? 30);
}

/** The same date shown at a coarser precision (never finer than it is). */
export function atPrecision(date: DateValue, precision: DatePrecision): DateValue {
	const p = coarser(date.precision, precision);
	return {
		year: date.year,
		month: p === 'year' ? 1 : date.month,
		day: p === 'day' ? date.day : 1,
		precision: p
	};
}

/** "3 January 2024", "August 2023" or "2021". */
export function formatDate(date: DateValue, precision: DatePrecision = date.precision): string {
	// At its own precision a date shows its own fields: no need for a copy.
	const d = precision === date.precision ? date : atPrecision(date, precision);
	const month = MONTHS[d.month - 1] ?? '';
	if (d.precision === 'day') return `${d.day} ${month} ${d.year}`;
	if (d.precision === 'month') return `${month} ${d.year}`;
	return String(d.year);
}

/** "2024-01-03", "2023-08" or "2021": a stable key for the date at its precision. */
export function dateKey(date: DateValue, precision: DatePrecision = date.precision): string {
	const d = atPrecision(date, precision);
	const y = String(d.year).padStart(4, '0');
	const mm = String(d.month).padStart(2, '0');
	const dd = String(d.day).padStart(2, '0');
	if (d.precision === 'day') return `${y}-${mm}-${dd}`;
	if (d.precision === 'month') return `${y}-${mm}`;
	return y;
}

/** Days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's days_from_civil). */
export function dayNumber(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146097 + doe - 719468;
}

/** The first and last day the date covers, as day numbers (inclusive). */
export function interval(date: DateValue): [start: number, end: number] {
	return [startDay(date), endDay(date)];
}

/** Whether the sources leave the date open beyond itself (`latest`, `earliest`). */
export function isOpen(date: DateValue): boolean {
	return date.latest !== undefined || date.earliest !== undefined;
}

/** The date as the source states it, without the days beyond it the sources allow. */
export function asStated(date: DateValue): DateValue {
	if (!isOpen(date)) return date;
	return { year: date.year, month: date.month, day: date.day, precision: date.precision };
}

/** The first day the date covers (`interval(date)[0]`, without the array: used in hot loops). */
export function startDay(date: DateValue): number {
	if (date.earliest !== undefined) return date.earliest;
	return dayNumber(
		date.year,
		date.precision === 'year' ? 1 : date.month,
		date.precision === 'day' ? date.day : 1
	);
}

/** The last day the date covers (`interval(date)[1]`), up to the latest the sources allow. */
export function endDay(date: DateValue): number {
	if (date.latest !== undefined) return date.latest;
	const { year, month } = date;
	if (date.precision === 'day') return dayNumber(year, month, date.day);
	if (date.precision === 'month') return dayNumber(year, month, daysInMonth(year, month));
	return dayNumber(year, 12, 31);
}

/** Whether the two dates could be the same day (their intervals intersect). */
export function overlaps(a: DateValue, b: DateValue): boolean {
	return startDay(a) <= endDay(b) && startDay(b) <= endDay(a);
}

/** Chronological order by start, then by end (coarser dates after finer ones starting the same day). */
export function compareDates(a: DateValue, b: DateValue): number {
	return startDay(a) - startDay(b) || endDay(a) - endDay(b);
}

/** The midpoint, in days, used to measure how near two dates are. */
export function midpoint(date: DateValue): number {
	return (startDay(date) + endDay(date)) / 2;
}

/** Distance in days between midpoints. */
export function daysApart(a: DateValue, b: DateValue): number {
	return Math.abs(midpoint(a) - midpoint(b));
}

/** The date moved by `n` units of its own precision (days, months or years). */
export function shiftDate(date: DateValue, n: number): DateValue {
	// New objects, not spreads: a shifted date keeps none of the original's `latest`.
	if (date.precision === 'year')
		return { year: date.year + n, month: date.month, day: date.day, precision: 'year' };
	if (date.precision === 'month') {
		const index = date.year * 12 + (date.month - 1) + n;
		return { year: Math.floor(index / 12), month: (index % 12) + 1, day: 1, precision: 'month' };
	}
	return { ...fromDayNumber(dayNumber(date.year, date.month, date.day) + n), precision: 'day' };
}

/** The calendar date of a day number (Howard Hinnant's civil_from_days). */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
	const z = n + 719468;
	const era = Math.floor(z / 146097);
	const doe = z - era * 146097;
	const yoe = Math.floor(
		(doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
	);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * (year, month, day) as one number in the same order, whatever the
 * precision (month 1–12 and day 1–31 fit their fields): the order of
 * `truth.dated`, and the key its binary searches compare.
 */
export function chronologicalKey(d: DateValue): number {
	return (d.year * 16 + d.month) * 32 + d.day;
}

/** A numeric key for a date at its precision (cheaper than `dateKey` in hot loops). */
export function dateCode(date: DateValue): number {
	const rank = date.precision === 'year' ? 0 : date.precision === 'month' ? 1 : 2;
	const month = date.precision === 'year' ? 0 : date.month;
	const day = date.precision === 'day' ? date.day : 0;
	return ((date.year * 16 + month) * 32 + day) * 4 + rank;
}

/** Parses a typed year ("2024", " 2024 ", "in 2024"); null when there is none. */
export function parseYear(text: string): number | null {
	const m = /(?:^|\D)(\d{3,4})(?:\D|$)/.exec(text.trim());
	return m ? Number(m[1]) : null;
}
