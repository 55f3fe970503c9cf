/**
 * A quiz from set-up to results. The run is saved after every answer, so a
 * reload resumes at the same question; finished quizzes go to the history.
 */
// Each from its module, not the core's index: that would bring the scheduler (and ts-fsrs) along.
import { buildQuiz, type QuizSettings } from '$lib/core/quiz';
import { checkAnswer } from '$lib/core/answer';
import { counted } from '$lib/core/text';
import { questionSummary } from '$lib/core/question-text';
import { STUDY_TOPICS, type AnswerResult, type Question, type StudyTopic } from '$lib/core/types';
import { getSetting, saveQuizResult, setSetting, type QuizResultRecord } from '$lib/db';
import { factBase } from '$lib/facts';
import { saver } from '$lib/storage/saver.svelte';

export interface GivenAnswer {
	questionId: string;
	correct: boolean;
	score: number;
	/** The answer as shown to the learner ("Vienna", "True", "2021"). */
	given: string;
	expected: string;
	result: AnswerResult;
}

export interface QuizSnapshot {
	version: 1;
	id: string;
	settings: QuizSettings & { code?: string };
	questions: Question[];
	answers: GivenAnswer[];
	/** The question on screen (answered or not). */
	index: number;
	startedAt: number;
	/** Set when this run retries the mistakes of another. */
	retryOf?: string;
}

export interface TopicScore {
	topic: StudyTopic;
	right: number;
	total: number;
}

function isSnapshot(value: unknown): value is QuizSnapshot {
	if (!value || typeof value !== 'object') return false;
	const v = value as Partial<QuizSnapshot>;
	return (
		v.version === 1 &&
		typeof v.id === 'string' &&
		Array.isArray(v.questions) &&
		v.questions.length > 0 &&
		Array.isArray(v.answers) &&
		typeof v.index === 'number' &&
		v.index >= 0 &&
		v.index < v.questions.length &&
		typeof v.startedAt === 'number'
	);
}

function newId(now: number): string {
	return `${now.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export class QuizRun {
	phase = $state<'loading' | 'setup' | 'question' | 'results'>('loading');
	snapshot = $state.raw<QuizSnapshot | null>(null);
	finishedAt = $state<number | null>(null);
	announcement = $state('');
	/** Shown when a quiz cannot be built (no question matches the set-up). */
	problem = $state<string | null>(null);

	question = $derived(this.snapshot?.questions[this.snapshot.index]);
	answer = $derived(
		this.snapshot && this.question
			? this.snapshot.answers.find((a) => a.questionId === this.question!.id)
			: undefined
	);
	score = $derived(this.snapshot?.answers.filter((a) => a.correct).length ?? 0);
	mistakes = $derived(this.snapshot?.answers.filter((a) => !a.correct) ?? []);

	/** Resumes a quiz left in progress; otherwise shows the set-up. */
	async resume(): Promise<boolean> {
		const saved = await getSetting('quizInProgress').catch(() => null);
		if (isSnapshot(saved)) {
			this.snapshot = saved;
			this.phase = 'question';
			return true;
		}
		this.phase = 'setup';
		return false;
	}

	start(settings: QuizSettings & { code?: string }) {
		const quiz = buildQuiz(factBase, settings);
		if (quiz.questions.length === 0) {
			this.problem = 'No questions match that set-up. Choose more topics or question types.';
			this.phase = 'setup';
			return;
		}
		this.problem = null;
		const now = Date.now();
		this.#begin({
			version: 1,
			id: newId(now),
			settings,
			questions: quiz.questions,
			answers: [],
			index: 0,
			startedAt: now
		});
	}

	retryMistakes() {
		const previous = this.snapshot;
		if (!previous) return;
		const wrongIds = new Set(this.mistakes.map((m) => m.questionId));
		const questions = previous.questions.filter((q) => wrongIds.has(q.id));
		if (questions.length === 0) return;
		const now = Date.now();
		this.#begin({
			version: 1,
			id: newId(now),
			settings: { ...previous.settings, count: questions.length },
			questions,
			answers: [],
			index: 0,
			startedAt: now,
			retryOf: previous.id
		});
	}

	#begin(snapshot: QuizSnapshot) {
		this.snapshot = snapshot;
		this.finishedAt = null;
		this.phase = 'question';
		this.announcement = `Quiz started: ${counted(snapshot.questions.length, 'question')}.`;
		this.#persist();
	}

	submit(answer: unknown, given: string) {
		const question = this.question;
		if (!question) return;
		this.record(checkAnswer(question, answer as never), given);
	}

	/** Records a result scored by the view itself (the map allows three tries). */
	record(result: AnswerResult, given: string) {
		const snapshot = this.snapshot;
		const question = this.question;
		if (!snapshot || !question || this.answer) return;
		const entry: GivenAnswer = {
			questionId: question.id,
			correct: result.correct,
			score: result.score,
			given,
			expected: result.expected,
			result
		};
		this.snapshot = { ...snapshot, answers: [...snapshot.answers, entry] };
		this.announcement = result.correct ? 'Right.' : `Not quite. The answer is ${result.expected}.`;
		this.#persist();
		// The scheduler (ts-fsrs) loads only when first needed: it is not part of the quiz page's start.
		if (!result.correct) void import('./feed-scheduler').then((m) => m.feedScheduler(question));
	}

	next() {
		const snapshot = this.snapshot;
		if (!snapshot || !this.answer) return;
		if (snapshot.index + 1 < snapshot.questions.length) {
			this.snapshot = { ...snapshot, index: snapshot.index + 1 };
			this.announcement = `Question ${snapshot.index + 2} of ${snapshot.questions.length}.`;
			this.#persist();
		} else {
			void this.#finish();
		}
	}

	abandon() {
		this.snapshot = null;
		this.phase = 'setup';
		void saver.save(() => setSetting('quizInProgress', null));
	}

	topicScores(): TopicScore[] {
		const snapshot = this.snapshot;
		if (!snapshot) return [];
		const byId = new Map(snapshot.questions.map((q) => [q.id, q]));
		return STUDY_TOPICS.map((topic) => {
			const answers = snapshot.answers.filter((a) =>
				byId.get(a.questionId)?.topics.includes(topic)
			);
			return { topic, right: answers.filter((a) => a.correct).length, total: answers.length };
		}).filter((t) => t.total > 0);
	}

	async #finish() {
		const snapshot = this.snapshot;
		if (!snapshot) return;
		const finishedAt = Date.now();
		this.finishedAt = finishedAt;
		this.phase = 'results';
		this.announcement = `Quiz finished: ${this.score} of ${snapshot.questions.length} right.`;
		const record: QuizResultRecord = {
			id: snapshot.id,
			startedAt: snapshot.startedAt,
			finishedAt,
			settings: { ...snapshot.settings },
			score: this.score,
			total: snapshot.questions.length,
			...(snapshot.retryOf ? { retryOf: snapshot.retryOf } : {}),
			answers: snapshot.answers.map((a) => {
				const question = snapshot.questions.find((q) => q.id === a.questionId);
				return {
					questionId: a.questionId,
					factIds: question?.factIds ?? [],
					correct: a.correct,
					given: a.given,
					prompt: question ? questionSummary(question) : '',
					expected: a.expected
				};
			})
		};
		await saver.save(async () => {
			await saveQuizResult(record);
			await setSetting('quizInProgress', null);
		});
	}

	#persist() {
		const snapshot = $state.snapshot(this.snapshot);
		void saver.save(() => setSetting('quizInProgress', snapshot));
	}
}
