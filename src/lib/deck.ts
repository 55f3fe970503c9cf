/** The cards the app studies, generated once from the fact base on first use. */
import { generateCards } from '$lib/core/cards';
import type { Question, QuestionType } from '$lib/core';
import { factBase } from '$lib/facts';

/** Card types in the spaced-repetition queue: self-graded flashcards and map questions. */
export const STUDY_TYPES: readonly QuestionType[] = ['flashcard', 'locate'];

let studyDeckCache: Question[] | null = null;
let byIdCache: Map<string, Question> | null = null;

/** New cards come mixed: a map card after every few flashcards, not all maps at the end. */
function interleave(cards: Question[]): Question[] {
	const flashcards = cards.filter((c) => c.type !== 'locate');
	const maps = cards.filter((c) => c.type === 'locate');
	const every = Math.max(1, Math.round(flashcards.length / Math.max(1, maps.length)));
	const out: Question[] = [];
	flashcards.forEach((card, i) => {
		out.push(card);
		if ((i + 1) % every === 0 && maps.length) out.push(maps.shift()!);
	});
	return out.concat(maps);
}

export function studyDeck(): Question[] {
	return (studyDeckCache ??= interleave(generateCards(factBase, { types: STUDY_TYPES })));
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
