import type { AnswerFor, AnswerResult, Question } from '$lib/core';

/** What every question view takes: the question, its result once answered, and a callback. */
export interface QuestionViewProps<Q extends Question> {
	question: Q;
	/** Set once answered: the view shows it and takes no more input. */
	result: AnswerResult | null;
	/** The answer, and how to show it to the learner in a mistakes list ("Vienna"). */
	onanswer: (answer: AnswerFor<Q>, given: string) => void;
}

/** True when a key press should be left to a text field or a focused control. */
export function isTypingTarget(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLInputElement ||
		target instanceof HTMLTextAreaElement ||
		target instanceof HTMLSelectElement
	);
}

export function hasModifier(event: KeyboardEvent): boolean {
	return event.altKey || event.ctrlKey || event.metaKey;
}
