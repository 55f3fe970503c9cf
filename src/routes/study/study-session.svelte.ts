/**
 * One study session: the queue of due and new cards, reveal, grade and undo.
 * The screen moves on at once; the write to IndexedDB starts in the same tick.
 */
import {
	buildStudyQueue,
	newCardState,
	nextDueAt,
	previewIntervals,
	reviewCard,
	type CardState,
	type Question,
	type Rating,
	type StudyItem,
	type StudyTopic
} from '$lib/core';
import { reviewId } from '$lib/core/progress/records';
import {
	getAllCardStates,
	getSetting,
	recordReview,
	requestPersistence,
	reviewsSince,
	undoReview,
	type ReviewLogRecord
} from '$lib/db';
import { startOfToday, studyDeck } from '$lib/deck';
import { saver } from '$lib/storage/saver.svelte';

/** A card graded Again or Hard that comes due within this window returns in the same session. */
const RELEARN_WINDOW_MS = 30 * 60_000;

interface UndoEntry {
	item: StudyItem;
	index: number;
	logId: string;
	/** The queue length before the grade, to drop a re-queued copy. */
	queueLength: number;
}

export class StudySession {
	loading = $state(true);
	items = $state.raw<StudyItem[]>([]);
	index = $state(0);
	revealed = $state(false);
	topics = $state.raw<StudyTopic[]>([]);
	/** When set, a focused session on these facts' cards, due or not (from "weakest facts"). */
	focusFacts = $state.raw<string[]>([]);
	reviewedCount = $state(0);
	nextDue = $state<number | null>(null);
	dueCount = $state(0);
	newCount = $state(0);
	announcement = $state('');
	// Plain on purpose: the UI reads the queue, not this index, so it need not be reactive.
	#states = new Map<string, CardState>();
	#undo: UndoEntry[] = [];
	canUndo = $state(false);
	/** For map cards: the grade their outcome suggests (first try Good, later Hard, missed Again). */
	suggested = $state<Rating | null>(null);
	#persistAsked = false;

	/** How many cards the queue had when built: those after it are cards to see again. */
	#firstPass = $state(0);
	current = $derived<StudyItem | undefined>(this.items[this.index]);
	/** Cards not yet seen this session: it goes down with every grade. */
	remaining = $derived(Math.max(0, this.#firstPass - this.index));
	/** Cards graded this session that come back before it ends (Again, a learning step). */
	comingBack = $derived(this.items.length - Math.max(this.index, this.#firstPass));

	async load(topics: StudyTopic[] = this.topics): Promise<void> {
		this.loading = true;
		this.topics = topics;
		const now = Date.now();
		const [states, newLimit, today] = await Promise.all([
			getAllCardStates().catch(() => []),
			getSetting('dailyNewLimit').catch(() => 20),
			reviewsSince(startOfToday(now)).catch(() => [] as ReviewLogRecord[])
		]);
		for (const state of states) this.#states.set(state.cardId, state);
		const newToday = new Set(today.filter((r) => r.state === 0).map((r) => r.cardId)).size;
		this.#rebuild(now, newLimit, newToday);
		this.loading = false;
	}

	#rebuild(now: number, newLimit: number, newToday: number) {
		if (this.focusFacts.length > 0) return this.#rebuildFocused();
		const queue = buildStudyQueue({
			cards: studyDeck(),
			states: this.#states,
			now,
			newLimit,
			newToday,
			topics: this.topics
		});
		this.items = queue.items;
		this.#firstPass = queue.items.length;
		this.dueCount = queue.dueCount;
		this.newCount = queue.newCount;
		this.index = 0;
		this.revealed = false;
		this.#undo = [];
		this.canUndo = false;
		this.nextDue = nextDueAt(this.#states);
	}

	#rebuildFocused() {
		const focus = new Set(this.focusFacts);
		this.items = studyDeck()
			.filter((card) => card.factIds.some((id) => focus.has(id)))
			.map((card) => {
				const state = this.#states.get(card.id) ?? null;
				return { card, state, isNew: state === null };
			});
		this.#firstPass = this.items.length;
		this.dueCount = this.items.length;
		this.newCount = 0;
		this.index = 0;
		this.revealed = false;
		this.#undo = [];
		this.canUndo = false;
		this.nextDue = nextDueAt(this.#states);
	}

	answeredOnMap(correct: boolean, tries: number) {
		if (!this.current || this.revealed) return;
		this.suggested = !correct ? 1 : tries <= 1 ? 3 : 2;
		this.revealed = true;
		this.announcement = 'Answered. Grade it from 1, Again, to 4, Easy.';
	}

	reveal() {
		if (!this.current || this.revealed) return;
		this.revealed = true;
		this.announcement = 'Answer shown. Grade it from 1, Again, to 4, Easy.';
	}

	/** What each grade would schedule, as ts-fsrs previews it. */
	previews(): Record<Rating, { due: number; label: string }> | null {
		const item = this.current;
		if (!item) return null;
		const now = Date.now();
		return previewIntervals(item.state ?? newCardState(item.card.id, now), now);
	}

	grade(rating: Rating) {
		const item = this.current;
		if (!item || !this.revealed) return;
		const now = Date.now();
		const before = item.state ?? newCardState(item.card.id, now);
		const { state, log } = reviewCard(before, rating, now);
		const record: ReviewLogRecord = {
			...log,
			id: reviewId(log.cardId, log.reviewedAt),
			origin: 'study'
		};

		this.#undo.push({ item, index: this.index, logId: record.id, queueLength: this.items.length });
		this.canUndo = true;
		this.#states.set(state.cardId, state);
		if (state.due - now < RELEARN_WINDOW_MS) {
			this.items = [...this.items, { card: item.card, state, isNew: false }];
		}
		this.index += 1;
		this.revealed = false;
		this.suggested = null;
		this.reviewedCount += 1;
		this.nextDue = nextDueAt(this.#states);
		this.announcement = this.current ? 'Next card.' : 'Session complete.';

		void saver.save(() => recordReview(state, record));
		if (!this.#persistAsked) {
			this.#persistAsked = true;
			void requestPersistence().catch(() => null);
		}
	}

	undo() {
		const entry = this.#undo.pop();
		this.canUndo = this.#undo.length > 0;
		if (!entry) return;
		const { item, index, logId, queueLength } = entry;
		if (item.state) this.#states.set(item.card.id, item.state);
		else this.#states.delete(item.card.id);
		this.items = this.items.slice(0, queueLength);
		this.index = index;
		this.revealed = true;
		this.reviewedCount = Math.max(0, this.reviewedCount - 1);
		this.nextDue = nextDueAt(this.#states);
		this.announcement = 'Grade undone.';
		void saver.save(() => undoReview(item.card.id, item.state ?? undefined, logId));
	}
}

/** The question side of a card: the engine’s prompt ("When was …?"). */
export function cardFront(card: Question): string {
	return card.prompt;
}
