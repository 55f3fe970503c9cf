import { describe, expect, it } from 'vitest';
import { formatDuration, formatWhen, percent } from './format';

describe('format', () => {
	const now = new Date(2024, 0, 10, 9, 0).getTime();
	it('says when a card is due in plain words', () => {
		expect(formatWhen(now + 30_000, now)).toBe('now');
		expect(formatWhen(now + 10 * 60_000, now)).toBe('in 10 minutes');
		expect(formatWhen(now + 3 * 3_600_000, now)).toBe('in 3 hours (at 12:00)');
		expect(formatWhen(now + 24 * 3_600_000, now)).toBe('tomorrow at 09:00');
		expect(formatWhen(new Date(2024, 1, 4, 9, 0).getTime(), now)).toBe('on 4 February');
	});
	it('formats durations and percentages', () => {
		expect(formatDuration(65_000)).toBe('1 min 05 s');
		expect(formatDuration(45_400)).toBe('45 s');
		expect(percent(0.456)).toBe('46%');
	});
});
