/**
 * Progress statistics, computed in one pass over the review log and one over
 * the deck. Pure: the caller passes `now` and the time zone offset.
 *
 * Days are local calendar days. `tzOffsetMinutes` is the offset of local time
 * from UTC in minutes, east positive (Tehran +210, New York −300): in the
 * browser, `-new Date().getTimezoneOffset()`. One offset is applied to the
 * whole history, so a review within an hour of midnight on the other side of
 * a daylight-saving change can land on the neighbouring day; streaks and
 * per-day counts tolerate that. Day keys are computed arithmetically from
 * epoch milliseconds (no Date object per review).
 *
 * Definitions
 * - reviewsPerDay: reviews (study and quiz) per local day over the last 30
 *   days, today included, oldest first, zero days included.
 * - forecast: cards of the deck that have been graded (not New with no
 *   repetitions), by the local day they fall due, over the next 14 days
 *   starting today; anything overdue counts today.
 * - streak: consecutive local days with at least one review, ending today, or
 *   ending yesterday when nothing has been reviewed yet today.
 * - retention ("true retention"): of the reviews given to mature cards, the
 *   share not graded Again. A review is of a mature card when the card was in
 *   the Review state and its scheduled interval at the time
 *   (`scheduled_days`, ts-fsrs's interval before the grade, Anki's "last
 *   interval") was at least `matureDays` (21). Learning and relearning steps
 *   never count. `value` is null when there are no such reviews.
 * - byState: the cards of the deck by FSRS state; a card with no stored state
 *   is new. States of cards no longer in the deck are left out here, in the
 *   forecast and in mastery (they can't be studied), but their reviews still
 *   count in the history, streak, total and retention.
 * - mastery (per study topic and per kind of the card's main fact): the share
 *   of the group's cards that are mastered. A card is mastered when it is in
 *   the Review state with FSRS stability of at least 21 days (stability: the
 *   interval at which recall probability falls to 90%; 21 days is Anki's
 *   "mature" threshold). Same rule as the study page's `isMastered`. A card
 *   counts once for each of its topics. `value` is null for a group with no
 *   cards.
 * - weakest: facts ranked by the lapses of their cards (FSRS `lapses`: times
 *   a Review card was forgotten), then by the number of Again grades in the
 *   log, then by id; a card's lapses and Again grades count for each of its
 *   facts. Only facts with at least one lapse or Again are listed; top 10.
 */
import { KINDS, STUDY_TOPICS } from '../../../../content/vocabulary';
import type { Kind, StudyTopic } from '../../../../content/schema';
import type { CardStateRecord, QuizResultRecord, ReviewLogRecord } from './records';
import { fromDayNumber } from '../dates';

export const DAY_MS = 86_400_000;
/** Interval (days) from which a card counts as mature for retention. */
export const MATURE_DAYS = 21;
/** FSRS stability (days) from which a Review card counts as mastered. */
export const MASTERED_STABILITY_DAYS = 21;
export const HISTORY_DAYS = 30;
export const FORECAST_DAYS = 14;
export const WEAKEST_LIMIT = 10;

/** A card of the generated deck, reduced to what statistics need. */
export interface DeckCard {
	id: string;
	factIds: readonly string[];
	topics: readonly StudyTopic[];
	/** The kind of the card's main (first) fact. */
	kind: Kind;
}

export interface DayCount {
	/** Local day, `YYYY-MM-DD`. */
	day: string;
	count: number;
}

export interface Mastery {
	cards: number;
	mastered: number;
	/** mastered / cards, 0..1; null when the group has no cards. */
	value: number | null;
}

export interface WeakFact {
	factId: string;
	lapses: number;
	/** Again grades given to the fact's cards. */
	again: number;
	/** The fact's cards with a lapse or an Again, weakest first. */
	cardIds: string[];
}

export interface ByState {
	new: number;
	learning: number;
	review: number;
	relearning: number;
}

export interface ProgressStats {
	/** Today's local day key. */
	today: string;
	reviewsPerDay: DayCount[];
	forecast: DayCount[];
	streak: number;
	totalReviews: number;
	retention: { value: number | null; mature: number; passed: number };
	byState: ByState;
	masteryByTopic: Record<StudyTopic, Mastery>;
	masteryByKind: Record<Kind, Mastery>;
	weakest: WeakFact[];
}

export interface StatsInput {
	states: Iterable<CardStateRecord> | ReadonlyMap<string, CardStateRecord>;
	reviews: readonly ReviewLogRecord[];
	/** The generated deck (see `deckCardsFrom`). */
	cards: readonly DeckCard[];
	/** Epoch ms. */
	now: number;
	/** Local time minus UTC, in minutes (east positive): `-new Date().getTimezoneOffset()`. */
	tzOffsetMinutes: number;
	/** Interval (days) from which a review counts toward retention (default 21). */
	matureDays?: number;
	/** Stability (days) from which a Review card is mastered (default 21). */
	masteredStabilityDays?: number;
}

