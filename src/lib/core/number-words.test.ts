import { describe, expect, it } from 'vitest';
import { numberInWords } from './number-words';

describe('numberInWords', () => {
	it('writes the figures of the fact base as people type them', () => {
		expect(numberInWords(2)).toEqual(['two']);
		expect(numberInWords(24)).toEqual(['twenty-four']);
		expect(numberInWords(30)).toEqual(['thirty']);
		expect(numberInWords(100)).toEqual(['one hundred', 'a hundred']);
		expect(numberInWords(105)).toEqual(['one hundred and five', 'one hundred five']);
		expect(numberInWords(999)).toEqual([
			'nine hundred and ninety-nine',
			'nine hundred ninety-nine'
		]);
	});

	it('gives nothing it cannot write', () => {
		expect(numberInWords(1000)).toEqual([]);
		expect(numberInWords(2.5)).toEqual([]);
		expect(numberInWords(-1)).toEqual([]);
	});
});
