import { db } from './connection';
import type { QuizResultRecord } from './schema';

export async function saveQuizResult(result: QuizResultRecord): Promise<void> {
	await (await db()).put('quizResults', result);
}

/** Newest first. */
export async function getQuizResults(): Promise<QuizResultRecord[]> {
	return (await (await db()).getAllFromIndex('quizResults', 'byFinishedAt')).reverse();
}

export async function getQuizResult(id: string): Promise<QuizResultRecord | undefined> {
	return (await db()).get('quizResults', id);
}
