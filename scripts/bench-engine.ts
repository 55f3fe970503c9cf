/**
 * Engine benchmarks (figures, not timed tests):
 *   1. generate every card for the real fact base (content/facts.yaml);
 *   2. the same for a synthetic fact base of 10,000 facts (time and memory);
 *   3. dueCards over 100,000 card states;
 *   4. buildQuiz on the real fact base.
 *
 * Each figure is the median of several runs, in wall-clock milliseconds, with
 * the process CPU time beside it (on a loaded machine CPU time is the steadier
 * figure). "Cold" runs use a fresh copy of the facts, so the truth indexes are
 * rebuilt; "warm" runs reuse them (the app builds them once per session).
 *
 *   npx tsx scripts/bench-engine.ts          # table
 *   npx tsx scripts/bench-engine.ts --json   # table, then one JSON object on the last line
 */
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { FACTS_FILE, loadFactBase } from '../content/load';
import {
	buildQuiz,
	countByType,
	dueCards,
	generateCards,
	newCardState,
	reviewCard,
	QUESTION_TYPES,
	STUDY_TOPICS,
	type CardState,
	type FactBase
} from '../src/lib/core/index';
import { syntheticFactBase } from '../src/lib/core/synthetic';

const json = process.argv.includes('--json');

// Expose the garbage collector for the memory figures, without node flags.
setFlagsFromString('--expose_gc');
const gc = runInNewContext('gc') as () => void;

/**
 * A fixed CPU workload (10 million Math.sin calls), to compare machines:
 * about 100-150 ms on a current laptop. Divide the other figures by
 * (calibrationMs / 120) to estimate them on such a machine.
 */
function calibrate(): number {
	const times: number[] = [];
	for (let r = 0; r < 3; r++) {
		const t0 = performance.now();
		let s = 0;
		for (let i = 0; i < 1e7; i++) s += Math.sin(i);
		times.push(performance.now() - t0);
		if (s === 42) console.log('');
	}
	return Math.round(Math.min(...times));
}

interface Figure {
	medianMs: number;
	medianCpuMs: number;
	minMs: number;
	runs: number;
}

function measure(runs: number, fn: (i: number) => void): Figure {
	const wall: number[] = [];
	const cpu: number[] = [];
	for (let i = 0; i < runs; i++) {
		const c0 = process.cpuUsage();
		const t0 = performance.now();
		fn(i);
		wall.push(performance.now() - t0);
		const c = process.cpuUsage(c0);
		cpu.push((c.user + c.system) / 1000);
	}
	const med = (xs: number[]) => {
		const s = [...xs].sort((a, b) => a - b);
		return s[Math.floor(s.length / 2)] as number;
	};
	const round = (x: number) => Math.round(x * 100) / 100;
	return {
		medianMs: round(med(wall)),
		medianCpuMs: round(med(cpu)),
		minMs: round(Math.min(...wall)),
		runs
	};
}

const copy = (b: FactBase): FactBase => ({ ...b, facts: b.facts.map((f) => ({ ...f })) });
const results: Record<string, unknown> = {};
const rows: Array<[string, string, string]> = [];

// 1. Real fact base
if (existsSync(FACTS_FILE)) {
	const base = loadFactBase();
	for (let i = 0; i < 5; i++) generateCards(copy(base), { seed: i }); // warm up the JIT
	const cards = generateCards(base);
	const cold = measure(30, (i) => generateCards(copy(base), { seed: i }));
	const warmBase = copy(base);
	generateCards(warmBase);
	const warm = measure(30, (i) => generateCards(warmBase, { seed: i }));
	const quiz = measure(30, (i) =>
		buildQuiz(warmBase, {
			topics: [...STUDY_TOPICS],
			types: [...QUESTION_TYPES],
			count: 20,
			seed: i
		})
	);
	results.real = {
		facts: base.facts.length,
		cards: cards.length,
		cardsByType: countByType(cards),
		generateCold: cold,
		generateWarm: warm,
		buildQuiz20: quiz,
		targetMs: 20
	};
	rows.push([
		`real fact base: generate ${cards.length} cards, cold (indexes built)`,
		`${cold.medianMs} ms`,
		`cpu ${cold.medianCpuMs} ms`
	]);
	rows.push([
		`real fact base: generate ${cards.length} cards, warm`,
		`${warm.medianMs} ms`,
		`cpu ${warm.medianCpuMs} ms`
	]);
	rows.push([
		'real fact base: buildQuiz (20 questions, all types)',
		`${quiz.medianMs} ms`,
		`cpu ${quiz.medianCpuMs} ms`
	]);
} else {
	rows.push(['real fact base', 'skipped', 'content/facts.yaml missing']);
	results.real = null;
}

