import { describe, expect, it } from 'vitest';
import { inFactSentence } from './naming';

describe('inFactSentence', () => {
	it('phrases the fact base’s places as the prompts do', () => {
		expect(inFactSentence('Maldives', 'maldives')).toBe('the Maldives');
		expect(inFactSentence('Netherlands', 'netherlands')).toBe('the Netherlands');
		expect(inFactSentence('Philippines', 'philippines')).toBe('the Philippines');
		expect(inFactSentence('United States', 'united-states')).toBe('the United States');
		expect(inFactSentence('Shahcheragh shrine', 'shahcheragh-shrine')).toBe(
			'the Shahcheragh shrine'
		);
		expect(inFactSentence('Iran', 'iran')).toBe('Iran');
		expect(inFactSentence('Kerman', 'kerman')).toBe('Kerman');
	});

	it('finds a place by its name when the fact is not given (a country clicked on the map)', () => {
		expect(inFactSentence('Netherlands')).toBe('the Netherlands');
		expect(inFactSentence('Iraq')).toBe('Iraq');
	});

	it('goes by the name’s form for countries only the map knows', () => {
		expect(inFactSentence('United Kingdom')).toBe('the United Kingdom');
		expect(inFactSentence('United Arab Emirates', 'country:784')).toBe('the United Arab Emirates');
		expect(inFactSentence('United States of America')).toBe('the United States of America');
		expect(inFactSentence('Turkey')).toBe('Turkey');
	});
});
