/**
 * Names inside the map questions' feedback as the prompts phrase them
 * ("Where is the Maldives?" → "That’s the Maldives."): the fact base's
 * phrasing for its places, by its form for a country only the map knows.
 */
import { inSentence } from '$lib/core/phrasing';
import { buildTruth } from '$lib/core/relations';
import type { Fact } from '$lib/core/types';
import { factBase } from '$lib/facts';
import { byForm, type InSentence } from './locate';

export const inFactSentence: InSentence = (name, factId) => {
	const truth = buildTruth(factBase);
	const fact: Fact | undefined = factId
		? truth.byId.get(factId)
		: truth.places.find((p) => p.name === name);
	return fact?.name === name ? inSentence(truth, fact) : byForm(name);
};
