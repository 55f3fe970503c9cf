import { describe, expect, it } from 'vitest';
import { answerKey, editDistance, isNearMiss, matchesAnswer, normalize, ordinal } from './text';

describe('normalize and answer matching', () => {
	it('ignores case, surrounding spaces, diacritics, typographic dashes and quotes', () => {
		expect(normalize('  Soléimani ')).toBe('soleimani');
		expect(normalize('Islamic State–Khorasan')).toBe('islamic state-khorasan');
		expect(normalize('Islamic State’s')).toBe("islamic state's");
		expect(answerKey('ISIS-K')).toBe(answerKey(' isis k. '));
		expect(answerKey('The Taliban')).toBe(answerKey('taliban'));
	});

	it('accepts any accepted form: a group is right under any of its aliases', () => {
		const accepted = ['IS-K', 'ISIS-K', 'Islamic State Khorasan Province'];
		expect(matchesAnswer('ISIS-K', accepted)).toBe(true);
		expect(matchesAnswer('isis–k', accepted)).toBe(true);
		expect(matchesAnswer('  islamic state khorasan province ', accepted)).toBe(true);
		expect(matchesAnswer('ISIS', accepted)).toBe(false);
		expect(matchesAnswer('', accepted)).toBe(false);
		expect(matchesAnswer('   ', accepted)).toBe(false);
	});

	it('treats diacritics as optional both ways', () => {
		expect(matchesAnswer('Kerman', ['Kermān'])).toBe(true);
		expect(matchesAnswer('Kermān', ['Kerman'])).toBe(true);
	});

	it('flags one-typo misses on long answers, without accepting them', () => {
		expect(matchesAnswer('Suleimani', ['Soleimani'])).toBe(false);
		expect(isNearMiss('Suleimani', ['Soleimani'])).toBe(true);
		expect(isNearMiss('Iraq', ['Iran'])).toBe(false); // too short to guess at
		expect(isNearMiss('Afghanistan', ['Tajikistan'])).toBe(false);
		expect(editDistance('abcd', 'abdc')).toBe(1);
		expect(editDistance('kitten', 'sitting', 5)).toBe(3);
	});
});

describe('ordinal', () => {
	it('writes 1st, 2nd, 3rd, 4th, 11th to 13th and 21st', () => {
		expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual([
			'1st',
			'2nd',
			'3rd',
			'4th',
			'11th',
			'12th',
			'13th',
			'21st',
			'22nd',
			'23rd',
			'101st'
		]);
	});
});
