/** Backup, restore and reset of everything the learner has done. */
import { createBackup, mergeProgress, type Backup, type MergeSummary } from '$lib/core/progress';
import { withCurrentCardIds } from '$lib/core/progress/card-id-moves';
import { backend } from './backend';
import { getSavedSettings, getSettings } from './settings';

export interface ExportInfo {
	appVersion: string;
	factBaseVersion: number;
	now: number;
}

export async function exportProgress(info: ExportInfo): Promise<Backup> {
	const store = await backend();
	const [cardStates, reviewLog, quizResults, settings] = await Promise.all([
		store.allCardStates(),
		store.allReviews(),
		store.allQuizResults(),
		getSettings()
	]);
	await store.putMeta('lastExportAt', info.now);
	return createBackup({ ...info, cardStates, reviewLog, quizResults, settings });
}

/**
 * Merges a parsed backup into this device's progress; writes only what is new.
 * A backup from an older app has its moved cards' progress put under their current ids;
 * cards `isKnownCard` does not know are kept and counted apart.
 */
export async function importProgress(
	backup: Backup,
	isKnownCard?: (cardId: string) => boolean
): Promise<MergeSummary> {
	const store = await backend();
	const [cardStates, reviewLog, quizResults, settings] = await Promise.all([
		store.allCardStates(),
		store.allReviews(),
		store.allQuizResults(),
		getSavedSettings()
	]);
	const merged = mergeProgress(
		{ cardStates, reviewLog, quizResults, settings },
		withCurrentCardIds(backup),
		isKnownCard
	);
	const { toWrite } = merged;
	if (
		toWrite.cardStates.length ||
		toWrite.reviews.length ||
		toWrite.quizResults.length ||
		Object.keys(toWrite.settings).length
	) {
		await store.writeAll({ ...toWrite, settings: toWrite.settings as Record<string, unknown> });
	}
	return merged.summary;
}

export async function resetProgress(): Promise<void> {
	await (await backend()).clearProgress();
}

export async function lastExportAt(): Promise<number | null> {
	const value = await (await backend()).getMeta('lastExportAt');
	return typeof value === 'number' ? value : null;
}
