import { describe, expect, it } from 'vitest';
import { BREAK_AFTER, corpusOf, POSSESSIVE_TOKEN, tokenize } from './corpus';
import { buildTruth } from './relations';
import { syntheticFactBase } from './synthetic';
import { FIXTURE } from './testing/fixture';

describe('corpus', () => {
	it('splits words, keeping joined ones and cutting possessives', () => {
		expect(tokenize('IS-K’s claim, U.S. officials’ view and Iran’s')).toEqual([
			'IS-K',
			'claim',
			'U.S',
			'officials',
			'view',
			'and',
			'Iran'
		]);
		expect(tokenize('a b')).toEqual(['a', 'b']);
		expect(tokenize('  ')).toEqual([]);
	});

	it('gives each distinct token one id, found again from the word alone', () => {
		const c = corpusOf(buildTruth(FIXTURE));
		expect(new Set(c.tokens).size).toBe(c.tokens.length);
		for (const [id, token] of c.tokens.entries()) expect(c.idOf(token)).toBe(id);
		expect(c.idOf('Kerman')).toBeGreaterThanOrEqual(0);
		expect(c.idOf('kerman')).not.toBe(c.idOf('Kerman'));
		expect(c.idOf('Zzyzx')).toBe(-1);
		// Every position of a token is indexed under its id, in text order.
		const id = c.idOf('the');
		const at = Array.from(c.positions.subarray(c.first[id], c.first[id + 1]));
		expect(at.length).toBeGreaterThan(0);
		expect(at).toEqual([...at].sort((a, b) => a - b));
		for (const p of at) expect(c.ids[p]).toBe(id);
	});

	it('keeps its ids when the token table grows (thousands of distinct words)', () => {
		const c = corpusOf(buildTruth(syntheticFactBase(5_000, 3)));
		expect(c.tokens.length).toBeGreaterThan(4096);
		for (const [id, token] of c.tokens.entries()) expect(c.idOf(token)).toBe(id);
	});

	it('marks possessives and the breaks between texts and at punctuation', () => {
		const truth = buildTruth(FIXTURE);
		const c = corpusOf(truth);
		const possessive = Array.from(c.ids).findIndex(
			(id, i) => c.tokens[id] === 'Iran' && ((c.flags[i] as number) & POSSESSIVE_TOKEN) !== 0
		);
		expect(possessive).toBeGreaterThanOrEqual(0);
		// A break is marked on the token before the next text starts: after the very last, none follows.
		expect((c.flags[c.ids.length - 1] as number) & BREAK_AFTER).toBe(0);
		const breaks = Array.from(c.flags).filter((f) => (f & BREAK_AFTER) !== 0).length;
		expect(breaks).toBeGreaterThanOrEqual(truth.facts.length - 1);
	});
});
