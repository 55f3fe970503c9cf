/** How a quiz's mistakes reach spaced repetition. */
import { reviewCard, Again, type Question } from '$lib/core';
import { reviewId } from '$lib/core/progress/records';
import { getCardState, recordReview } from '$lib/db';
import { studyDeck } from '$lib/deck';
import { saver } from '$lib/storage/saver.svelte';

/**
 * A wrong quiz answer counts as Again for the study cards of the same fact
 * that the learner has already started, so the mistake comes back in study.
 */
export async function feedScheduler(question: Question) {
	const factId = question.factIds[0];
	if (!factId) return;
	const now = Date.now();
	for (const card of studyDeck()) {
		if (card.factIds[0] !== factId) continue;
		const state = await getCardState(card.id).catch(() => undefined);
		if (!state || state.reps === 0) continue;
		const { state: next, log } = reviewCard(state, Again, now);
		const record = { ...log, id: reviewId(log.cardId, log.reviewedAt), origin: 'quiz' as const };
		void saver.save(() => recordReview(next, record));
	}
}
