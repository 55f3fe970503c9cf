import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../content/load';
import { generateCards } from './cards';
import { BLANK } from './questions/cloze';
import { questionSummary } from './question-text';

describe('questionSummary', () => {
	const cards = generateCards(loadFactBase());

	it('tells the cloze questions of the fact base apart by their sentences', () => {
		const cloze = cards.filter((c) => c.type === 'cloze');
		expect(cloze.length).toBeGreaterThan(1);
		const summaries = cloze.map(questionSummary);
		for (const s of summaries) {
			expect(s.startsWith('Fill in the blank: ')).toBe(true);
			expect(s).toContain(BLANK);
		}
		expect(new Set(summaries).size).toBe(summaries.length);
	});

	it('is the prompt for every other type', () => {
		for (const c of cards.filter((c) => c.type !== 'cloze'))
			expect(questionSummary(c)).toBe(c.prompt);
	});
});
