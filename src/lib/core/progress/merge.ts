/**
 * Merging imported progress into the local store.
 *
 * Rules
 * - Review log: the union of both logs, deduplicated by id
 *   (`${cardId}@${reviewedAt}`); where both sides hold an id, the local entry
 *   is kept. The merged log is in time order (then by id).
 * - Card states: per card, the state with the later `last_review` wins; on a
 *   tie the local state is kept; a state with no `last_review` (never graded)
 *   loses to one with. A card only one side has is taken from that side.
 * - Quiz results: the union by id (local kept on a clash), in order of
 *   finishing.
 * - Settings are preferences of the device: local settings are kept. When the
 *   local store has no settings saved yet (`local.settings` undefined, e.g. a
 *   fresh install), the incoming daily new-card limit and intro flag are
 *   taken; `persistenceRequested` and `quizInProgress` belong to the device
 *   they were set on and are never imported.
 *
 * Properties (see merge.test.ts): idempotent — merging the result with the
 * same file again writes nothing and reports zeros; commutative on logs —
 * merge(a, b) and merge(b, a) have the same review ids (and the same log when
 * the two sides agree on each shared id). Inputs are never mutated.
 */
import { compareQuizResults, compareReviews, compareStates, sortIfNeeded } from './order';
import { reviewedLater } from './records';
import type { CardStateRecord, QuizResultRecord, ReviewLogRecord, Settings } from './records';
import { counted } from '../text';

export { reviewedLater };

export interface ProgressData {
	cardStates: readonly CardStateRecord[];
	reviewLog: readonly ReviewLogRecord[];
	quizResults: readonly QuizResultRecord[];
	settings?: Settings | undefined;
}

export interface MergeSummary {
	reviewsAdded: number;
	cardsAdded: number;
	cardsUpdated: number;
	/**
	 * Cards added or updated that this version's deck does not have (from
	 * another version of the app): kept, but not counted as added, since the
	 * learner will not see them.
	 */
	cardsNotInDeck: number;
	quizResultsAdded: number;
	/** Settings were taken from the file (only when the device had none). */
	settingsRestored: boolean;
}

export interface MergeResult {
	/** The merged full set, by card id. */
	cardStates: CardStateRecord[];
	/** The merged log, in time order. */
	reviewLog: ReviewLogRecord[];
	/** The merged quiz results, in order of finishing. */
	quizResults: QuizResultRecord[];
	/** The settings after the merge (undefined when neither side had any). */
	settings: Settings | undefined;
	/** What the store must write: only new or changed records. */
	toWrite: {
		cardStates: CardStateRecord[];
		reviews: ReviewLogRecord[];
		quizResults: QuizResultRecord[];
		/** Settings keys to write (empty when none change). */
		settings: Partial<Settings>;
	};
	summary: MergeSummary;
}

