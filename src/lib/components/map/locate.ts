/**
 * The locate question's rules, apart from the view: how a map click becomes
 * an answer for the engine's scorer, and the feedback wording. Pure.
 */
import { checkAnswer } from '$lib/core/answer';
import { distanceKm } from '$lib/core/distance';
import { capitalize, counted } from '$lib/core/text';
import type { AnswerResult, LocateAnswer, LocateChoice, LocateQuestion } from '$lib/core/types';
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
	return `${counted(n, 'try', 'tries')} left`;
}

/**
 * A name as it reads inside a sentence: "the Maldives", "the Shahcheragh
 * shrine", "Kerman". `factId` is the name's fact, when the question knows it.
 * The view passes the fact base's phrasing (`./naming`), the one the prompts
 * use; names only the map knows go by their form (`byForm`).
 */
export type InSentence = (name: string, factId?: string) => string;

/** Country names (Natural Earth's short ones too) that read with "the", for names with no fact. */
const THE_NAMES =
	/^(?:Bahamas|Comoros|Congo|Gambia|Isle of Man|Maldives|Netherlands|Philippines|Seychelles|Siachen Glacier|Vatican)$/;
const THE_WORDS =
	/(?:^|\s)(?:Is\.|Islands|Rep\.|Republic|Kingdom|States|Emirates|Federation|Union|Lands|Ter\.|Territory|Territories)(?=\s|$)/;

/** "the Netherlands", "the United States of America", "the Solomon Is.", "Iraq". */
export const byForm: InSentence = (name) =>
	!/^the\s/i.test(name) && (THE_NAMES.test(name) || THE_WORDS.test(name)) ? `the ${name}` : name;

/** The question's place fact (the country's, for a city, comes after it). */
function targetId(question: LocateQuestion): string | undefined {
	return question.factIds[0];
}

/** "Kerman, Iran" for a city, "Iran" for a country: a label, as on the map. */
export function placeName(question: LocateQuestion): string {
	const t = question.target;
	return t.placeType === 'country' || t.placeType === 'region' ? t.name : `${t.name}, ${t.country}`;
}

/** The place inside a sentence: "the Maldives", "the Shahcheragh shrine, Iran", "Kerman, Iran". */
export function placeInSentence(question: LocateQuestion, say: InSentence = byForm): string {
	const t = question.target;
	const name = say(t.name, targetId(question));
	return t.placeType === 'country' || t.placeType === 'region' ? name : `${name}, ${t.country}`;
}

/** Feedback on a right map click: "Right! That’s the Maldives. You found it on try 2 of 3." */
export function foundText(question: LocateQuestion, attempt: number, say: InSentence = byForm) {
	return (
		`Right! That’s ${placeInSentence(question, say)}.` +
		(attempt > 1 ? ` You found it on try ${attempt} of ${MAX_TRIES}.` : '')
	);
}

/** After the last miss: "No tries left. Here it is: the Maldives." */
export function revealText(question: LocateQuestion, say: InSentence = byForm): string {
	return `No tries left. Here it is: ${placeInSentence(question, say)}.`;
}

/** Feedback on a wrong map click: "Not quite — 812 km away." / "Not quite — that’s the Netherlands." */
export function missText(
	question: LocateQuestion,
	pick: MapPick,
	km: number,
	say: InSentence = byForm
): string {
	if (question.target.placeType === 'country') {
		if (pick.countryName) return `Not quite — that’s ${say(pick.countryName)}.`;
		return `Not quite — that’s ${formatKm(km)} from the middle of ${say(question.target.name, targetId(question))}.`;
	}
	return `Not quite — ${formatKm(km)} away.`;
}

/** The right answer after a pick from the list: "That’s the Maldives, shown on the map." */
export function listAnswer(question: LocateQuestion, say: InSentence = byForm): string {
	const right = question.choices.find((c) => c.factId === question.answerChoiceId);
	const country = say(right?.name ?? question.target.country, right?.factId);
	if (question.target.placeType === 'country') return `That’s ${country}, shown on the map.`;
	const place = say(question.target.name, targetId(question));
	return `${capitalize(place)} is in ${country}.`;
}

/** Feedback on a wrong pick from the list: "Not quite — you picked the Netherlands. …" */
export function wrongChoiceText(
	question: LocateQuestion,
	choice: LocateChoice,
	say: InSentence = byForm
): string {
	return `Not quite — you picked ${say(choice.name, choice.factId)}. ${listAnswer(question, say)}`;
}

/** The instruction under the prompt. */
export function instruction(question: LocateQuestion): string {
	const what = question.target.placeType === 'country' ? 'the country' : 'the place';
	return `Click or tap ${what} on the map. You have ${MAX_TRIES} tries.`;
}

/** The heading of the list alternative: "Which one is the Maldives?" */
export function listQuestion(question: LocateQuestion, say: InSentence = byForm): string {
	const t = question.target;
	const name = say(t.name, targetId(question));
	return t.placeType === 'country' ? `Which one is ${name}?` : `Which country is ${name} in?`;
}

/** Whether a lon/lat lies inside a lon/lat box. */
export function insideBounds(
	lon: number,
	lat: number,
	b: { west: number; east: number; south: number; north: number }
): boolean {
	return lon >= b.west && lon <= b.east && lat >= b.south && lat <= b.north;
}
