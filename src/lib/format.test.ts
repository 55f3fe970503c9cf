import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration, formatWhen, percent } from './format';

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
	it('gives storage sizes in the unit that reads best', () => {
		expect(formatBytes(0)).toBe('0 bytes');
		expect(formatBytes(1)).toBe('1 byte');
		expect(formatBytes(640)).toBe('640 bytes');
		expect(formatBytes(48 * 1024 + 300)).toBe('48 KB');
		expect(formatBytes(3.44 * 1024 * 1024)).toBe('3.4 MB');
		expect(formatBytes(2 * 1024 * 1024)).toBe('2 MB');
		expect(formatBytes(10 * 1024 ** 3)).toBe('10 GB');
		expect(formatBytes(1023.6 * 1024)).toBe('1 MB');
	});
});
