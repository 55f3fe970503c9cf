import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../content/load';
import { generateCards } from './cards';
import { BLANK } from './questions/cloze';
import { questionSummary } from './question-text';
import { asksHighlighted } from './questions/highlighted';

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

	it('is what the screen asked of a map question asked the other way round', () => {
		const turned = cards.filter((c) => c.type === 'locate' && asksHighlighted(c));
		expect(turned.length).toBeGreaterThan(0);
		for (const c of turned) expect(questionSummary(c)).toBe('Which country is highlighted?');
	});

	it('is the prompt for every other question', () => {
		const others = cards.filter(
			(c) => c.type !== 'cloze' && !(c.type === 'locate' && asksHighlighted(c))
		);
		for (const c of others) expect(questionSummary(c)).toBe(c.prompt);
	});
});
