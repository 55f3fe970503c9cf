/** Everything the progress page shows, computed once from IndexedDB on load. */
import {
	ankiCardsFrom,
	ankiTsv,
	backupFileName,
	computeStats,
	deckCardsFrom,
	describeMerge,
	factsCsv,
	parseBackup,
	quizHistory,
	type ProgressStats,
	type QuizHistory
} from '$lib/core/progress';
import { exportProgress, importProgress, lastExportAt, resetProgress } from '$lib/db/progress';
import {
	countReviews,
	getAllCardStates,
	getSetting,
	getQuizResults,
	requestPersistence,
	reviewsSince,
	reviewStreak,
	storageKind,
	storageStatus,
	type QuizResultRecord,
	type StorageStatus
} from '$lib/db';
import { startOfToday, studyCardById, studyDeck } from '$lib/deck';

const DAY_MS = 86_400_000;
/** The charts, retention and Again counts look at the last 30 days: only those reviews are read. */
export const WINDOW_DAYS = 30;
import { factBase, facts } from '$lib/facts';
import { counted } from '$lib/core/text';

export const APP_VERSION = '0.1.0';

function tzOffset(now: number) {
	return -new Date(now).getTimezoneOffset();
}

/** Offers a text as a file download, without leaving the page. */
export function download(name: string, text: string, type: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export class ProgressPage {
	loading = $state(true);
	stats = $state.raw<ProgressStats | null>(null);
	history = $state.raw<QuizHistory | null>(null);
	results = $state.raw<QuizResultRecord[]>([]);
	storage = $state<StorageStatus | null>(null);
	memoryOnly = $state(false);
	lastExport = $state<number | null>(null);
	/** The new-cards-per-day setting, read again after an import (which may restore it). */
	dailyNewLimit = $state<number | null>(null);
	/** Outcome of the last import, export or reset, in words. */
	message = $state<{ tone: 'good' | 'bad'; text: string; details?: string[] } | null>(null);
	/** How long loading and computing took, for the benchmark. */
	computeMs = $state(0);

	async load() {
		const start = performance.now();
		performance.clearMarks('dossier:progress-ready');
		performance.clearMeasures('dossier:progress-load');
		const now = Date.now();
		const windowStart = startOfToday(now) - (WINDOW_DAYS - 1) * DAY_MS;
		const [states, recent, total, streak, results, storage, kind, exported, limit] =
			await Promise.all([
				getAllCardStates(),
				reviewsSince(windowStart),
				countReviews(),
				reviewStreak(now),
				getQuizResults(),
				storageStatus(),
				storageKind(),
				lastExportAt(),
				getSetting('dailyNewLimit').catch(() => 20)
			]);
		const input = {
			states,
			reviews: recent,
			cards: deckCardsFrom(studyDeck(), facts),
			now,
			tzOffsetMinutes: tzOffset(now)
		};
		// Total and streak come from the whole log, read cheaply (a count, an index walk).
		this.stats = { ...computeStats(input), totalReviews: total, streak };
		this.results = results;
		this.history = quizHistory(results, tzOffset(now), 20);
		this.storage = storage;
		this.memoryOnly = kind === 'memory';
		this.lastExport = exported;
		this.dailyNewLimit = limit;
		this.loading = false;
		this.computeMs = performance.now() - start;
		// Read by the benchmark: reading IndexedDB plus computing every statistic.
		performance.mark('dossier:progress-ready');
		performance.measure('dossier:progress-load', { start, end: performance.now() });
	}

	async askPersistence() {
		await requestPersistence(true);
		this.storage = await storageStatus();
	}

	async exportBackup() {
		const now = Date.now();
		const start = performance.now();
		const backup = await exportProgress({
			appVersion: APP_VERSION,
			factBaseVersion: factBase.version,
			now
		});
		const text = JSON.stringify(backup);
		// For the benchmark: reading everything and writing the file's text.
		performance.measure('dossier:export', { start, end: performance.now() });
		download(backupFileName(now, tzOffset(now)), text, 'application/json');
		this.lastExport = now;
		this.message = {
			tone: 'good',
			text: `Exported ${counted(backup.reviewLog.length, 'review')}, ${counted(backup.cardStates.length, 'card')} and ${counted(backup.quizResults.length, 'quiz result')}.`
		};
	}

	async importBackup(file: File) {
		let text: string;
		try {
			text = await file.text();
		} catch {
			this.message = { tone: 'bad', text: 'That file could not be read. Nothing was changed.' };
			return;
		}
		const start = performance.now();
		const parsed = parseBackup(text);
		// The stages of an import, for the benchmark.
		performance.measure('dossier:import-parse', { start, end: performance.now() });
		if (!parsed.ok) {
			this.message = { tone: 'bad', text: parsed.message, details: parsed.details };
			return;
		}
		try {
			const writeStart = performance.now();
			const summary = await importProgress(parsed.backup, (id) => studyCardById(id) !== undefined);
			performance.measure('dossier:import-merge-write', {
				start: writeStart,
				end: performance.now()
			});
			this.message = { tone: 'good', text: describeMerge(summary) };
		} catch {
			this.message = {
				tone: 'bad',
				text: 'The file is fine, but it could not be saved on this device (storage may be full). Nothing was changed.'
			};
			return;
		}
		await this.load();
	}

	exportAnki() {
		const cards = ankiCardsFrom(
			studyDeck().flatMap((q) => (q.type === 'flashcard' ? [q] : [])),
			facts,
			factBase.sources
		);
		download('dossier-anki.txt', ankiTsv(cards), 'text/tab-separated-values');
	}

	exportCsv() {
		download('dossier-facts.csv', factsCsv(facts, { sources: factBase.sources }), 'text/csv');
	}

	async reset() {
		await resetProgress();
		this.message = { tone: 'good', text: 'Progress reset. Your settings were kept.' };
		await this.load();
	}
}
