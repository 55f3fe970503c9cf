/**
 * Can this app open a quiz code made with another version of the facts?
 *
 * The rule (`checkCompatibility`), with the code's version resolved against
 * the app's (`resolveFactBaseVersion`):
 *
 * - Code newer than the app's facts: refuse. The app may lack facts the quiz
 *   needs, and cannot know which: "update the app (reload while online)".
 * - Same version: fine. Same facts, same settings, same seed: `buildQuiz` is
 *   deterministic, so the quiz is the one the teacher's device built.
 * - Code older than the app's facts: build the quiz with the app's facts.
 *   - If it has fewer questions than the code asks for, facts it needs are
 *     gone or changed: refuse, and say a new code is needed (made on an
 *     up-to-date device).
 *   - Otherwise open it, with a notice: facts added or changed since the code
 *     was made can change which questions are picked, so the quiz may differ
 *     from the original. Result codes carry a fingerprint of the questions, so
 *     the teacher's class table reports students whose quiz differed instead
 *     of mixing them in.
 *
 * A code's version is `quizContentVersion`: it rises with the fact base and
 * with the engine (`ENGINE_VERSION`, bumped when a change to the engine changes
 * which questions a seed gives); the result-code fingerprint catches the rest.
 *
 * Teachers: only hand out a code whose quiz is complete (`isCompleteQuiz`):
 * lower the count to what the topics and types can fill.
 */
import { ENGINE_VERSION } from '../engine-version';
import { FACT_BASE_VERSION_MODULUS, resolveFactBaseVersion } from './quiz-code';

/**
 * The version a quiz code carries for a fact base: it rises when the facts or
 * the question engine change, since either changes what a seed builds (both
 * only ever go up).
 */
export function quizContentVersion(factBaseVersion: number): number {
	return factBaseVersion + ENGINE_VERSION - 1;
}

/** What `checkCompatibility` needs of a built quiz (a `Quiz` from `buildQuiz` fits). */
export interface BuiltQuiz {
	settings: { count: number };
	questions: readonly unknown[];
}

export type Compatibility =
	| {
			ok: true;
			status: 'same' | 'older';
			/** The code's fact-base version, resolved. */
			codeVersion: number;
			appVersion: number;
			/** Empty for `same`; a notice to show for `older`. */
			message: string;
	  }
	| {
			ok: false;
			status: 'newer' | 'missing-facts';
			codeVersion: number;
			appVersion: number;
			message: string;
	  };

export const COMPAT_MESSAGES = {
	newer:
		"This code was made with a newer version of Dossier's facts: update the app (reload while online) to open it."
} as const;

/** Whether a quiz has all the questions its settings ask for. */
export function isCompleteQuiz(quiz: BuiltQuiz): boolean {
	return quiz.questions.length >= quiz.settings.count;
}

/**
 * Whether a quiz code made with fact-base version `codeVersion` (as decoded:
 * the stored 0..63 value or already resolved) can be opened by an app whose
 * facts are at `appVersion`. Pass the quiz built from the code's settings
 * with the app's facts; without it the completeness check for older codes is
 * skipped (and the app should not build a quiz for a newer code at all).
 */
export function checkCompatibility(
	codeVersion: number,
	appVersion: number,
	quiz?: BuiltQuiz
): Compatibility {
	const version = resolveFactBaseVersion(
		((codeVersion % FACT_BASE_VERSION_MODULUS) + FACT_BASE_VERSION_MODULUS) %
			FACT_BASE_VERSION_MODULUS,
		appVersion
	);
	const versions = { codeVersion: version, appVersion };
	if (version > appVersion) {
		return { ok: false, status: 'newer', ...versions, message: COMPAT_MESSAGES.newer };
	}
	if (version === appVersion) return { ok: true, status: 'same', ...versions, message: '' };
	const made = `This code was made with an older version of Dossier's facts (version ${version}; this app has version ${appVersion})`;
	if (quiz && !isCompleteQuiz(quiz)) {
		return {
			ok: false,
			status: 'missing-facts',
			...versions,
			message: `${made}, and some facts it needs have changed since: this app can make only ${quiz.questions.length} of its ${quiz.settings.count} questions. Ask for a new code, made on an up-to-date device (reload the app while online).`
		};
	}
	return {
		ok: true,
		status: 'older',
		...versions,
		message: `${made}. The quiz uses this app's facts, so some questions may differ from the original.`
	};
}
