/**
 * The locate question's rules, apart from the view: how a map click becomes
 * an answer for the engine's scorer, and the feedback wording. Pure.
 */
import { checkAnswer } from '$lib/core/answer';
import { distanceKm } from '$lib/core/distance';
import type { AnswerResult, LocateAnswer, LocateQuestion } from '$lib/core/types';
import type { MapPick } from './types';

/** Map clicks allowed before the right place is shown. */
export const MAX_TRIES = 3;

/**
 * The answer a map click stands for. A country question takes the clicked
 * country (by ISO code) when the click landed on one, else the point; a
 * city, site or region question always takes the point (great-circle
 * distance within `radiusKm`).
 */
export function answerForPick(question: LocateQuestion, pick: MapPick): LocateAnswer {
	if (question.target.placeType === 'country' && pick.iso3166) return { iso3166: pick.iso3166 };
	return { lat: pick.lat, lon: pick.lon };
}

export interface PickOutcome {
	result: AnswerResult;
	/** Great-circle distance of the click from the place (its centre, for a country). */
	km: number;
	/** What was given, in words: "Iraq", "812 km from Kerman". */
	given: string;
}

export function scorePick(question: LocateQuestion, pick: MapPick): PickOutcome {
	const result = checkAnswer(question, answerForPick(question, pick));
	const km = Math.round(result.distanceKm ?? distanceKm(pick, question.target));
	const given =
		question.target.placeType === 'country' && pick.countryName
			? pick.countryName
			: `${formatKm(km)} from ${question.target.name}`;
	return { result, km, given };
}

/** "812 km", "1,240 km". */
export function formatKm(km: number): string {
	return `${Math.round(km).toLocaleString('en-GB')} km`;
}

/** "2 tries left", "1 try left". */
export function triesLeft(n: number): string {
	return `${n} ${n === 1 ? 'try' : 'tries'} left`;
}

/** "Kerman, Iran" for a city, "Iran" for a country. */
export function placeName(question: LocateQuestion): string {
	const t = question.target;
	return t.placeType === 'country' || t.placeType === 'region' ? t.name : `${t.name}, ${t.country}`;
}

/** Feedback on a wrong map click: "Not quite — 812 km away." / "Not quite — that's Iraq." */
export function missText(question: LocateQuestion, pick: MapPick, km: number): string {
	if (question.target.placeType === 'country') {
		if (pick.countryName) return `Not quite — that’s ${pick.countryName}.`;
		return `Not quite — that’s ${formatKm(km)} from the middle of ${question.target.name}.`;
	}
	return `Not quite — ${formatKm(km)} away.`;
}

/** The instruction under the prompt. */
export function instruction(question: LocateQuestion): string {
	const what = question.target.placeType === 'country' ? 'the country' : 'the place';
	return `Click or tap ${what} on the map. You have ${MAX_TRIES} tries.`;
}

/** The heading of the list alternative. */
export function listQuestion(question: LocateQuestion): string {
	const t = question.target;
	return t.placeType === 'country' ? `Which one is ${t.name}?` : `Which country is ${t.name} in?`;
}

/** Whether a lon/lat lies inside a lon/lat box. */
export function insideBounds(
	lon: number,
	lat: number,
	b: { west: number; east: number; south: number; north: number }
): boolean {
	return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}
