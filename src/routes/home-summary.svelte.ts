/** The figures on the home page, read from IndexedDB once on load. */
import { dueCards, isNewState } from '$lib/core/card-state';
import { masteryByTopic } from '$lib/core/study';
import type { StudyTopic } from '$lib/core';
import {
	getAllCardStates,
	getQuizResults,
	getSettings,
	reviewsSince,
	type QuizResultRecord
} from '$lib/db';
import { startOfToday, studyDeck } from '$lib/deck';

export class HomeSummary {
	loaded = $state(false);
	dueReviews = $state(0);
	newToday = $state(0);
	mastery = $state<Record<StudyTopic, number> | null>(null);
	lastQuiz = $state<QuizResultRecord | null>(null);
	storageProblem = $state(false);

	async load(now = Date.now()) {
		try {
			const [states, settings, quizzes, today] = await Promise.all([
				getAllCardStates(),
				getSettings(),
				getQuizResults(),
				reviewsSince(startOfToday(now))
			]);
			const deck = studyDeck();
			const inDeck = new Set(deck.map((c) => c.id));
			const known = new Map(states.map((s) => [s.cardId, s]));
			const endOfToday = startOfToday(now) + 24 * 3_600_000 - 1;
			this.dueReviews = dueCards(states, endOfToday).filter((s) => inDeck.has(s.cardId)).length;
			const introducedToday = new Set(today.filter((r) => r.state === 0).map((r) => r.cardId)).size;
			const unseen = deck.filter((c) => {
				const s = known.get(c.id);
				return !s || isNewState(s);
			}).length;
			this.newToday = Math.max(0, Math.min(unseen, settings.dailyNewLimit - introducedToday));
			this.mastery = masteryByTopic(deck, states);
			this.lastQuiz = quizzes[0] ?? null;
		} catch {
			this.storageProblem = true;
			this.newToday = Math.min(20, studyDeck().length);
			this.mastery = masteryByTopic(studyDeck(), []);
		}
		this.loaded = true;
	}
}
