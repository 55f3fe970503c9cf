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
