/**
 * Validation of the fact base as a whole: each fact against the schema, then
 * the cross-references between facts. Errors name the fact id and the field,
 * so a broken fact file fails the build with a message a curator can act on.
 */
import * as v from 'valibot';
import { FactSchema, SourceSchema, type Fact, type FactBase, type Source } from './schema.ts';

export class FactBaseError extends Error {
	constructor(public readonly problems: string[]) {
		super(`The fact base is invalid:\n  - ${problems.join('\n  - ')}`);
		this.name = 'FactBaseError';
	}
}

function pathOf(issue: v.BaseIssue<unknown>): string {
	return (issue.path ?? []).map((item) => String(item.key)).join('.') || '(root)';
}

function describe(raw: unknown, index: number): string {
	if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
	return `#${index + 1}`;
}

/** The last day an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) may mean, as a string that sorts by time. */
function lastDay(iso: string): string {
	return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}

/** Fields that hold ids of other facts, so dangling references can be found. */
function referencesOf(fact: Fact): Array<[field: string, id: string]> {
	const refs: Array<[string, string]> = [];
	const add = (field: string, ids: readonly string[] | string | undefined) => {
		if (ids === undefined) return;
		for (const id of typeof ids === 'string' ? [ids] : ids) refs.push([field, id]);
	};
	add('related', fact.related);
	add('disagreesWith', fact.disagreesWith);
	switch (fact.kind) {
		case 'event':
			add('placeId', fact.placeId);
			add('actors', fact.actors);
			break;
		case 'group':
		case 'organization':
			add('basedIn', fact.basedIn);
			add('alliedWith', fact.alliedWith);
			add('opposedTo', fact.opposedTo);
			break;
		case 'person':
			add('affiliation', fact.affiliation);
			break;
		case 'figure':
			add('about', fact.about);
			break;
		case 'campaign':
			add('by', fact.by);
			break;
		case 'analysis':
			add('about', fact.about);
			break;
		case 'place':
			add('standsFor', fact.standsFor);
			break;
	}
	return refs;
}

export function validateFactBase(factsDoc: unknown, sourcesDoc: unknown): FactBase {
	const problems: string[] = [];
	const doc = (factsDoc ?? {}) as { version?: unknown; facts?: unknown };
	const version = typeof doc.version === 'number' ? doc.version : NaN;
	if (!Number.isInteger(version) || version < 1)
		problems.push('facts.yaml: version must be a positive integer');
	if (!Array.isArray(doc.facts)) throw new FactBaseError(['facts.yaml: `facts` must be a list']);

	const sourcesRaw = (sourcesDoc as { sources?: unknown } | null)?.sources;
	const sources: Source[] = [];
	if (!Array.isArray(sourcesRaw)) problems.push('sources.yaml: `sources` must be a list');
	else
		sourcesRaw.forEach((raw, i) => {
			const result = v.safeParse(SourceSchema, raw);
			if (result.success) sources.push(result.output);
			else
				for (const issue of result.issues)
					problems.push(`source ${describe(raw, i)}: ${pathOf(issue)}: ${issue.message}`);
		});

	const facts: Fact[] = [];
	doc.facts.forEach((raw, i) => {
		const result = v.safeParse(FactSchema, raw);
		if (result.success) facts.push(result.output);
		else
			for (const issue of result.issues)
				problems.push(`fact ${describe(raw, i)}: ${pathOf(issue)}: ${issue.message}`);
	});

	const ids = new Set<string>();
	for (const fact of facts) {
		if (ids.has(fact.id)) problems.push(`fact ${fact.id}: id: duplicate id`);
		ids.add(fact.id);
	}
	for (const fact of facts) {
		for (const [field, ref] of referencesOf(fact)) {
			if (!ids.has(ref)) problems.push(`fact ${fact.id}: ${field}: unknown fact id "${ref}"`);
			if (ref === fact.id) problems.push(`fact ${fact.id}: ${field}: refers to itself`);
		}
	}
	for (const fact of facts)
		if (
			fact.kind === 'event' &&
			fact.dateLatest !== undefined &&
			!(lastDay(fact.dateLatest) > lastDay(fact.date))
		)
			problems.push(`fact ${fact.id}: dateLatest: must be later than date (${fact.date})`);
	if (problems.length > 0) throw new FactBaseError(problems);
	return { version, facts, sources };
}
