import { describe, expect, it } from 'vitest';
import {
	atPrecision,
	compareDates,
	dayNumber,
	formatDate,
	fromDayNumber,
	interval,
	overlaps,
	parseDate,
	parseYear,
	shiftDate
} from './dates';

const d = (s: string, p?: 'day' | 'month' | 'year') => parseDate(s, p)!;

describe('dates', () => {
	it('formats by precision', () => {
		expect(formatDate(d('2024-01-03'))).toBe('3 January 2024');
		expect(formatDate(d('2023-08'))).toBe('August 2023');
		expect(formatDate(d('2021'))).toBe('2021');
		expect(formatDate(d('2024-01-03', 'month'))).toBe('January 2024');
		expect(formatDate(d('2024-01-03'), 'year')).toBe('2024');
	});

	it('never makes a date finer than its string', () => {
		expect(d('2020', 'day').precision).toBe('year');
		expect(parseDate('2023-02-30')).toBeNull();
		expect(parseDate('Jan 2024')).toBeNull();
	});

	it('treats dates as intervals: a year overlaps its months, months do not overlap each other', () => {
		expect(overlaps(d('2023'), d('2023-08'))).toBe(true);
		expect(overlaps(d('2023-08'), d('2023-08-14'))).toBe(true);
		expect(overlaps(d('2022-10'), d('2023-08'))).toBe(false);
		expect(overlaps(d('2024-01-03'), d('2024-01-04'))).toBe(false);
		expect(interval(d('2024-02'))[1] - interval(d('2024-02'))[0]).toBe(28); // leap year
	});

	it('orders chronologically', () => {
		const sorted = [d('2024-01-04'), d('1979'), d('2024-01-03'), d('2023-08')].sort(compareDates);
		expect(sorted.map((x) => formatDate(x))).toEqual([
			'1979',
			'August 2023',
			'3 January 2024',
			'4 January 2024'
		]);
	});

	it('shifts by units of the precision', () => {
		expect(formatDate(shiftDate(d('2024-01-01'), -1))).toBe('31 December 2023');
		expect(formatDate(shiftDate(d('2024-01'), -1))).toBe('December 2023');
		expect(formatDate(shiftDate(d('2021'), 3))).toBe('2024');
		expect(formatDate(atPrecision(d('2024-01-03'), 'month'))).toBe('January 2024');
	});

	it('counts days like Date.UTC, both ways', () => {
		for (const [y, m, day] of [
			[1970, 1, 1],
			[2000, 2, 29],
			[2024, 1, 3],
			[1979, 12, 31]
		] as const) {
			const n = dayNumber(y, m, day);
			expect(n).toBe(Date.UTC(y, m - 1, day) / 86_400_000);
			expect(fromDayNumber(n)).toEqual({ year: y, month: m, day });
		}
	});

	it('reads a typed year', () => {
		expect(parseYear(' 2024 ')).toBe(2024);
		expect(parseYear('in 1979')).toBe(1979);
		expect(parseYear('soon')).toBeNull();
	});
});
