/** Searching and filtering the fact list: case- and accent-insensitive, every word must match. */
import type { Fact, Kind, Topic } from '$content/schema';

export interface FactFilter {
	query: string;
	topic: Topic | '';
	kind: Kind | '';
}

export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.replace(/[’‘]/g, "'")
		.toLowerCase();
}

function haystack(fact: Fact): string {
	const parts: string[] = [
		fact.name,
		fact.statement,
		fact.id,
		...fact.citations.map((c) => c.quote)
	];
	if (fact.kind === 'group' || fact.kind === 'organization')
		parts.push(...fact.aliases, fact.description);
	if (fact.kind === 'person') parts.push(fact.role);
	if (fact.kind === 'place') parts.push(fact.place.name, fact.place.country);
	if (fact.kind === 'event' || fact.kind === 'campaign') parts.push(fact.date ?? '');
	return fold(parts.join(' \n '));
}

const cache = new WeakMap<Fact, string>();

export function filterFacts(facts: readonly Fact[], filter: FactFilter): Fact[] {
	const words = fold(filter.query).split(/\s+/).filter(Boolean);
	return facts.filter((fact) => {
		if (filter.topic && !fact.topics.includes(filter.topic)) return false;
		if (filter.kind && fact.kind !== filter.kind) return false;
		if (words.length === 0) return true;
		let text = cache.get(fact);
		if (text === undefined) cache.set(fact, (text = haystack(fact)));
		return words.every((word) => text.includes(word));
	});
}
