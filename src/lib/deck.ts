/** The cards the app studies, generated once from the fact base on first use. */
import { generateCards, type Question, type QuestionType } from '$lib/core';
import { factBase } from '$lib/facts';

/** Card types in the spaced-repetition queue: self-graded flashcards and map questions. */
export const STUDY_TYPES: readonly QuestionType[] = ['flashcard', 'locate'];

let studyDeckCache: Question[] | null = null;
let byIdCache: Map<string, Question> | null = null;

export function studyDeck(): Question[] {
	return (studyDeckCache ??= generateCards(factBase, { types: STUDY_TYPES }));
}

export function studyCardById(id: string): Question | undefined {
	byIdCache ??= new Map(studyDeck().map((card) => [card.id, card]));
	return byIdCache.get(id);
}

/** Local midnight today, in epoch ms. */
export function startOfToday(now: number): number {
	const d = new Date(now);
	d.setHours(0, 0, 0, 0);
	return d.getTime();
}
