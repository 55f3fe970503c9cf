import { describe, expect, it } from 'vitest';
import type { LocateQuestion } from '$lib/core/types';
import {
	answerForPick,
	byForm,
	formatKm,
	foundText,
	insideBounds,
	listAnswer,
	listQuestion,
	missText,
	placeInSentence,
	placeName,
	revealText,
	scorePick,
	triesLeft,
	wrongChoiceText
} from './locate';

const kerman: LocateQuestion = {
	id: 'kerman:locate:point',
	type: 'locate',
	direction: 'point',
	factIds: ['kerman', 'iran'],
	topics: ['geography'],
	prompt: 'Where is Kerman?',
	target: {
		lat: 30.2839,
		lon: 57.0834,
		placeType: 'city',
		iso3166: '364',
		name: 'Kerman',
		country: 'Iran'
	},
	radiusKm: 300,
	choices: [
		{ factId: 'iraq', name: 'Iraq', iso3166: '368' },
		{ factId: 'iran', name: 'Iran', iso3166: '364' }
	],
	answerChoiceId: 'iran'
};

const iran: LocateQuestion = {
	...kerman,
	id: 'iran:locate:point',
	factIds: ['iran'],
	prompt: 'Where is Iran?',
	target: {
		lat: 32.4279,
		lon: 53.688,
		placeType: 'country',
		iso3166: '364',
		name: 'Iran',
		country: 'Iran'
	},
	radiusKm: 800
};

const maldives: LocateQuestion = {
	...iran,
	id: 'maldives:locate:point',
	factIds: ['maldives'],
	prompt: 'Where is the Maldives?',
	target: {
		lat: 3.2028,
		lon: 73.2207,
		placeType: 'country',
		iso3166: '462',
		name: 'Maldives',
		country: 'Maldives'
	},
	choices: [
		{ factId: 'sri-lanka', name: 'Sri Lanka', iso3166: '144' },
		{ factId: 'maldives', name: 'Maldives', iso3166: '462' },
		{ factId: 'country:784', name: 'United Arab Emirates', iso3166: '784' }
	],
	answerChoiceId: 'maldives'
};

const shrine: LocateQuestion = {
	...kerman,
	id: 'shahcheragh-shrine:locate:point',
	factIds: ['shahcheragh-shrine', 'iran'],
	prompt: 'Where is the Shahcheragh shrine?',
	target: { ...kerman.target, placeType: 'site', name: 'Shahcheragh shrine' }
};

/** The fact base's phrasing, as far as these questions go. */
const say = (name: string, factId?: string) =>
	factId === 'shahcheragh-shrine' ? `the ${name}` : byForm(name);

describe('answerForPick', () => {
	it('answers a city question with the point, even on the right country', () => {
		expect(answerForPick(kerman, { lat: 35, lon: 51, iso3166: '364' })).toEqual({
			lat: 35,
			lon: 51
		});
	});

	it('answers a country question with the clicked country, else the point', () => {
		expect(answerForPick(iran, { lat: 33, lon: 44, iso3166: '368' })).toEqual({ iso3166: '368' });
		expect(answerForPick(iran, { lat: 25, lon: 60 })).toEqual({ lat: 25, lon: 60 });
	});
});

describe('scorePick', () => {
	it('a click near Kerman is right', () => {
		const out = scorePick(kerman, { lat: 30.5, lon: 57.5, iso3166: '364', countryName: 'Iran' });
		expect(out.result.correct).toBe(true);
		expect(out.km).toBeLessThan(60);
	});

	it('a click on Tehran is wrong for Kerman, with its distance', () => {
		const out = scorePick(kerman, { lat: 35.69, lon: 51.39, iso3166: '364', countryName: 'Iran' });
		expect(out.result.correct).toBe(false);
		expect(out.km).toBeGreaterThan(700);
		expect(out.km).toBeLessThan(900);
		expect(out.given).toMatch(/^\d{3} km from Kerman$/);
	});

	it('any click on Iran is right for Iran, and Iraq is wrong by name', () => {
		expect(scorePick(iran, { lat: 37, lon: 45.5, iso3166: '364' }).result.correct).toBe(true);
		const iraq = scorePick(iran, { lat: 33, lon: 44, iso3166: '368', countryName: 'Iraq' });
		expect(iraq.result.correct).toBe(false);
		expect(iraq.given).toBe('Iraq');
	});
});

