import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardStateSchema, ReviewLogSchema } from '$lib/core/progress/backup';
import fixture from './fixtures/v1-database.json';
import { isCardState, isQuizResult, isReview } from './guards';

describe('read guards', () => {
	it('accept the records the app writes', () => {
		for (const s of fixture.cardStates) expect(isCardState(s)).toBe(true);
		for (const r of fixture.reviewLog) expect(isReview(r)).toBe(true);
		for (const q of fixture.quizResults) expect(isQuizResult(q)).toBe(true);
		expect(isQuizResult({ ...fixture.quizResults[0], answers: [{}] })).toBe(false);
	});

	it('reject what the full schema rejects for missing or mistyped fields', () => {
		const base = fixture.reviewLog[0]!;
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.keys(base)),
				fc.constantFrom(undefined, null, 'x', Number.NaN, {}, 7),
				(key, bad) => {
					// The id's "cardId@time" agreement is checked on import only, so keep it true here.
					if (key === 'id') return;
					const record: Record<string, unknown> = { ...base, [key]: bad };
					record.id = `${String(record.cardId)}@${String(record.reviewedAt)}`;
					if (!v.is(ReviewLogSchema, record)) expect(isReview(record)).toBe(false);
				}
			)
		);
		const card = fixture.cardStates[0]!;
		fc.assert(
			fc.property(
				fc.constantFrom(...Object.keys(card)),
				fc.constantFrom(undefined, null, 'x', Number.NaN, {}),
				(key, bad) => {
					const record = { ...card, [key]: bad };
					if (key !== 'last_review' && !v.is(CardStateSchema, record))
						expect(isCardState(record)).toBe(false);
				}
			)
		);
	});
});
