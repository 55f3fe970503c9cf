import type { LocateQuestion } from '../types';

/**
 * Half of the country questions are asked the other way round ("Which country is
 * highlighted?"), chosen by the card's id so every device asks the same.
 */
export function asksHighlighted(q: LocateQuestion): boolean {
	if (q.target.placeType !== 'country' || !q.target.iso3166 || q.choices.length < 2) return false;
	let hash = 0;
	for (const ch of q.id) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
	return hash % 2 === 1;
}
