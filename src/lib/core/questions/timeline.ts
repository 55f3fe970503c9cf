/**
 * Timeline ordering: 4–6 events to put in chronological order. Only plain
 * (uncontested, unattributed) dated events take part, shown without any date
 * in their name; no two in one question overlap in time at their precision
 * ("2023" and "August 2023" are never asked together), and no two share a
 * name, so the order is unambiguous.
 */
import { compareDates, endDay, formatDate, startDay } from '../dates';
import { dateOf, isPlain, namesakes } from '../relations';
import { deriveRng, shuffle } from '../rng';
import { undatedLabel } from '../phrasing';
import type { Happening, TimelineQuestion } from '../types';
import { setId, questionRng, topicList, type GenContext } from './common';
import { coverSets } from './cover';

/**
 * The events a timeline may use: not those whose name without its date is
 * another's too (two "Shahcheragh shrine attack"s): shown undated, which one
 * is meant could not be told.
 */
export function timelineEvents(ctx: GenContext): Happening[] {
	const { truth } = ctx;
	return truth.dated.filter((h) => isPlain(truth, h) && namesakes(truth, h).length === 1);
}

/** Builds a timeline question from a set of compatible events. */
export function timelineQuestion(ctx: GenContext, set: readonly Happening[]): TimelineQuestion {
	const { truth } = ctx;
	const ids = set.map((h) => h.id);
	const id = setId(ids, 'timeline', 'chronological');
	const rng = questionRng(ctx, id);
	const sorted = [...set].sort((a, b) => compareDates(dateOf(truth, a.id)!, dateOf(truth, b.id)!));
	const order = sorted.map((h) => h.id);
	let shown = shuffle(rng, set);
	for (let i = 0; i < 3 && shown.every((h, k) => h.id === order[k]); i++) shown = shuffle(rng, set);
	return {
		id,
		type: 'timeline',
		direction: 'chronological',
		factIds: [...ids].sort(),
		topics: topicList('dates'),
		prompt: 'Put these events in chronological order, earliest first.',
		events: shown.map((h) => ({
			factId: h.id,
			label: undatedLabel(h.name),
			dateLabel: formatDate(dateOf(truth, h.id)!)
		})),
		order
	};
}

export function timelineQuestions(ctx: GenContext): TimelineQuestion[] {
	const { truth } = ctx;
	// Each event's days and label, read once: coverSets compares every pair it tries.
	const items = timelineEvents(ctx).map((h) => {
		const d = dateOf(truth, h.id)!;
		return {
			id: h.id,
			h,
			start: startDay(d),
			end: endDay(d)
		};
	});
	const sets = coverSets(
		deriveRng(ctx.setSeed, 'timeline-sets'),
		items,
		// Not overlapping in time (see `overlaps`); labels are unique already.
		(a, b) => !(a.start <= b.end && b.start <= a.end)
	);
	return sets.map((set) =>
		timelineQuestion(
			ctx,
			set.map((x) => x.h)
		)
	);
}
