import type { QuestionType } from '$lib/core';

export const TYPE_LABELS: Record<QuestionType, string> = {
	mcq: 'Multiple choice',
	truefalse: 'True or false',
	cloze: 'Fill in the blank',
	year: 'Year',
	timeline: 'Timeline order',
	matching: 'Matching',
	locate: 'Find on the map',
	flashcard: 'Flashcard (self-graded)'
};

/** The types a quiz offers, in the order the set-up lists them. */
export const QUIZ_TYPES: readonly QuestionType[] = [
	'mcq',
	'truefalse',
	'cloze',
	'year',
	'timeline',
	'matching',
	'locate',
	'flashcard'
];

/** What "Quick 10" mixes: everything but self-graded flashcards. */
export const QUICK_TYPES: readonly QuestionType[] = QUIZ_TYPES.filter((t) => t !== 'flashcard');

export function randomSeed(): number {
	return Math.floor(Math.random() * 2 ** 20);
}
