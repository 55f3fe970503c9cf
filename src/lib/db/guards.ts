/**
 * Fast checks for records read back from IndexedDB. Reads must stay quick with
 * 100,000 reviews, so these are plain type checks; imports use the full schema.
 */
import type { CardStateRecord, QuizResultRecord, ReviewLogRecord } from './schema';

const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const state = (v: unknown) => v === 0 || v === 1 || v === 2 || v === 3;

export function isCardState(value: unknown): value is CardStateRecord {
	if (!value || typeof value !== 'object') return false;
	const r = value as Record<string, unknown>;
	return (
		text(r.cardId) &&
		num(r.due) &&
		num(r.stability) &&
		num(r.difficulty) &&
		num(r.elapsed_days) &&
		num(r.scheduled_days) &&
		num(r.learning_steps) &&
		num(r.reps) &&
		num(r.lapses) &&
		state(r.state) &&
		(r.last_review === undefined || num(r.last_review))
	);
}

export function isReview(value: unknown): value is ReviewLogRecord {
	if (!value || typeof value !== 'object') return false;
	const r = value as Record<string, unknown>;
	return (
		text(r.id) &&
		text(r.cardId) &&
		(r.rating === 1 || r.rating === 2 || r.rating === 3 || r.rating === 4) &&
		num(r.reviewedAt) &&
		(r.origin === 'study' || r.origin === 'quiz') &&
		state(r.state) &&
		num(r.due) &&
		num(r.stability) &&
		num(r.difficulty) &&
		num(r.elapsed_days) &&
		num(r.last_elapsed_days) &&
		num(r.scheduled_days) &&
		num(r.learning_steps)
	);
}

export function isQuizResult(value: unknown): value is QuizResultRecord {
	if (!value || typeof value !== 'object') return false;
	const r = value as Record<string, unknown>;
	const settings = r.settings as Record<string, unknown> | null | undefined;
	return (
		text(r.id) &&
		num(r.startedAt) &&
		num(r.finishedAt) &&
		num(r.score) &&
		num(r.total) &&
		!!settings &&
		Array.isArray(settings.topics) &&
		Array.isArray(settings.types) &&
		num(settings.count) &&
		num(settings.seed) &&
		Array.isArray(r.answers) &&
		r.answers.every(
			(a: unknown) =>
				!!a &&
				typeof a === 'object' &&
				text((a as Record<string, unknown>).questionId) &&
				typeof (a as Record<string, unknown>).correct === 'boolean' &&
				Array.isArray((a as Record<string, unknown>).factIds)
		)
	);
}
