/**
 * Card ids that changed, old → new, so a learner's progress follows its card
 * (the database upgrade moves stored records; an import moves a backup's).
 *
 * Engine 2: a date card ("What happened on 3 January 2024?") is keyed by its
 * date, no longer by the first of its events by id, which a newly added event
 * on the same date could have displaced. The table is frozen: it lists the ids
 * engine 1 gave with fact base 2, the last content that used them, and must
 * not be recomputed from later content.
 */
import { reviewId, type CardStateRecord, type ReviewLogRecord } from './records';

const DATE_CARD = ':flashcard:from-date';

/** Engine 1's date card ids (by their first event) and engine 2's (by their date). */
export const CARD_ID_MOVES: ReadonlyMap<string, string> = new Map(
	(
		[
			['afghan-government-collapse', '2021'],
			['european-detentions-2023', '2023-12'],
			['german-dutch-arrests-2023', '2023-07'],
			['germany-plot-arrests-2020', '2020-04'],
			['islamic-republic-founded', '1979'],
			['joint-operation-summer-2023', '2023'],
			['kerman-bombings-claim', '2024-01-04'],
			['kerman-bombings', '2024-01-03'],
			['kerman-funeral', '2024-01-05'],
			['kill-them-wherever-you-find-them', '2024-01'],
			['shahcheragh-attack-2022', '2022-10'],
			['shahcheragh-attack-2023', '2023-08'],
			['taliban-buffer-2018', '2018']
		] as const
	).map(([event, date]) => [event + DATE_CARD, `date.${date}${DATE_CARD}`])
);

/** A card state under its card's current id (the same object when it has not moved). */
export function movedCardState<T extends Pick<CardStateRecord, 'cardId'>>(state: T): T {
	const to = CARD_ID_MOVES.get(state.cardId);
	return to === undefined ? state : { ...state, cardId: to };
}

/**
 * A review under its card's current id. Its own id is rebuilt from the new
 * card id, as a review given now would have it, so a backup made before the
 * move and imported after it does not add the same review twice.
 */
export function movedReview<T extends Pick<ReviewLogRecord, 'cardId' | 'id' | 'reviewedAt'>>(
	review: T
): T {
	const to = CARD_ID_MOVES.get(review.cardId);
	return to === undefined ? review : { ...review, cardId: to, id: reviewId(to, review.reviewedAt) };
}

/** Progress with every moved card under its current id (records that did not move are kept as they are). */
export function withCurrentCardIds<
	T extends { cardStates: readonly CardStateRecord[]; reviewLog: readonly ReviewLogRecord[] }
>(data: T): T {
	return {
		...data,
		cardStates: data.cardStates.map(movedCardState),
		reviewLog: data.reviewLog.map(movedReview)
	};
}
