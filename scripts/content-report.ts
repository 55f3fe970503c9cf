/**
 * Content report for the fact base: counts by kind and topic, the date range of
 * events, facts without `related`, and every disagreement pair.
 *
 *   npx tsx scripts/content-report.ts
 *
 * Exits with status 1 (and the validator's messages) if the fact base is invalid.
 */
import { loadFactBase } from '../content/load';
import { FactBaseError } from '../content/validate';
import { KINDS, TOPICS, type Fact, type FactBase } from '../content/schema';

function load(): FactBase {
	try {
		return loadFactBase();
	} catch (error) {
		if (error instanceof FactBaseError) {
			console.error(error.message);
			process.exit(1);
		}
		throw error;
	}
}

function table(rows: Array<[string, string | number]>, indent = '  '): string {
	const width = Math.max(0, ...rows.map(([label]) => label.length));
	const numWidth = Math.max(0, ...rows.map(([, value]) => String(value).length));
	return rows
		.map(([label, value]) => `${indent}${label.padEnd(width)}  ${String(value).padStart(numWidth)}`)
		.join('\n');
}

function heading(title: string): string {
	return `\n${title}\n${'-'.repeat(title.length)}`;
}

/** Wraps text to `width` columns, each line prefixed by `indent`. */
function wrap(text: string, indent: string, width = 100): string {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && indent.length + line.length + 1 + word.length > width) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.map((l) => indent + l).join('\n');
}

/** Sortable key for a YYYY[-MM[-DD]] date: the first day of the period. */
function dateKey(date: string): string {
	const [y, m = '01', d = '01'] = date.split('-');
	return `${y}-${m}-${d}`;
}

const { facts, sources, version } = load();
const out: string[] = [];

out.push(
	`Dossier fact base — version ${version}, ${facts.length} facts, ${sources.length} sources`
);

out.push(heading('Facts by kind'));
out.push(table(KINDS.map((kind) => [kind, facts.filter((f) => f.kind === kind).length])));

out.push(heading('Facts by topic (a fact can have several)'));
out.push(
	table(TOPICS.map((topic) => [topic, facts.filter((f) => f.topics.includes(topic)).length]))
);

out.push(heading('Citations by source'));
out.push(
	table(
		sources.flatMap((s): Array<[string, number]> => [
			[
				`${s.id}: citations`,
				facts.reduce((n, f) => n + f.citations.filter((c) => c.source === s.id).length, 0)
			],
			[
				`${s.id}: facts citing it`,
				facts.filter((f) => f.citations.some((c) => c.source === s.id)).length
			],
			[
				`${s.id}: facts that are its claim (claimOf)`,
				facts.filter((f) => f.claimOf === s.id).length
			]
		])
	)
);
out.push(...sources.map((s) => `  ${s.id} = ${s.outlet}`));

out.push(heading('Date range of events'));
const events = facts
	.filter((f): f is Extract<Fact, { kind: 'event' }> => f.kind === 'event')
	.sort((a, b) => dateKey(a.date).localeCompare(dateKey(b.date)) || a.id.localeCompare(b.id));
const first = events[0];
const last = events[events.length - 1];
if (first && last) {
	out.push(
		`  ${events.length} events, from ${first.date} (${first.id}) to ${last.date} (${last.id})`
	);
	const dateWidth = Math.max(...events.map((e) => e.date.length));
	for (const e of events) out.push(`    ${e.date.padEnd(dateWidth)}  ${e.id}`);
} else out.push('  (no events)');

out.push(heading('Facts without related'));
const unrelated = facts.filter((f) => !f.related?.length);
if (unrelated.length === 0) out.push('  (none)');
else out.push(table(unrelated.map((f) => [f.id, f.kind])));

out.push(heading('Disagreement pairs'));
const byId = new Map(facts.map((f) => [f.id, f]));
const seen = new Set<string>();
let pairs = 0;
for (const fact of facts) {
	for (const otherId of fact.disagreesWith ?? []) {
		const key = [fact.id, otherId].sort().join(' <> ');
		if (seen.has(key)) continue;
		seen.add(key);
		pairs++;
		const other = byId.get(otherId);
		out.push(`  ${fact.id} <> ${otherId}`);
		out.push(wrap(`[${fact.claimOf ?? '?'}] ${fact.statement}`, '      '));
		out.push(wrap(`[${other?.claimOf ?? '?'}] ${other?.statement ?? '(missing fact)'}`, '      '));
	}
}
if (pairs === 0) out.push('  (none)');

console.log(out.join('\n'));
