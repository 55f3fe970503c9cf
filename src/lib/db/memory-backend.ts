/** The session-only store used when IndexedDB cannot be opened. */
import type { Backend, ProgressWrite } from './backend';
import { streakOf } from './review-days';
import type { CardStateRecord, QuizResultRecord, ReviewLogRecord } from './schema';

export class MemoryBackend implements Backend {
	readonly kind = 'memory';
	private settings = new Map<string, unknown>();
	private meta = new Map<string, unknown>();
	private states = new Map<string, CardStateRecord>();
	private reviews = new Map<string, ReviewLogRecord>();
	private quizzes = new Map<string, QuizResultRecord>();

	async getSetting(key: string) {
		return structuredClone(this.settings.get(key));
	}
	async putSetting(key: string, value: unknown) {
		this.settings.set(key, structuredClone(value));
	}
	async allSettings() {
		return [...this.settings].map(([key, value]) => ({ key, value: structuredClone(value) }));
	}
	async getMeta(key: string) {
		return this.meta.get(key);
	}
	async putMeta(key: string, value: unknown) {
		this.meta.set(key, value);
	}
	async getCardState(cardId: string) {
		const state = this.states.get(cardId);
		return state && { ...state };
	}
	async allCardStates() {
		return [...this.states.values()].map((s) => ({ ...s }));
	}
	async recordReview(state: CardStateRecord, log: ReviewLogRecord) {
		if (this.reviews.has(log.id)) throw new DOMException('Key already exists', 'ConstraintError');
		this.states.set(state.cardId, { ...state });
		this.reviews.set(log.id, { ...log });
	}
	async undoReview(cardId: string, previous: CardStateRecord | undefined, logId: string) {
		if (previous) this.states.set(cardId, { ...previous });
		else this.states.delete(cardId);
		this.reviews.delete(logId);
	}
	async reviewsForCard(cardId: string) {
		return this.sortedReviews().filter((r) => r.cardId === cardId);
	}
	async reviewsSince(time: number) {
		return this.sortedReviews().filter((r) => r.reviewedAt >= time);
	}
	async allReviews() {
		return this.sortedReviews();
	}
	async countReviews() {
		return this.reviews.size;
	}
	async reviewStreak(todayStart: number, tomorrowStart: number, dayStartOf: (t: number) => number) {
		const days = new Set(
			[...this.reviews.values()]
				.filter((r) => r.reviewedAt < tomorrowStart)
				.map((r) => dayStartOf(r.reviewedAt))
		);
		return streakOf(days, todayStart, dayStartOf);
	}
	async putQuizResult(result: QuizResultRecord) {
		this.quizzes.set(result.id, structuredClone(result));
	}
	async allQuizResults() {
		return [...this.quizzes.values()]
			.sort((a, b) => b.finishedAt - a.finishedAt)
			.map((q) => structuredClone(q));
	}
	async getQuizResult(id: string) {
		return structuredClone(this.quizzes.get(id));
	}
	async writeAll(write: ProgressWrite) {
		for (const s of write.cardStates) this.states.set(s.cardId, { ...s });
		for (const r of write.reviews) this.reviews.set(r.id, { ...r });
		for (const q of write.quizResults) this.quizzes.set(q.id, structuredClone(q));
		for (const [key, value] of Object.entries(write.settings)) this.settings.set(key, value);
	}
	async clearProgress() {
		this.states.clear();
		this.reviews.clear();
		this.quizzes.clear();
	}
	private sortedReviews() {
		return [...this.reviews.values()]
			.sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : 1))
			.map((r) => ({ ...r }));
	}
}
