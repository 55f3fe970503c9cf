import { backend } from './backend';
import type { QuizResultRecord } from './schema';

export async function saveQuizResult(result: QuizResultRecord): Promise<void> {
	await (await backend()).putQuizResult(result);
}

/** Newest first. */
export async function getQuizResults(): Promise<QuizResultRecord[]> {
	return (await backend()).allQuizResults();
}

export async function getQuizResult(id: string): Promise<QuizResultRecord | undefined> {
	return (await backend()).getQuizResult(id);
}
