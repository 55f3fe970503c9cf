/** Human wording for times and numbers shown in the app. */
import { counted } from './core/text';

/** "in 10 minutes", "in 3 hours", "tomorrow at 09:30", "on 4 February". */
export function formatWhen(time: number, now: number): string {
	const ms = time - now;
	if (ms <= 60_000) return 'now';
	const minutes = Math.round(ms / 60_000);
	if (minutes < 60) return `in ${counted(minutes, 'minute')}`;
	const hours = Math.round(minutes / 60);
	const at = new Date(time);
	const clock = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
	if (hours < 12) return `in ${counted(hours, 'hour')} (at ${clock})`;
	const today = new Date(now);
	const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
	if (at.toDateString() === today.toDateString()) return `today at ${clock}`;
	if (at.toDateString() === tomorrow.toDateString()) return `tomorrow at ${clock}`;
	return `on ${at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}`;
}

export function percent(value: number): string {
	return `${Math.round(value * 100)}%`;
}

/** "1 min 05 s", "45 s". */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	const m = Math.floor(seconds / 60);
	const s = seconds % 60;
	return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

const BYTE_UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * "640 bytes", "48 KB", "3.4 MB", "10 GB": a storage size a reader takes in
 * at a glance (a few kilobytes of progress read "0.0 MB" before). One decimal
 * below 10, none above.
 */
export function formatBytes(bytes: number): string {
	let value = Math.max(0, bytes);
	let unit = 0;
	// 1023.6 KB reads "1 MB", not "1024 KB".
	while (value >= 1023.5 && unit < BYTE_UNITS.length - 1) {
		value /= 1024;
		unit++;
	}
	if (unit === 0) return counted(Math.round(value), 'byte');
	const shown = value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
	return `${shown} ${BYTE_UNITS[unit]}`;
}
