/**
 * A question as one line of text, for lists of questions (quiz results, the
 * class tables): what the learner was asked, without the widgets that showed it.
 */
import { asksHighlighted } from './questions/highlighted';
import type { Question } from './types';

/**
 * The prompt, except for a cloze: its prompt ("Fill in the blank.") is the
 * same for every cloze, so its sentence, blank included, says which one it was;
 * and a map question asked the other way round says what was on the screen.
 */
export function questionSummary(question: Question): string {
	if (question.type === 'cloze') return `Fill in the blank: ${question.text}`;
	if (question.type === 'locate' && asksHighlighted(question))
		return 'Which country is highlighted?';
	return question.prompt;
}
