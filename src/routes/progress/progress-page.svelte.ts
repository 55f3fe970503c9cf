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
import {
	allReviews,
	exportProgress,
	getAllCardStates,
	getQuizResults,
	importProgress,
	lastExportAt,
	requestPersistence,
	resetProgress,
	storageKind,
	storageStatus,
	type QuizResultRecord,
	type StorageStatus
} from '$lib/db';
import { studyDeck } from '$lib/deck';
import { factBase, facts } from '$lib/facts';

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
	/** Outcome of the last import, export or reset, in words. */
	message = $state<{ tone: 'good' | 'bad'; text: string; details?: string[] } | null>(null);
	/** How long loading and computing took, for the benchmark. */
	computeMs = $state(0);

	async load() {
		const start = performance.now();
		const now = Date.now();
		const [states, reviews, results, storage, kind, exported] = await Promise.all([
			getAllCardStates(),
			allReviews(),
			getQuizResults(),
			storageStatus(),
			storageKind(),
			lastExportAt()
		]);
		this.stats = computeStats({
			states,
			reviews,
			cards: deckCardsFrom(studyDeck(), facts),
			now,
			tzOffsetMinutes: tzOffset(now)
		});
		this.results = results;
		this.history = quizHistory(results, tzOffset(now), 20);
		this.storage = storage;
		this.memoryOnly = kind === 'memory';
		this.lastExport = exported;
		this.loading = false;
		this.computeMs = performance.now() - start;
		performance.mark('dossier:progress-ready');
	}

	async askPersistence() {
		await requestPersistence(true);
		this.storage = await storageStatus();
	}

	async exportBackup() {
		const now = Date.now();
		const backup = await exportProgress({
			appVersion: APP_VERSION,
			factBaseVersion: factBase.version,
			now
		});
		download(
			backupFileName(now, tzOffset(now)),
			JSON.stringify(backup, null, 1),
			'application/json'
		);
		this.lastExport = now;
		this.message = {
			tone: 'good',
			text: `Exported ${backup.reviewLog.length} reviews, ${backup.cardStates.length} cards and ${backup.quizResults.length} quiz results.`
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
		const parsed = parseBackup(text);
		if (!parsed.ok) {
			this.message = { tone: 'bad', text: parsed.message, details: parsed.details };
			return;
		}
		try {
			const summary = await importProgress(parsed.backup);
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
