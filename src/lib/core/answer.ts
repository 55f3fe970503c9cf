/**
 * Checking answers, for every question type: `checkAnswer(question, answer)`.
 * Partial credit (`score`) for timeline (share of pairs in the right order)
 * and matching (share of right pairs); `scoreLocate` for map answers.
 */
import { parseYear } from './dates';
import { distanceKm } from './distance';
import { isNearMiss, matchesAnswer } from './text';
import type {
	AnswerFor,
	AnswerResult,
	LocateAnswer,
	LocateQuestion,
	MatchingQuestion,
	Question,
	TimelineQuestion
} from './types';

const result = (
	correct: boolean,
	expected: string,
	extra: Partial<AnswerResult> = {}
): AnswerResult => ({
	correct,
	expected,
	score: correct ? 1 : 0,
	...extra
});

/** ISO 3166-1 numeric codes compared as numbers ("4" = "004"). */
function sameIso(a: string | undefined, b: string | undefined): boolean {
	if (a === undefined || b === undefined) return false;
	const na = Number.parseInt(a, 10);
	const nb = Number.parseInt(b, 10);
	return Number.isFinite(na) && na === nb;
}

/**
 * Scores a map answer: a point is right within `radiusKm` of the target; a
 * clicked country is right when its ISO code is the target's country (for a
 * city or site: the country it is in); a picked choice when it is the answer.
 */
export function scoreLocate(question: LocateQuestion, answer: LocateAnswer): AnswerResult {
	const t = question.target;
	const where = t.placeType === 'country' ? t.name : `${t.name}, ${t.country}`;
	if (answer && typeof answer === 'object') {
		if ('lat' in answer && 'lon' in answer) {
			if (!Number.isFinite(answer.lat) || !Number.isFinite(answer.lon)) return result(false, where);
			const d = distanceKm(answer, t);
			return result(d <= question.radiusKm, where, { distanceKm: d });
		}
		if ('iso3166' in answer) {
			return result(
				sameIso(answer.iso3166, t.iso3166),
				t.placeType === 'country' ? t.name : t.country
			);
		}
		if ('factId' in answer) {
			const right = question.choices.find((c) => c.factId === question.answerChoiceId);
			return result(answer.factId === question.answerChoiceId, right?.name ?? t.country);
		}
	}
	return result(false, where);
}

/**
 * For each place of the answer, whether its event is among the most events
 * already in order with each other (a longest increasing run of true ranks):
 * one event put too early marks that one event, not the four it pushed along.
 */
function inOrder(order: readonly string[], given: readonly string[]): boolean[] {
	const trueRank = new Map(order.map((id, i) => [id, i]));
	const ranks = given.map((id) => trueRank.get(id) ?? -1);
	const length: number[] = [];
	const previous: number[] = [];
	let end = -1;
	for (let i = 0; i < ranks.length; i++) {
		length[i] = ranks[i]! < 0 ? 0 : 1;
		previous[i] = -1;
		for (let j = 0; j < i; j++) {
			if (ranks[j]! >= 0 && ranks[j]! < ranks[i]! && length[j]! + 1 > length[i]!) {
				length[i] = length[j]! + 1;
				previous[i] = j;
			}
		}
		if (end < 0 || length[i]! > length[end]!) end = i;
	}
	const keep = given.map(() => false);
	for (let i = end; i >= 0 && length[i]! > 0; i = previous[i]!) keep[i] = true;
	return keep;
}

function checkTimeline(q: TimelineQuestion, given: readonly string[]): AnswerResult {
	const labels = new Map(q.events.map((e) => [e.factId, e.label]));
	const expected = q.order.map((id) => labels.get(id) ?? id).join(' → ');
	if (!Array.isArray(given)) return result(false, expected);
	const positions = inOrder(q.order, given);
	const rank = new Map(given.map((id, i) => [id, i]));
	let pairs = 0;
	let right = 0;
	for (let i = 0; i < q.order.length; i++) {
		for (let j = i + 1; j < q.order.length; j++) {
			pairs++;
			const a = rank.get(q.order[i] as string);
			const b = rank.get(q.order[j] as string);
			if (a !== undefined && b !== undefined && a < b) right++;
		}
	}
	const complete =
		given.length === q.order.length &&
		new Set(given).size === given.length &&
		q.order.every((id, i) => given[i] === id);
	return { correct: complete, expected, score: pairs ? right / pairs : 0, positions };
}

function checkMatching(q: MatchingQuestion, given: Readonly<Record<string, string>>): AnswerResult {
	const rightLabels = new Map(q.right.map((r) => [r.id, r.label]));
	const expected = q.left
		.map((l) => `${l.label}: ${rightLabels.get(q.pairs[l.id] ?? '') ?? ''}`)
		.join('; ');
	if (!given || typeof given !== 'object') return result(false, expected);
	const pairs: Record<string, boolean> = {};
	let right = 0;
	for (const l of q.left) {
		const ok = given[l.id] !== undefined && given[l.id] === q.pairs[l.id];
		pairs[l.id] = ok;
		if (ok) right++;
	}
	return {
		correct: right === q.left.length,
		expected,
		score: q.left.length ? right / q.left.length : 0,
		pairs
	};
}

/** Checks an answer. A malformed answer is simply wrong. */
export function checkAnswer<Q extends Question>(question: Q, answer: AnswerFor<Q>): AnswerResult;
export function checkAnswer(question: Question, answer: unknown): AnswerResult {
	switch (question.type) {
		case 'flashcard':
			return result(answer === true, question.back);
		case 'mcq': {
			const right = question.options.find((o) => o.id === question.answerId);
			return result(answer === question.answerId, right?.label ?? '');
		}
		case 'truefalse':
			return result(answer === question.answer, question.answer ? 'True' : 'False');
		case 'cloze': {
			if (typeof answer !== 'string') return result(false, question.answer);
			const correct = matchesAnswer(answer, question.answers);
			return result(
				correct,
				question.answer,
				correct ? {} : { nearMiss: isNearMiss(answer, question.answers) }
			);
		}
		case 'year': {
			const expected = String(question.answer);
			if (typeof answer === 'number') return result(answer === question.answer, expected);
			if (typeof answer !== 'string') return result(false, expected);
			if (answer.startsWith('year:')) return result(answer === question.answerId, expected);
			return result(parseYear(answer) === question.answer, expected);
		}
		case 'timeline':
			return checkTimeline(question, answer as readonly string[]);
		case 'locate':
			return scoreLocate(question, answer as LocateAnswer);
		case 'matching':
			return checkMatching(question, answer as Readonly<Record<string, string>>);
	}
}
