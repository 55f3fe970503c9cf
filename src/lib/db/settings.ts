import { backend } from './backend';
import { DEFAULT_SETTINGS, type Settings } from './schema';

export async function getSetting<K extends keyof Settings>(key: K): Promise<Settings[K]> {
	const value = await (await backend()).getSetting(key);
	return value === undefined ? DEFAULT_SETTINGS[key] : (value as Settings[K]);
}

export async function setSetting<K extends keyof Settings>(
	key: K,
	value: Settings[K]
): Promise<void> {
	await (await backend()).putSetting(key, value);
}

export async function getSettings(): Promise<Settings> {
	const rows = await (await backend()).allSettings();
	const settings: Settings = { ...DEFAULT_SETTINGS };
	for (const row of rows) {
		if (row.key in DEFAULT_SETTINGS)
			(settings as unknown as Record<string, unknown>)[row.key] = row.value;
	}
	return settings;
}

/** Only the settings this device has saved (undefined when none): an import must not override them. */
export async function getSavedSettings(): Promise<Settings | undefined> {
	const rows = await (await backend()).allSettings();
	if (!rows.some((row) => row.key === 'dailyNewLimit' || row.key === 'introDismissed'))
		return undefined;
	return getSettings();
}
