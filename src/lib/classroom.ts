/**
 * Classroom codes as the app uses them: open a quiz code against this app's
 * facts (decode, check compatibility, build), make a new code that is sure to
 * build a complete quiz, and describe answers for projector and worksheet.
 *
 * The formats and their rules live in the pure core (`$lib/core/classroom`).
 */
// Each from its module, not the core's index: that would bring the scheduler (and ts-fsrs) along.
import { buildQuiz, type Quiz, type QuizSettings } from '$lib/core/quiz';
import { checkAnswer } from '$lib/core/answer';
import { counted } from '$lib/core/text';
import { STUDY_TOPICS, type Question, type QuestionType, type StudyTopic } from '$lib/core/types';
import {
	MAX_QUIZ_COUNT,
	MIN_QUIZ_COUNT,
	checkCompatibility,
	decodeQuizCode,
	encodeQuizCode,
	isCompleteQuiz,
	quizContentVersion,
	randomSeed
} from '$lib/core/classroom';
import { factBase } from '$lib/facts';

/** The version this app's codes carry (see `quizContentVersion`). */
export const QUIZ_CONTENT_VERSION = quizContentVersion(factBase.version);

export type OpenedQuiz =
	| {
			ok: true;
			/** The code in display form (`XXXXX-XXXXX`). */
			code: string;
			/** Canonical settings, as decoded. */
			settings: QuizSettings;
			quiz: Quiz;
			/** Set when the code was made with older facts: the quiz may differ from the original. */
			notice?: string;
	  }
	| { ok: false; message: string };

/**
 * Decodes a typed, pasted or linked quiz code and builds its quiz with this
 * app's facts, refusing (with a message to show) a mistyped code, a code from
 * a newer app or newer facts, and an older code whose facts are gone.
 */
export function openQuizCode(text: string): OpenedQuiz {
	const decoded = decodeQuizCode(text, QUIZ_CONTENT_VERSION);
	if (!decoded.ok) return { ok: false, message: decoded.message };
	// A newer code may need facts this app lacks: do not even build it.
	const early = checkCompatibility(decoded.factBaseVersion, QUIZ_CONTENT_VERSION);
	if (!early.ok) return { ok: false, message: early.message };
	const quiz = buildQuiz(factBase, decoded.settings);
	const compat = checkCompatibility(decoded.factBaseVersion, QUIZ_CONTENT_VERSION, quiz);
	if (!compat.ok) return { ok: false, message: compat.message };
	if (quiz.questions.length === 0) {
		return { ok: false, message: 'This app has no questions for that code. Ask for a new code.' };
	}
	return {
		ok: true,
		code: decoded.code,
		settings: decoded.settings,
		quiz,
		...(compat.message ? { notice: compat.message } : {})
	};
}

/**
 * For the quiz page: the settings to pass to `QuizRun.start` for a quiz code
 * (they carry the code, so the results screen can show a result code), or
 * the message to show instead.
 */
export function quizFromCode(
	code: string
):
	| { ok: true; settings: QuizSettings & { code: string }; notice?: string }
	| { ok: false; message: string } {
	const opened = openQuizCode(code);
	if (!opened.ok) return opened;
	return {
		ok: true,
		settings: { ...opened.settings, code: opened.code },
		...(opened.notice ? { notice: opened.notice } : {})
	};
}

/** How many questions (up to 50) these topics and types can fill; below 5 no code can be made. */
export function maxQuizCount(
	topics: readonly StudyTopic[],
	types: readonly QuestionType[]
): number {
	if (types.length === 0) return 0;
	const quiz = buildQuiz(factBase, {
		topics: topics.length > 0 ? [...topics] : [...STUDY_TOPICS],
		types: [...types],
		count: MAX_QUIZ_COUNT,
		seed: 0
	});
	return Math.min(MAX_QUIZ_COUNT, quiz.questions.length);
}

export type MadeQuizCode =
	| { ok: true; code: string; settings: QuizSettings; quiz: Quiz; clamped: boolean }
	| { ok: false; message: string };

/**
 * A new quiz code for a teacher's set-up. No topic ticked means every topic.
 * The count is lowered to what the facts can fill with this seed, so every
 * handed-out code builds a complete quiz on an up-to-date device.
 */
export function makeQuizCode(
	setup: { topics: readonly StudyTopic[]; types: readonly QuestionType[]; count: number },
	rng: () => number = Math.random
): MadeQuizCode {
	if (setup.types.length === 0) return { ok: false, message: 'Choose at least one question type.' };
	const topics = setup.topics.length > 0 ? [...setup.topics] : [...STUDY_TOPICS];
	const wanted = Math.min(MAX_QUIZ_COUNT, Math.max(MIN_QUIZ_COUNT, Math.round(setup.count)));
	const seed = randomSeed(rng);
	let count = wanted;
	for (;;) {
		const code = encodeQuizCode({
			topics,
			types: setup.types,
			count,
			seed,
			factBaseVersion: QUIZ_CONTENT_VERSION
		});
		// Build from the decoded settings, as every student's device will.
		const opened = openQuizCode(code);
		if (opened.ok && isCompleteQuiz(opened.quiz)) {
			return {
				ok: true,
				code: opened.code,
				settings: opened.settings,
				quiz: opened.quiz,
				clamped: count !== Math.round(setup.count)
			};
		}
		const made = opened.ok ? opened.quiz.questions.length : 0;
		if (made < MIN_QUIZ_COUNT || made >= count) {
			return {
				ok: false,
				message: `These topics and question types give only ${counted(made, 'question')}: a class quiz needs at least ${MIN_QUIZ_COUNT}. Choose more topics or types.`
			};
		}
		count = made;
	}
}

/** The link that opens a quiz code on a student's device. */
export function quizLink(origin: string, code: string): string {
	return `${origin}/quiz?code=${encodeURIComponent(code)}`;
}

/** "A", "B", … for option lists. */
export function letter(i: number): string {
	return String.fromCharCode(65 + (i % 26));
}

/** The right answer in words, for a projector's reveal or a worksheet's key. */
export function answerText(question: Question): string {
	switch (question.type) {
		case 'flashcard':
			return question.back;
		case 'mcq':
		case 'year': {
			const i = question.options.findIndex((o) => o.id === question.answerId);
			const option = question.options[i];
			return option ? `${letter(i)}. ${option.label}` : '';
		}
		case 'truefalse':
			return question.answer ? 'True' : `False. ${question.truth}`;
		case 'cloze':
			return question.answer;
		case 'timeline': {
			const byId = new Map(question.events.map((e, i) => [e.factId, { e, i }]));
			return question.order
				.map((id) => {
					const hit = byId.get(id);
					return hit ? `${letter(hit.i)} (${hit.e.dateLabel})` : id;
				})
				.join(', ');
		}
		case 'matching': {
			const right = new Map(question.right.map((r, i) => [r.id, i]));
			return question.left
				.map((l, i) => {
					const r = right.get(question.pairs[l.id] ?? '');
					return `${i + 1}–${r === undefined ? '?' : letter(r)}`;
				})
				.join(', ');
		}
		case 'locate': {
			const i = locateAnswerIndex(question);
			const choice = question.choices[i];
			return choice
				? `Number ${i + 1}: ${choice.name}`
				: checkAnswer(question, { factId: question.answerChoiceId }).expected;
		}
	}
}

/** The position of the right choice in a locate question's candidate list (0-based), or -1. */
export function locateAnswerIndex(question: Question): number {
	if (question.type !== 'locate') return -1;
	return question.choices.findIndex((c) => c.factId === question.answerChoiceId);
}
