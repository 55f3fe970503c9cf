/**
 * The fact base as the app sees it: validated at build time and bundled only
 * into the pages that import this module.
 */
import factBase from 'virtual:fact-base';
import type { Fact, Source, SourceId } from '$content/schema';
import { formatDate, parseDate } from '$lib/core/dates';

export { factBase };
export const facts: readonly Fact[] = factBase.facts;

const byId = new Map(facts.map((fact) => [fact.id, fact]));
const sourcesById = new Map(factBase.sources.map((source) => [source.id, source]));

export function factById(id: string): Fact | undefined {
	return byId.get(id);
}

export function sourceById(id: SourceId): Source | undefined {
	return sourcesById.get(id);
}

/** "3 January 2024", "August 2023", "2021", or null for undated facts. */
export function factDateLabel(fact: Fact): string | null {
	if (fact.kind !== 'event' && fact.kind !== 'campaign' && fact.kind !== 'analysis') return null;
	if (!fact.date) return null;
	const date = parseDate(fact.date, fact.datePrecision);
	return date ? formatDate(date) : fact.date;
}

export const KIND_LABELS: Record<Fact['kind'], string> = {
	event: 'Event',
	group: 'Group',
	organization: 'Organization',
	person: 'Person',
	place: 'Place',
	figure: 'Figure',
	campaign: 'Campaign',
	analysis: 'Analysis'
};

export const TOPIC_LABELS: Record<string, string> = {
	groups: 'Groups',
	dates: 'Dates',
	geography: 'Geography',
	people: 'People',
	figures: 'Figures'
};
