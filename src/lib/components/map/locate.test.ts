import { describe, expect, it } from 'vitest';
import type { LocateQuestion } from '$lib/core/types';
import {
	answerForPick,
	formatKm,
	insideBounds,
	listQuestion,
	missText,
	placeName,
	scorePick,
	triesLeft
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
});
