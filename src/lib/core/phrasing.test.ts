import { describe, expect, it } from 'vitest';
import {
	inSentence,
	isPluralName,
	isSpecificDescription,
	leaks,
	mentions,
	sentenceStart,
	undatedLabel,
	withIndefinite
} from './phrasing';
import { buildTruth } from './relations';
import { FIXTURE } from './testing/fixture';
import type { Fact } from './types';

const truth = buildTruth(FIXTURE);
const fact = (id: string) => truth.byId.get(id) as Fact;

describe('phrasing', () => {
	it('removes the date a name carries', () => {
		expect(undatedLabel('Shahcheragh shrine attack (October 2022)')).toBe(
			'Shahcheragh shrine attack'
		);
		expect(undatedLabel('2023 paper on ISIS-K')).toBe('paper on ISIS-K');
		expect(undatedLabel('Islamic State’s 24-hour wave of claims')).toBe(
			'Islamic State’s 24-hour wave of claims'
		);
	});

	it('puts event names into sentences', () => {
		expect(inSentence(truth, fact('kerman-bombings'))).toBe('the Kerman bombings');
		expect(inSentence(truth, fact('kerman-bombings-claim'))).toBe(
			'IS-K’s claim for the Kerman bombings'
		);
		expect(inSentence(truth, fact('islamic-republic-founded'))).toBe(
			'the founding of the Islamic Republic of Iran'
		);
		expect(inSentence(truth, fact('holiday-plot'))).toBe(
			'the suspected Christmas and New Year’s plot'
		);
		expect(inSentence(truth, fact('kill-them-wherever-you-find-them'))).toBe(
			'the “Kill Them Wherever You Find Them” campaign'
		);
		expect(sentenceStart(truth, fact('kerman-bombings'))).toBe('The Kerman bombings');
		expect(inSentence(truth, fact('qassem-soleimani'))).toBe('Qassem Soleimani');
	});

	it('adds an indefinite article where a description needs one', () => {
		expect(withIndefinite('jihadist group that seeks a caliphate')).toBe(
			'a jihadist group that seeks a caliphate'
		);
		expect(withIndefinite('arm of the IRGC')).toBe('an arm of the IRGC');
		expect(withIndefinite('Iran’s paramilitary security institution')).toBe(
			'Iran’s paramilitary security institution'
		);
		expect(withIndefinite('state authorities of Germany')).toBe('state authorities of Germany');
		expect(withIndefinite('the Islamic State’s branch')).toBe('the Islamic State’s branch');
	});

	it('tells plural names', () => {
		expect(isPluralName('Belgian authorities')).toBe(true);
		expect(isPluralName('Kerman bombings')).toBe(true);
		expect(isPluralName('Hamas')).toBe(false);
		expect(isPluralName('Netherlands')).toBe(false);
		expect(isPluralName('Taliban takeover of Afghanistan')).toBe(false);
	});

	it('spots a text that gives a name away', () => {
		expect(mentions('Foiled attack in Kyrgyzstan', ['Kyrgyzstan'])).toBe(true);
		expect(mentions('IS-K’s claim for the Kerman bombings', ['IS-K'])).toBe(true);
		expect(mentions('Kerman bombings', ['IS-K'])).toBe(false);
		expect(leaks('Collapse of the Afghan government', ['Afghanistan'])).toBe(true);
		expect(leaks('Round-up of suspects in Iran', ['Iranian officials'])).toBe(true);
		expect(leaks('Kerman bombings', ['IS-K', 'Islamic State Khorasan Province'])).toBe(false);
	});

	it('tells specific descriptions from generic ones', () => {
		expect(isSpecificDescription('major jihadist group')).toBe(false);
		expect(isSpecificDescription('militant group active in Pakistan')).toBe(true);
	});
});