/** The local day number (days since 1970-01-01 in local time) of an instant. */
export function localDay(ms: number, tzOffsetMinutes: number): number {
	return Math.floor((ms + tzOffsetMinutes * 60_000) / DAY_MS);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of a day number (proleptic Gregorian). */
export function dayKey(dayNumber: number): string {
	const { year, month, day } = fromDayNumber(dayNumber);
	return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DD` of an instant in local time. */
export function localDayKey(ms: number, tzOffsetMinutes: number): string {
	return dayKey(localDay(ms, tzOffsetMinutes));
}

/** Whether a card counts as mastered (see the module comment). */
export function isMasteredState(
	state: CardStateRecord | undefined,
	minStabilityDays = MASTERED_STABILITY_DAYS
): boolean {
	return state !== undefined && state.state === 2 && state.stability >= minStabilityDays;
}

/**
 * The deck as statistics see it: each question with the kind of its main
 * (first) fact. Questions whose main fact is unknown are left out.
 */
export function deckCardsFrom(
	questions: readonly { id: string; factIds: readonly string[]; topics: readonly StudyTopic[] }[],
	facts: readonly { id: string; kind: Kind }[]
): DeckCard[] {
	const kindOf = new Map<string, Kind>();
	for (const f of facts) kindOf.set(f.id, f.kind);
	const out: DeckCard[] = [];
	for (const q of questions) {
		const main = q.factIds[0];
		const kind = main === undefined ? undefined : kindOf.get(main);
		if (kind) out.push({ id: q.id, factIds: q.factIds, topics: q.topics, kind });
	}
	return out;
}

function emptyMastery<K extends string>(keys: readonly K[]): Record<K, Mastery> {
	const out = {} as Record<K, Mastery>;
	for (const k of keys) out[k] = { cards: 0, mastered: 0, value: null };
	return out;
}

function finishMastery<K extends string>(groups: Record<K, Mastery>): Record<K, Mastery> {
	for (const g of Object.values<Mastery>(groups)) {
		g.value = g.cards > 0 ? g.mastered / g.cards : null;
	}
	return groups;
}

function toStateMap(states: StatsInput['states']): ReadonlyMap<string, CardStateRecord> {
	if (states instanceof Map) return states as ReadonlyMap<string, CardStateRecord>;
	const map = new Map<string, CardStateRecord>();
	for (const s of states as Iterable<CardStateRecord>) map.set(s.cardId, s);
	return map;
}

interface FactTally {
	lapses: number;
	again: number;
	cards: { id: string; lapses: number; again: number }[];
}

export function computeStats(input: StatsInput): ProgressStats {
	const { reviews, cards, now } = input;
	const tz = input.tzOffsetMinutes;
	if (!Number.isFinite(now)) throw new RangeError('now must be a finite epoch time');
	if (!Number.isFinite(tz)) throw new RangeError('tzOffsetMinutes must be finite');
	const matureDays = input.matureDays ?? MATURE_DAYS;
	const masteredDays = input.masteredStabilityDays ?? MASTERED_STABILITY_DAYS;
	const offsetMs = tz * 60_000;
	const today = localDay(now, tz);
	const firstHistoryDay = today - (HISTORY_DAYS - 1);

	// One pass over the log: per-day counts, days reviewed, retention, Again per card.
	const perDay = new Array<number>(HISTORY_DAYS).fill(0);
	const daysReviewed = new Set<number>();
	const againByCard = new Map<string, number>();
	let mature = 0;
	let passed = 0;
	let lastDay = Number.NaN;
	for (let i = 0; i < reviews.length; i++) {
		const r = reviews[i]!;
		const day = Math.floor((r.reviewedAt + offsetMs) / DAY_MS);
		const slot = day - firstHistoryDay;
		if (slot >= 0 && slot < HISTORY_DAYS) perDay[slot]! += 1;
		// The log usually comes in time order: skip the Set when the day repeats.
		if (day !== lastDay) {
			daysReviewed.add(day);
			lastDay = day;
		}
		if (r.rating === 1) againByCard.set(r.cardId, (againByCard.get(r.cardId) ?? 0) + 1);
		if (r.state === 2 && r.scheduled_days >= matureDays) {
			mature += 1;
			if (r.rating !== 1) passed += 1;
		}
	}

	let streak = 0;
	for (let d = daysReviewed.has(today) ? today : today - 1; daysReviewed.has(d); d--) streak += 1;

	// One pass over the deck: states, forecast, mastery, lapses.
	const stateMap = toStateMap(input.states);
	const byState: ByState = { new: 0, learning: 0, review: 0, relearning: 0 };
	const due = new Array<number>(FORECAST_DAYS).fill(0);
	const masteryByTopic = emptyMastery<StudyTopic>(STUDY_TOPICS);
	const masteryByKind = emptyMastery<Kind>(KINDS);
	const facts = new Map<string, FactTally>();
	const seen = new Set<string>();
	for (const card of cards) {
		if (seen.has(card.id)) continue;
		seen.add(card.id);
		const s = stateMap.get(card.id);
		if (!s || s.state === 0) byState.new += 1;
		else if (s.state === 1) byState.learning += 1;
		else if (s.state === 2) byState.review += 1;
		else byState.relearning += 1;

		if (s && !(s.state === 0 && s.reps === 0)) {
			const inDays = Math.max(0, Math.floor((s.due + offsetMs) / DAY_MS) - today);
			if (inDays < FORECAST_DAYS) due[inDays]! += 1;
		}

		const mastered = isMasteredState(s, masteredDays) ? 1 : 0;
		for (const t of new Set(card.topics)) {
			const g = masteryByTopic[t];
			if (!g) continue;
			g.cards += 1;
			g.mastered += mastered;
		}
		const k = masteryByKind[card.kind];
		if (k) {
			k.cards += 1;
			k.mastered += mastered;
		}

		const lapses = s?.lapses ?? 0;
		const again = againByCard.get(card.id) ?? 0;
		if (lapses > 0 || again > 0) {
			for (const factId of new Set(card.factIds)) {
				let tally = facts.get(factId);
				if (!tally) {
					tally = { lapses: 0, again: 0, cards: [] };
					facts.set(factId, tally);
				}
				tally.lapses += lapses;
				tally.again += again;
				tally.cards.push({ id: card.id, lapses, again });
			}
		}
	}

	const byWeakness = <T extends { lapses: number; again: number }>(
		a: T,
		b: T,
		idA: string,
		idB: string
	) => b.lapses - a.lapses || b.again - a.again || (idA < idB ? -1 : idA > idB ? 1 : 0);
	const weakest: WeakFact[] = [...facts]
		.sort(([ia, a], [ib, b]) => byWeakness(a, b, ia, ib))
		.slice(0, WEAKEST_LIMIT)
		.map(([factId, t]) => ({
			factId,
			lapses: t.lapses,
			again: t.again,
			cardIds: t.cards.sort((a, b) => byWeakness(a, b, a.id, b.id)).map((c) => c.id)
		}));

	return {
		today: dayKey(today),
		reviewsPerDay: perDay.map((count, i) => ({ day: dayKey(firstHistoryDay + i), count })),
		forecast: due.map((count, i) => ({ day: dayKey(today + i), count })),
		streak,
		totalReviews: reviews.length,
		retention: { value: mature > 0 ? passed / mature : null, mature, passed },
		byState,
		masteryByTopic: finishMastery(masteryByTopic),
		masteryByKind: finishMastery(masteryByKind),
		weakest
	};
}

export interface QuizHistoryEntry {
	id: string;
	finishedAt: number;
	/** Local day the quiz finished, `YYYY-MM-DD`. */
	day: string;
	score: number;
	total: number;
	/** score / total, 0..1 (0 for an empty quiz). */
	share: number;
	durationMs: number;
	topics: string[];
	types: string[];
	/** The share code, when the quiz was started from one. */
	code?: string;
}

export interface QuizHistory {
	/** Newest first. */
	entries: QuizHistoryEntry[];
	quizzes: number;
	/** Mean of the quizzes' shares; null with no quiz. */
	averageShare: number | null;
	bestShare: number | null;
}

/** The quiz history, newest first (up to `limit` entries; the figures cover all quizzes). */
export function quizHistory(
	results: readonly QuizResultRecord[],
	tzOffsetMinutes: number,
	limit = Infinity
): QuizHistory {
	const entries: QuizHistoryEntry[] = results.map((r) => {
		const entry: QuizHistoryEntry = {
			id: r.id,
			finishedAt: r.finishedAt,
			day: localDayKey(r.finishedAt, tzOffsetMinutes),
			score: r.score,
			total: r.total,
			share: r.total > 0 ? Math.min(1, Math.max(0, r.score / r.total)) : 0,
			durationMs: Math.max(0, r.finishedAt - r.startedAt),
			topics: [...r.settings.topics],
			types: [...r.settings.types]
		};
		if (r.settings.code !== undefined) entry.code = r.settings.code;
		return entry;
	});
	entries.sort((a, b) => b.finishedAt - a.finishedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	let sum = 0;
	let best: number | null = null;
	for (const e of entries) {
		sum += e.share;
		if (best === null || e.share > best) best = e.share;
	}
	return {
		entries: entries.slice(0, Math.max(0, limit)),
		quizzes: entries.length,
		averageShare: entries.length > 0 ? sum / entries.length : null,
		bestShare: best
	};
}