describe('wording', () => {
	it('says how far and how many tries are left', () => {
		expect(missText(kerman, { lat: 0, lon: 0 }, 812)).toBe('Not quite — 812 km away.');
		expect(missText(iran, { lat: 0, lon: 0, countryName: 'Iraq' }, 812)).toBe(
			'Not quite — that’s Iraq.'
		);
		expect(triesLeft(2)).toBe('2 tries left');
		expect(triesLeft(1)).toBe('1 try left');
		expect(formatKm(1240.4)).toBe('1,240 km');
	});

	it('names the place and asks the list question', () => {
		expect(placeName(kerman)).toBe('Kerman, Iran');
		expect(placeName(iran)).toBe('Iran');
		expect(listQuestion(kerman)).toBe('Which country is Kerman in?');
		expect(listQuestion(iran)).toBe('Which one is Iran?');
	});

	it('checks a lon/lat box', () => {
		const b = { west: -12, east: 127, south: -8, north: 62 };
		expect(insideBounds(57, 30, b)).toBe(true);
		expect(insideBounds(-77, 38.9, b)).toBe(false);
	});

	it('gives "the" to a country that takes it, capitalised only at a sentence start', () => {
		expect(foundText(maldives, 1)).toBe('Right! That’s the Maldives.');
		expect(foundText(maldives, 2)).toBe('Right! That’s the Maldives. You found it on try 2 of 3.');
		expect(revealText(maldives)).toBe('No tries left. Here it is: the Maldives.');
		expect(listAnswer(maldives)).toBe('That’s the Maldives, shown on the map.');
		expect(listQuestion(maldives)).toBe('Which one is the Maldives?');
		expect(missText(maldives, { lat: 0, lon: 0 }, 812)).toBe(
			'Not quite — that’s 812 km from the middle of the Maldives.'
		);
		expect(missText(iran, { lat: 52, lon: 5, countryName: 'Netherlands' }, 4000)).toBe(
			'Not quite — that’s the Netherlands.'
		);
		expect(wrongChoiceText(maldives, maldives.choices[2]!)).toBe(
			'Not quite — you picked the United Arab Emirates. That’s the Maldives, shown on the map.'
		);
		// The label on the map stays bare.
		expect(placeName(maldives)).toBe('Maldives');
	});

	it('starts a sentence with "The" for a place that takes it, and leaves other names alone', () => {
		expect(listAnswer(shrine, say)).toBe('The Shahcheragh shrine is in Iran.');
		expect(listQuestion(shrine, say)).toBe('Which country is the Shahcheragh shrine in?');
		expect(placeInSentence(shrine, say)).toBe('the Shahcheragh shrine, Iran');
		expect(foundText(kerman, 1, say)).toBe('Right! That’s Kerman, Iran.');
		expect(listAnswer(kerman, say)).toBe('Kerman is in Iran.');
		expect(listAnswer(iran, say)).toBe('That’s Iran, shown on the map.');
		expect(wrongChoiceText(iran, iran.choices[0]!, say)).toBe(
			'Not quite — you picked Iraq. That’s Iran, shown on the map.'
		);
	});
});

describe('byForm', () => {
	it('gives "the" to the map’s country names that take it', () => {
		for (const name of [
			'Netherlands',
			'Philippines',
			'Maldives',
			'Bahamas',
			'Gambia',
			'United Kingdom',
			'United States of America',
			'United Arab Emirates',
			'Central African Rep.',
			'Dem. Rep. Congo',
			'Czech Republic',
			'Solomon Is.',
			'Marshall Is.',
			'Fr. S. Antarctic Lands',
			'Br. Indian Ocean Ter.'
		])
			expect(byForm(name)).toBe(`the ${name}`);
	});

	it('leaves other names, and names that have it, alone', () => {
		for (const name of [
			'Iran',
			'Iraq',
			'Sri Lanka',
			'Norfolk Island',
			'Kerman',
			'Saint Lucia',
			'the Netherlands',
			'Statesboro'
		])
			expect(byForm(name)).toBe(name);
	});
});
