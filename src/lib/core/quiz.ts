/**
 * Quiz assembly: `buildQuiz(base, { topics, types, count, seed })`.
 *
 * Deterministic for (fact base, settings): the same seed gives the same quiz,
 * question for question. Balanced: the count is split evenly across the
 * requested types (what a type cannot fill goes to the others), and within
 * that, each pick favours the requested topic asked least so far. No fact is
 * asked twice unless the pool leaves no other choice (each pick minimises the
 * number of already-asked facts first).
 */
import { contextFor, questionsOfType } from './cards';
import { deriveRng, hashString, shuffle, type Rng } from './rng';
import {
	QUESTION_TYPES,
	STUDY_TOPICS,
	type Fact,
	type FactBase,
	type Question,
	type QuestionType,
	type StudyTopic
} from './types';

/** Small and plain, so it can be encoded in a classroom code. */
export interface QuizSettings {
	topics: StudyTopic[];
	types: QuestionType[];
	count: number;
	seed: number;
}

export interface Quiz {
	settings: QuizSettings;
	questions: Question[];
	/** How many questions matched the topics and types (the pool the quiz was drawn from). */
	available: number;
}

function splitQuota(
	rng: Rng,
	types: QuestionType[],
	count: number,
	sizes: Map<QuestionType, number>
) {
	const quota = new Map<QuestionType, number>(types.map((t) => [t, 0]));
	let remaining = count;
	let open = types.filter((t) => (sizes.get(t) ?? 0) > 0);
	while (remaining > 0 && open.length > 0) {
		const share = Math.floor(remaining / open.length);
		const order = shuffle(rng, open);
		const extra = remaining - share * open.length;
		let given = 0;
		order.forEach((t, i) => {
			const want = share + (i < extra ? 1 : 0);
			const room = (sizes.get(t) ?? 0) - (quota.get(t) ?? 0);
			const take = Math.min(want, room);
			quota.set(t, (quota.get(t) ?? 0) + take);
			given += take;
		});
		remaining -= given;
		open = open.filter((t) => (quota.get(t) ?? 0) < (sizes.get(t) ?? 0));
		if (given === 0) break;
	}
	return quota;
}

export function buildQuiz(base: FactBase | readonly Fact[], settings: QuizSettings): Quiz {
	const topics = settings.topics.length > 0 ? settings.topics : [...STUDY_TOPICS];
	const types = QUESTION_TYPES.filter((t) =>
		(settings.types.length > 0 ? settings.types : QUESTION_TYPES).includes(t)
	);
	const count = Math.max(0, Math.floor(settings.count));
	const ctx = contextFor(base, settings.seed, settings.seed);
	const rng = deriveRng(settings.seed, 'quiz');

	const pools = new Map<QuestionType, Question[]>();
	let available = 0;
	for (const type of types) {
		// Each question's place in the draw comes from a hash of (seed, id), not
		// from shuffling the whole pool: a question added or removed elsewhere in
		// the fact base does not reshuffle the rest of the quiz.
		const pool = questionsOfType(ctx, type)
			.filter((q) => q.topics.some((t) => topics.includes(t)))
			.map((q) => [q, hashString(`${ctx.seed}\u0000${q.id}`)] as const)
			.sort((a, b) => a[1] - b[1] || (a[0].id < b[0].id ? -1 : 1))
			.map(([q]) => q);
		pools.set(type, pool);
		available += pool.length;
	}
	const quota = splitQuota(
		rng,
		types,
		count,
		new Map(types.map((t) => [t, pools.get(t)?.length ?? 0]))
	);

	// Interleave the types: round-robin over a seeded order, each while its quota lasts.
	const slots: QuestionType[] = [];
	const left = new Map(quota);
	const typeOrder = shuffle(rng, types);
	while (slots.length < count) {
		let added = false;
		for (const t of typeOrder) {
			if ((left.get(t) ?? 0) > 0) {
				slots.push(t);
				left.set(t, (left.get(t) ?? 0) - 1);
				added = true;
			}
		}
		if (!added) break;
	}

	const askedFacts = new Map<string, number>();
	const topicCount = new Map<StudyTopic, number>(topics.map((t) => [t, 0]));
	const chosen = new Set<string>();
	const questions: Question[] = [];
	for (const type of slots) {
		const pool = pools.get(type) ?? [];
		let best: Question | undefined;
		let bestScore: [number, number] = [Infinity, Infinity];
		for (const q of pool) {
			if (chosen.has(q.id)) continue;
			let overlap = 0;
			for (const f of q.factIds) overlap += askedFacts.get(f) ?? 0;
			let topicScore = Infinity;
			for (const t of q.topics) {
				const c = topicCount.get(t);
				if (c !== undefined && c < topicScore) topicScore = c;
			}
			if (overlap < bestScore[0] || (overlap === bestScore[0] && topicScore < bestScore[1])) {
				best = q;
				bestScore = [overlap, topicScore];
				if (overlap === 0 && topicScore === 0) break;
			}
		}
		if (!best) continue;
		chosen.add(best.id);
		questions.push(best);
		for (const f of best.factIds) askedFacts.set(f, (askedFacts.get(f) ?? 0) + 1);
		const least = best.topics
			.filter((t) => topicCount.has(t))
			.sort((a, b) => (topicCount.get(a) ?? 0) - (topicCount.get(b) ?? 0))[0];
		if (least) topicCount.set(least, (topicCount.get(least) ?? 0) + 1);
	}
	return { settings: { ...settings }, questions, available };
}
