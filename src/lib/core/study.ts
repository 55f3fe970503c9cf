/**
 * The study queue and progress figures built on card states.
 *
 * - `buildStudyQueue`: due cards first (earliest due first), then new cards up
 *   to what is left of the daily new-card limit: one card of each fact in deck
 *   order, then a second of each, so cards of one fact are not back to back.
 * - `nextDueAt`: when the next reviewed card falls due.
 * - `masteryByTopic`: per study topic, the share of its cards that are
 *   mastered. A card is mastered when it is in the Review state with a
 *   stability of at least 21 days (FSRS stability: the interval at which
 *   recall probability falls to 90%; 21 days is Anki's "mature" threshold).
 *   A topic with no cards has mastery 0.
 */
import { dueCards, isNewState, StateReview, type CardState } from './card-state';
import { STUDY_TOPICS, type Question, type StudyTopic } from './types';

export const MASTERY_STABILITY_DAYS = 21;

type States = Iterable<CardState> | ReadonlyMap<string, CardState>;

function toMap(states: States): Map<string, CardState> {
	if (states instanceof Map) return states as Map<string, CardState>;
	const map = new Map<string, CardState>();
	for (const s of states as Iterable<CardState>) map.set(s.cardId, s);
	return map;
}

export interface StudyItem {
	card: Question;
	/** The card's state; null for a card never seen. */
	state: CardState | null;
	isNew: boolean;
}

export interface StudyQueueOptions {
	/** The deck, in the order new cards should be introduced. */
	cards: readonly Question[];
	states: States;
	now: number;
	/** New cards allowed per day. */
	newLimit: number;
	/** New cards already introduced today. */
	newToday: number;
	/** Only cards exercising one of these topics (default: all). */
	topics?: readonly StudyTopic[];
}

export interface StudyQueue {
	items: StudyItem[];
	dueCount: number;
	newCount: number;
}

export function buildStudyQueue(options: StudyQueueOptions): StudyQueue {
	const { cards, now, topics } = options;
	const states = toMap(options.states);
	const inTopic = (c: Question) =>
		!topics || topics.length === 0 || c.topics.some((t) => topics.includes(t));
	const byId = new Map<string, Question>();
	for (const c of cards) if (inTopic(c)) byId.set(c.id, c);

	const due: StudyItem[] = [];
	for (const s of dueCards(states.values(), now)) {
		const card = byId.get(s.cardId);
		if (card) due.push({ card, state: s, isNew: false });
	}
	const room = Math.max(
		0,
		Math.floor(options.newLimit) - Math.max(0, Math.floor(options.newToday))
	);
	const fresh = newInRounds(cards, byId, states).slice(0, room);
	return { items: [...due, ...fresh], dueCount: due.length, newCount: fresh.length };
}

/**
 * The new cards in rounds: the first of each fact's cards, in deck order,
 * then the second of each, and so on. Two cards of one fact in a row answer
 * each other ("When was the collapse of the Afghan government?", then
 * "What is the Afghan government?": "… that collapsed in 2021"), and a day's
 * new cards were all about the first few facts of the alphabet.
 */
function newInRounds(
	cards: readonly Question[],
	inQueue: ReadonlyMap<string, Question>,
	states: ReadonlyMap<string, CardState>
): StudyItem[] {
	const rounds: StudyItem[][] = [];
	const seen = new Map<string, number>();
	for (const card of cards) {
		if (!inQueue.has(card.id)) continue;
		const s = states.get(card.id);
		if (s && !isNewState(s)) continue;
		const fact = card.factIds[0] ?? card.id;
		const round = seen.get(fact) ?? 0;
		seen.set(fact, round + 1);
		(rounds[round] ??= []).push({ card, state: s ?? null, isNew: true });
	}
	return rounds.flat();
}

/** The earliest due time among cards already graded; null when there are none. */
export function nextDueAt(states: States): number | null {
	let min: number | null = null;
	for (const s of toMap(states).values()) {
		if (isNewState(s)) continue;
		if (min === null || s.due < min) min = s.due;
	}
	return min;
}

/** Whether a card counts as mastered (see the module comment). */
export function isMastered(
	state: CardState | undefined,
	minStabilityDays = MASTERY_STABILITY_DAYS
): boolean {
	return state !== undefined && state.state === StateReview && state.stability >= minStabilityDays;
}

/** Per study topic, the share (0..1) of its cards that are mastered. */
export function masteryByTopic(
	cards: readonly Question[],
	states: States,
	options: { minStabilityDays?: number } = {}
): Record<StudyTopic, number> {
	const map = toMap(states);
	const total = Object.fromEntries(STUDY_TOPICS.map((t) => [t, 0])) as Record<StudyTopic, number>;
	const mastered = { ...total };
	for (const card of cards) {
		const ok = isMastered(map.get(card.id), options.minStabilityDays);
		for (const t of card.topics) {
			total[t] += 1;
			if (ok) mastered[t] += 1;
		}
	}
	const out = { ...total };
	for (const t of STUDY_TOPICS) out[t] = total[t] > 0 ? mastered[t] / total[t] : 0;
	return out;
}