// 2. Synthetic 10,000 facts
{
	const base = syntheticFactBase(10_000, 1);
	generateCards(copy(base)); // warm up
	gc();
	const heap0 = process.memoryUsage().heapUsed;
	let count = 0;
	let peak = heap0;
	const fig = measure(5, (i) => {
		const cards = generateCards(copy(base), { seed: i });
		count = cards.length;
		peak = Math.max(peak, process.memoryUsage().heapUsed);
	});
	const mb = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
	// The engine's module-level caches (words, keys) fill and are cleared at a cap:
	// generating the same deck once more first leaves nothing new for them to hold,
	// so only what the measured generation keeps alive is counted.
	generateCards(copy(base));
	// The cards alone: the fact base they came from, and its cached indexes, are dropped.
	gc();
	const before = process.memoryUsage().heapUsed;
	const cards = generateCards(copy(base));
	gc();
	const retainedMb = mb(process.memoryUsage().heapUsed - before);
	const peakMb = mb(peak - heap0);
	results.synthetic10k = {
		facts: base.facts.length,
		cards: count,
		cardsByType: countByType(cards),
		generate: fig,
		heapRetainedMb: retainedMb,
		heapPeakAboveBaselineMb: peakMb,
		targetMs: 500
	};
	rows.push([
		`synthetic 10,000 facts: generate ${count} cards`,
		`${fig.medianMs} ms`,
		`cpu ${fig.medianCpuMs} ms`
	]);
	rows.push([
		'synthetic 10,000 facts: heap retained by the cards (+ peak)',
		`${retainedMb} MB`,
		`peak +${peakMb} MB`
	]);
}

// 3. dueCards over 100,000 states
{
	const now = Date.UTC(2024, 0, 10);
	const day = 86_400_000;
	const proto = reviewCard(newCardState('x', now - 30 * day), 3, now - 30 * day).state;
	const states: CardState[] = [];
	for (let i = 0; i < 100_000; i++) {
		// Due dates spread over 40 days around now: about half are due.
		states.push({
			...proto,
			cardId: `card-${i}`,
			due: now - 20 * day + ((i * 7919) % 40) * day + (i % 1000)
		});
	}
	for (let i = 0; i < 5; i++) dueCards(states, now);
	let dueCount = 0;
	const fig = measure(20, () => {
		dueCount = dueCards(states, now).length;
	});
	results.dueCards100k = { states: states.length, due: dueCount, dueCards: fig, targetMs: 50 };
	rows.push([
		`dueCards over 100,000 states (${dueCount} due)`,
		`${fig.medianMs} ms`,
		`cpu ${fig.medianCpuMs} ms`
	]);
}

const calibrationMs = calibrate();
results.calibrationMs = calibrationMs;
rows.push(['calibration: 10 million Math.sin (a laptop: ~120 ms)', `${calibrationMs} ms`, '']);

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`Engine benchmarks (median of runs; node ${process.version})`);
for (const [name, value, extra] of rows)
	console.log(`  ${name.padEnd(width)}  ${value.padStart(10)}  ${extra}`);
if (json) console.log(JSON.stringify({ bench: 'engine', node: process.version, ...results }));
