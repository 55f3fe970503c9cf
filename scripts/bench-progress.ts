/**
 * Benchmark for the progress core: statistics, backup and import merge on a
 * heavy learner's data — 100,000 review log entries over about two years and
 * 2,000 card states (seeded, so every run uses the same data).
 *
 *   npx tsx scripts/bench-progress.ts          # table
 *   npx tsx scripts/bench-progress.ts --json   # table, then one JSON object on the last line
 *
 * Budget: the page's statistics must be ready within 200 ms in the browser,
 * reading IndexedDB included; the pure computation gets 100 ms of that here.
 * Exits with status 1 when computeStats goes over.
 */
import {
	computeStats,
	createBackup,
	mergeProgress,
	parseBackup,
	reviewId,
	type CardStateRecord,
	type DeckCard,
	type QuizResultRecord,
	type ReviewLogRecord,
	type Settings
} from '../src/lib/core/progress/index.ts';

const REVIEWS = 100_000;
const CARDS = 2_000;
const FACTS = 400;
const QUIZZES = 300;
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 15, 9, 30);
const SPAN_DAYS = 730;
const TZ = 210;
const STATS_BUDGET_MS = 100;

/** mulberry32: a small seeded PRNG. */
function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const random = rng(20240103);
const int = (n: number) => Math.floor(random() * n);
function weighted<T>(pairs: readonly (readonly [T, number])[]): T {
	let r = random();
	for (const [value, weight] of pairs) {
		if ((r -= weight) < 0) return value;
	}
	return pairs[pairs.length - 1]![0];
}

const TOPICS = ['groups', 'dates', 'geography'] as const;
const KINDS = ['event', 'group', 'organization', 'person', 'place', 'figure', 'campaign'] as const;
const TYPES = ['flashcard', 'mcq', 'cloze', 'truefalse', 'year'] as const;

function synthesise() {
	const cards: DeckCard[] = [];
	for (let i = 0; i < CARDS; i++) {
		const fact = `fact-${i % FACTS}`;
		const multi = i % 50 === 0;
		cards.push({
			id: multi ? `set-${i.toString(16)}:timeline:chronological` : `${fact}:${TYPES[i % 5]}:d${i}`,
			factIds: multi ? [fact, `fact-${(i + 7) % FACTS}`, `fact-${(i + 13) % FACTS}`] : [fact],
			topics: i % 4 === 0 ? [TOPICS[i % 3]!, TOPICS[(i + 1) % 3]!] : [TOPICS[i % 3]!],
			kind: KINDS[(i % FACTS) % KINDS.length]!
		});
	}

	// Review times: spread over two years, busier lately, in time order (as the log is read).
	const times = Array.from({ length: REVIEWS }, () =>
		Math.round(NOW - Math.pow(random(), 1.6) * SPAN_DAYS * DAY)
	).sort((a, b) => a - b);
	const reviews: ReviewLogRecord[] = [];
	const last = new Map<string, ReviewLogRecord>();
	const ids = new Set<string>();
	for (const t of times) {
		const card = cards[int(CARDS)]!;
		let at = t;
		while (ids.has(reviewId(card.id, at))) at += 1;
		ids.add(reviewId(card.id, at));
		const state = weighted([
			[2, 0.7],
			[1, 0.15],
			[3, 0.1],
			[0, 0.05]
		] as const);
		const r: ReviewLogRecord = {
			id: reviewId(card.id, at),
			cardId: card.id,
			rating: weighted([
				[1, 0.1],
				[2, 0.15],
				[3, 0.65],
				[4, 0.1]
			] as const),
			reviewedAt: at,
			origin: random() < 0.85 ? 'study' : 'quiz',
			state,
			due: at - int(3) * DAY,
			stability: state === 2 ? 1 + random() * 120 : random() * 3,
			difficulty: 1 + random() * 9,
			elapsed_days: state === 2 ? int(90) : 0,
			last_elapsed_days: int(60),
			scheduled_days: state === 2 ? int(90) : 0,
			learning_steps: state === 2 ? 0 : int(2)
		};
		reviews.push(r);
		last.set(card.id, r);
	}

	const states: CardStateRecord[] = cards.map((card) => {
		const r = last.get(card.id);
		if (!r) {
			return {
				cardId: card.id,
				due: NOW,
				stability: 0,
				difficulty: 0,
				elapsed_days: 0,
				scheduled_days: 0,
				learning_steps: 0,
				reps: 0,
				lapses: 0,
				state: 0
			};
		}
		const scheduled = 1 + int(60);
		return {
			cardId: card.id,
			due: r.reviewedAt + scheduled * DAY,
			stability: 1 + random() * 100,
			difficulty: 1 + random() * 9,
			elapsed_days: int(30),
			scheduled_days: scheduled,
			learning_steps: 0,
			reps: 10 + int(60),
			lapses: weighted([
				[0, 0.6],
				[1, 0.2],
				[2, 0.1],
				[3 + int(6), 0.1]
			] as const),
			state: weighted([
				[2, 0.8],
				[1, 0.1],
				[3, 0.1]
			] as const),
			last_review: r.reviewedAt
		};
	});

	const quizResults: QuizResultRecord[] = Array.from({ length: QUIZZES }, (_, i) => {
		const finishedAt = NOW - Math.round(random() * SPAN_DAYS * DAY);
		const answers = Array.from({ length: 10 }, (_, j) => {
			const card = cards[int(CARDS)]!;
			return {
				questionId: card.id,
				factIds: [...card.factIds],
				correct: random() < 0.7,
				given: `answer ${j}`
			};
		});
		return {
			id: `quiz-${i}`,
			startedAt: finishedAt - 300_000,
			finishedAt,
			settings: { topics: ['groups', 'dates'], types: ['mcq', 'cloze'], count: 10, seed: i },
			score: answers.filter((a) => a.correct).length,
			total: 10,
			answers
		};
	});

	const settings: Settings = {
		dailyNewLimit: 20,
		introDismissed: true,
		persistenceRequested: true,
		quizInProgress: null
	};
	return { cards, reviews, states, quizResults, settings };
}

