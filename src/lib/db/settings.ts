import { db } from './connection';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
	const row = await (await db()).get('settings', key);
	return row === undefined ? DEFAULT_SETTINGS[key] : (row.value as Settings[K]);
}

export async function setSetting<K extends keyof Settings>(
	key: K,
	value: Settings[K]
): Promise<void> {
	await (await db()).put('settings', { key, value });
}

export async function getSettings(): Promise<Settings> {
	const rows = await (await db()).getAll('settings');
	const settings: Settings = { ...DEFAULT_SETTINGS };
	for (const row of rows) {
		if (row.key in DEFAULT_SETTINGS)
			(settings as unknown as Record<string, unknown>)[row.key] = row.value;
	}
	return settings;
}
