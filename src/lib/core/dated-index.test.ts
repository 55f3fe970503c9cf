import { describe, expect, it } from 'vitest';
import { insertionIndex, nearbyDates } from './dated-index';
import { formatDate, parseDate, type DateValue } from './dates';
import { buildTruth } from './relations';
import { FIXTURE } from './testing/fixture';

const truth = buildTruth(FIXTURE);
const date = (iso: string) => parseDate(iso) as DateValue;
const shown = (ds: readonly DateValue[]) => ds.map((d) => formatDate(d));

describe('dated index', () => {
	it('finds where a date goes among the dated happenings', () => {
		const at = insertionIndex(truth, date('2023-08'));
		expect(truth.dated[at]?.id).toBe('shahcheragh-attack-2023');
		expect(insertionIndex(truth, date('1900'))).toBe(0);
		expect(insertionIndex(truth, date('2030'))).toBe(truth.dated.length);
	});

	it('gives the nearest fact-base dates at the answer’s precision, nearest first', () => {
		// The days of January 2024 shown as that month. Two months apart either way is a
		// tie, broken by fact id: european-detentions, holiday-plot, shahcheragh-attack-2023.
		expect(shown(nearbyDates(truth, date('2023-10'), 8, new Set()))).toEqual([
			'December 2023',
			'December 2023',
			'August 2023',
			'July 2023',
			'January 2024',
			'January 2024',
			'January 2024',
			'January 2024'
		]);
		// A day answer takes only days, its own among them (the distractor draw turns
		// that one down); one day either way is a tie, broken by fact id.
		expect(shown(nearbyDates(truth, date('2024-01-04'), 8, new Set()))).toEqual([
			'4 January 2024',
			'3 January 2024',
			'5 January 2024'
		]);
	});

	it('leaves out the excluded facts and dates the sources dispute, and stops at the maximum', () => {
		const near = shown(nearbyDates(truth, date('2020'), 8, new Set(['taliban-takeover'])));
		expect(near).not.toContain('2021');
		// The contested accounts of Soleimani's killing (2020, January 2020) are never offered.
		expect(near.filter((d) => d === '2020')).toEqual(['2020']);
		expect(nearbyDates(truth, date('2023-10'), 2, new Set())).toHaveLength(2);
	});
});