function median(samples: number[]): number {
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time<T>(runs: number, fn: () => T): { median: number; min: number; result: T } {
	let result = fn(); // warm up
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		result = fn();
		samples.push(performance.now() - started);
	}
	return { median: median(samples), min: Math.min(...samples), result };
}

const asJson = process.argv.includes('--json');
const data = synthesise();
const empty = { cardStates: [], reviewLog: [], quizResults: [] };

const stats = time(10, () =>
	computeStats({
		states: data.states,
		reviews: data.reviews,
		cards: data.cards,
		now: NOW,
		tzOffsetMinutes: TZ
	})
);
const exported = time(5, () =>
	JSON.stringify(
		createBackup({
			appVersion: '0.1.0',
			factBaseVersion: 1,
			now: NOW,
			cardStates: data.states,
			reviewLog: data.reviews,
			quizResults: data.quizResults,
			settings: data.settings
		})
	)
);
const text = exported.result;
const parsed = time(5, () => parseBackup(text));
if (!parsed.result.ok) throw new Error(`bench backup did not parse: ${parsed.result.message}`);
const backup = parsed.result.backup;
const local = {
	cardStates: data.states,
	reviewLog: data.reviews,
	quizResults: data.quizResults,
	settings: data.settings
};
const intoEmpty = time(5, () => mergeProgress(empty, parseOk(text)));
const intoSame = time(5, () => mergeProgress(local, parseOk(text)));
const mergeOnlyEmpty = time(5, () => mergeProgress(empty, backup));
const mergeOnlySame = time(5, () => mergeProgress(local, backup));

function parseOk(t: string) {
	const r = parseBackup(t);
	if (!r.ok) throw new Error(r.message);
	return r.backup;
}

if (intoSame.result.summary.reviewsAdded !== 0 || intoSame.result.toWrite.cardStates.length !== 0) {
	throw new Error('merging an identical store should write nothing');
}
if (intoEmpty.result.summary.reviewsAdded !== REVIEWS) {
	throw new Error('merging into an empty store should add every review');
}

const rows: [string, number, string][] = [
	['computeStats (median of 10)', stats.median, `≤ ${STATS_BUDGET_MS} ms`],
	['createBackup + JSON.stringify (median of 5)', exported.median, ''],
	['parseBackup (median of 5)', parsed.median, ''],
	['parseBackup + merge into empty (median of 5)', intoEmpty.median, ''],
	['parseBackup + merge into identical (median of 5)', intoSame.median, ''],
	['  merge only, into empty', mergeOnlyEmpty.median, ''],
	['  merge only, into identical', mergeOnlySame.median, '']
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(
	`Progress benchmark: ${REVIEWS.toLocaleString('en')} reviews over ${SPAN_DAYS} days, ` +
		`${CARDS.toLocaleString('en')} card states, ${QUIZZES} quiz results (Node ${process.version})`
);
console.log(`Backup file: ${(text.length / 1_048_576).toFixed(1)} MiB\n`);
console.log(`${'step'.padEnd(width)}  ${'ms'.padStart(8)}  budget`);
for (const [label, ms, budget] of rows) {
	console.log(`${label.padEnd(width)}  ${ms.toFixed(1).padStart(8)}  ${budget}`);
}
const s = stats.result;
console.log(
	`\nstreak ${s.streak}, retention ${s.retention.value === null ? '—' : (s.retention.value * 100).toFixed(1) + '%'} ` +
		`of ${s.retention.mature} mature reviews, due today ${s.forecast[0]?.count ?? 0}, ` +
		`weakest ${s.weakest[0]?.factId ?? '—'}`
);
const over = stats.median > STATS_BUDGET_MS;
if (over) {
	console.log(
		`\ncomputeStats is over budget: ${stats.median.toFixed(1)} ms > ${STATS_BUDGET_MS} ms`
	);
	process.exitCode = 1;
}

if (asJson) {
	const round = (ms: number) => Math.round(ms * 100) / 100;
	console.log(
		JSON.stringify({
			reviews: REVIEWS,
			cardStates: CARDS,
			quizResults: QUIZZES,
			backupBytes: text.length,
			computeStatsMs: round(stats.median),
			createBackupAndStringifyMs: round(exported.median),
			parseBackupMs: round(parsed.median),
			parseAndMergeIntoEmptyMs: round(intoEmpty.median),
			parseAndMergeIntoIdenticalMs: round(intoSame.median),
			mergeIntoEmptyMs: round(mergeOnlyEmpty.median),
			mergeIntoIdenticalMs: round(mergeOnlySame.median),
			statsBudgetMs: STATS_BUDGET_MS,
			withinBudget: !over
		})
	);
}