/** `isKnownCard` tells the deck's cards from others (all are known when it is left out). */
export function mergeProgress(
	local: ProgressData,
	incoming: ProgressData,
	isKnownCard: (cardId: string) => boolean = () => true
): MergeResult {
	// Card states.
	const states = new Map<string, CardStateRecord>();
	for (const s of local.cardStates) {
		const prev = states.get(s.cardId);
		if (!prev || reviewedLater(s, prev)) states.set(s.cardId, s);
	}
	const changed = new Map<string, CardStateRecord>();
	let cardsAdded = 0;
	let cardsUpdated = 0;
	let cardsNotInDeck = 0;
	for (const s of incoming.cardStates) {
		const current = states.get(s.cardId);
		if (current && !reviewedLater(s, current)) continue;
		// A card the file gives twice is counted once.
		if (!changed.has(s.cardId)) {
			if (!isKnownCard(s.cardId)) cardsNotInDeck += 1;
			else if (!current) cardsAdded += 1;
			else cardsUpdated += 1;
		}
		states.set(s.cardId, s);
		changed.set(s.cardId, s);
	}

	// Review log.
	const reviewLog = local.reviewLog.slice();
	const reviewIds = new Set<string>();
	for (const r of reviewLog) reviewIds.add(r.id);
	const newReviews: ReviewLogRecord[] = [];
	for (const r of incoming.reviewLog) {
		if (reviewIds.has(r.id)) continue;
		reviewIds.add(r.id);
		newReviews.push(r);
	}
	let mergedLog: ReviewLogRecord[];
	if (reviewIds.size === reviewLog.length + newReviews.length) {
		for (const r of newReviews) reviewLog.push(r);
		mergedLog = reviewLog;
	} else {
		// The local log itself held duplicates: keep the first of each.
		const seen = new Set<string>();
		mergedLog = [];
		for (const r of [...reviewLog, ...newReviews]) {
			if (seen.has(r.id)) continue;
			seen.add(r.id);
			mergedLog.push(r);
		}
	}
	sortIfNeeded(mergedLog, compareReviews);

	// Quiz results.
	const quizIds = new Set<string>();
	const quizResults: QuizResultRecord[] = [];
	for (const q of local.quizResults) {
		if (quizIds.has(q.id)) continue;
		quizIds.add(q.id);
		quizResults.push(q);
	}
	const newQuizzes: QuizResultRecord[] = [];
	for (const q of incoming.quizResults) {
		if (quizIds.has(q.id)) continue;
		quizIds.add(q.id);
		quizResults.push(q);
		newQuizzes.push(q);
	}
	sortIfNeeded(quizResults, compareQuizResults);

	// Settings.
	let settings = local.settings;
	const settingsToWrite: Partial<Settings> = {};
	if (settings === undefined && incoming.settings !== undefined) {
		settingsToWrite.dailyNewLimit = incoming.settings.dailyNewLimit;
		settingsToWrite.introDismissed = incoming.settings.introDismissed;
		settings = {
			dailyNewLimit: incoming.settings.dailyNewLimit,
			introDismissed: incoming.settings.introDismissed,
			persistenceRequested: false,
			quizInProgress: null
		};
	}

	return {
		cardStates: [...states.values()].sort(compareStates),
		reviewLog: mergedLog,
		quizResults,
		settings,
		toWrite: {
			cardStates: [...changed.values()].sort(compareStates),
			reviews: sortIfNeeded(newReviews, compareReviews),
			quizResults: sortIfNeeded(newQuizzes, compareQuizResults),
			settings: settingsToWrite
		},
		summary: {
			reviewsAdded: newReviews.length,
			cardsAdded,
			cardsUpdated,
			cardsNotInDeck,
			quizResultsAdded: newQuizzes.length,
			settingsRestored: Object.keys(settingsToWrite).length > 0
		}
	};
}

/** "Added 120 reviews, 14 new cards and 2 quiz results; updated 3 cards." — or that nothing was new. */
export function describeMerge(summary: MergeSummary): string {
	const added: string[] = [];
	if (summary.reviewsAdded > 0) added.push(counted(summary.reviewsAdded, 'review'));
	if (summary.cardsAdded > 0) added.push(counted(summary.cardsAdded, 'new card'));
	if (summary.quizResultsAdded > 0) added.push(counted(summary.quizResultsAdded, 'quiz result'));
	const parts: string[] = [];
	if (added.length > 0) {
		const list =
			added.length === 1
				? added[0]!
				: `${added.slice(0, -1).join(', ')} and ${added[added.length - 1]!}`;
		parts.push(`Added ${list}`);
	}
	if (summary.cardsUpdated > 0) {
		const updated = counted(summary.cardsUpdated, 'card');
		parts.push(parts.length > 0 ? `updated ${updated}` : `Updated ${updated}`);
	}
	if (summary.cardsNotInDeck > 0) {
		const kept = `${counted(summary.cardsNotInDeck, 'card')} this version of Dossier does not ask`;
		parts.push(parts.length > 0 ? `kept ${kept}` : `Kept ${kept}`);
	}
	if (summary.settingsRestored) {
		parts.push(parts.length > 0 ? 'restored your settings' : 'Restored your settings');
	}
	if (parts.length === 0) return 'Nothing new: everything in this file was already here.';
	return `${parts.join('; ')}.`;
}
