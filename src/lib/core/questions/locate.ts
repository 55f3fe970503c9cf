/**
 * Locate on the map: "Where is X?" for cities, sites and countries. Answered
 * by a point (right within `radiusKm` of the place, great-circle distance) or
 * by the country: the map's clicked country code, or a pick from `choices`
 * (the place's country and three others, nearby first). Regions have no
 * borders in the data and are not asked.
 */
import { countryChoiceId, countryDistractors } from '../distractors';
import { countryKey } from '../relations';
import { shuffle } from '../rng';
import { inSentence } from '../phrasing';
import type { Fact, LocateChoice, LocateQuestion, PlaceType } from '../types';
import { ask, attributeQuestion, cardId, questionRng, topicList, type GenContext } from './common';
import type { CountryInfo } from '../relations';

/** A point answer this close to the place is right. Generous: the map is small. */
export const DEFAULT_RADIUS_KM: Record<PlaceType, number> = {
	city: 300,
	site: 300,
	country: 800,
	region: 1500
};

function choiceOf(c: CountryInfo): LocateChoice {
	return { factId: countryChoiceId(c), name: c.name, ...(c.iso3166 ? { iso3166: c.iso3166 } : {}) };
}

export function locateQuestions(ctx: GenContext, fact: Fact): LocateQuestion[] {
	if (fact.kind !== 'place' || fact.place.type === 'region') return [];
	const { truth } = ctx;
	const key = countryKey(truth, fact);
	const country = truth.countries.get(key);
	const factIds =
		country?.factId && country.factId !== fact.id ? [fact.id, country.factId] : [fact.id];
	const askable = ask(ctx, [fact.id]);
	if (!askable.ok) return [];
	const id = cardId(fact.id, 'locate', 'point');
	const rng = questionRng(ctx, id);
	const choices = country
		? shuffle(rng, [
				choiceOf(country),
				...countryDistractors(truth, rng, key, fact.place, 3).map(choiceOf)
			])
		: [];
	const iso = fact.place.iso3166 ?? country?.iso3166;
	const direction = 'point';
	const topics = topicList('geography');
	const attribution = askable.attribution;
	const prompt = attributeQuestion(ctx, `Where is ${inSentence(truth, fact)}?`, attribution);
	const target = {
		lat: fact.place.lat,
		lon: fact.place.lon,
		placeType: fact.place.type,
		...(iso ? { iso3166: iso } : {}),
		name: fact.name,
		country: fact.place.country
	};
	const radiusKm = DEFAULT_RADIUS_KM[fact.place.type];
	const answerChoiceId = country ? countryChoiceId(country) : '';
	// With or without `attribution`: two literals, not a spread (see `ask`).
	return [
		attribution
			? {
					id,
					type: 'locate',
					direction,
					factIds,
					topics,
					prompt,
					attribution,
					target,
					radiusKm,
					choices,
					answerChoiceId
				}
			: {
					id,
					type: 'locate',
					direction,
					factIds,
					topics,
					prompt,
					target,
					radiusKm,
					choices,
					answerChoiceId
				}
	];
}
