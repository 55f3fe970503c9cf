/**
 * Year: "In what year …?" for dated events and campaigns, typed or picked from
 * four years. Not for an analysis, even a dated one: it is a reading, not an event.
 */
import { atPrecision, endDay, fromDayNumber } from '../dates';
import { dateDistractors } from '../distractors';
import { dateOf, datelessLabel, disagreementsOf, linksOf, namesakes } from '../relations';
import { inSentence, whenQuestion } from '../phrasing';
import type { Fact, Option, YearQuestion } from '../types';
import {
	ask,
	attributeQuestion,
	cardId,
	questionRng,
	shuffledOptions,
	topicList,
	type GenContext
} from './common';
import type { DateValue } from '../dates';

const yearOption = (year: number): Option => ({ id: `year:${year}`, label: String(year) });

export function yearQuestions(ctx: GenContext, fact: Fact): YearQuestion[] {
	if (fact.kind !== 'event' && fact.kind !== 'campaign') return [];
	const { truth } = ctx;
	const d = dateOf(truth, fact.id);
	const label = datelessLabel(truth, fact);
	// "December 2023, or early January 2024": the year is not one answer.
	// Nor when it may have begun any earlier.
	if (!d || label === '' || fromDayNumber(endDay(d)).year !== d.year || d.earliest !== undefined)
		return [];
	const askable = ask(ctx, [fact.id]);
	if (!askable.ok) return [];
	const id = cardId(fact.id, 'year', 'year');
	const rng = questionRng(ctx, id);
	const year = atPrecision(d, 'year');
	const trueIds = [...namesakes(truth, fact).map((x) => x.id), ...disagreementsOf(truth, fact.id)];
	const trueYears = trueIds
		.map((x) => dateOf(truth, x))
		.filter((x): x is DateValue => x !== undefined)
		.map((x) => atPrecision(x, 'year'));
	const exclude = new Set([...trueIds, ...linksOf(truth, fact.id)]);
	const distractors = dateDistractors(truth, rng, year, trueYears, 3, exclude);
	if (distractors.length < 3) return [];
	const options = shuffledOptions(
		rng,
		yearOption(d.year),
		distractors.map((x) => yearOption(x.year))
	);
	const factIds = [fact.id];
	const topics = topicList('dates');
	const attribution = askable.attribution;
	const prompt = attributeQuestion(
		ctx,
		whenQuestion('In what year', fact.kind, inSentence(truth, fact, label)),
		attribution
	);
	const answer = d.year;
	const answerId = yearOption(d.year).id;
	// With or without `attribution`: two literals, not a spread (see `ask`).
	return [
		attribution
			? {
					id,
					type: 'year',
					direction: 'year',
					factIds,
					topics,
					prompt,
					attribution,
					answer,
					options,
					answerId
				}
			: { id, type: 'year', direction: 'year', factIds, topics, prompt, answer, options, answerId }
	];
}
