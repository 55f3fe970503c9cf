import { describe, expect, it } from 'vitest';
import type { Fact } from '$content/schema';
import { timelineEntries } from './timeline-layout';

const event = (id: string, date: string, extra: Partial<Fact> = {}): Fact =>
	({
		id,
		kind: 'event',
		name: id,
		date,
		topics: ['dates'],
		statement: `${id} happened.`,
		citations: [{ source: 'dispatch', quote: id }],
		...extra
	}) as Fact;

describe('timelineEntries', () => {
	it('lists an event known to the month after those of that month known to the day', () => {
		const entries = timelineEntries([
			event('round-up', '2024-01'),
			event('funeral', '2024-01-05'),
			event('bombings', '2024-01-03'),
			event('detentions', '2023-12')
		]);
		expect(entries.map((e) => e.fact.id)).toEqual([
			'detentions',
			'bombings',
			'funeral',
			'round-up'
		]);
	});

	it('says "or later" of a date the sources leave open', () => {
		const [entry] = timelineEntries([
			event('warning', '2021', { dateLatest: '2024-01' } as Partial<Fact>)
		]);
		expect(entry?.label).toBe('2021 or later');
		expect(timelineEntries([event('withdrawal', '2021')])[0]?.label).toBe('2021');
		const plot = event('plot', '2023-12', {
			dateOpenBefore: true,
			dateLatest: '2024-01-01'
		} as Partial<Fact>);
		expect(timelineEntries([plot])[0]?.label).toBe('around December 2023');
	});
});
