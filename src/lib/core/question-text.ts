/**
 * A question as one line of text, for lists of questions (quiz results, the
 * class tables): what the learner was asked, without the widgets that showed it.
 */
import type { Question } from './types';

/**
 * The prompt, except for a cloze: its prompt ("Fill in the blank.") is the
 * same for every cloze, so its sentence, blank included, says which one it was.
 */
export function questionSummary(question: Question): string {
	return question.type === 'cloze' ? `Fill in the blank: ${question.text}` : question.prompt;
}
