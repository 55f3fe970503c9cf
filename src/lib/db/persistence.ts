import { getSetting, setSetting } from './settings';

export interface StorageStatus {
	persisted: boolean | null;
	usage: number | null;
	quota: number | null;
}

export async function storageStatus(): Promise<StorageStatus> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	const persisted = storage?.persisted ? await storage.persisted().catch(() => null) : null;
	const estimate = storage?.estimate ? await storage.estimate().catch(() => null) : null;
	return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/**
 * Asks the browser to keep our storage through clean-ups. `force` asks again
 * (the progress page's button); otherwise it is asked once, after the first study.
 */
export async function requestPersistence(force = false): Promise<boolean | null> {
	const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
	if (!storage?.persist) return null;
	if (!force && (await getSetting('persistenceRequested'))) return storage.persisted();
	await setSetting('persistenceRequested', true);
	return storage.persist();
}
