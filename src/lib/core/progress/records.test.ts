/**
 * The progress records must stay the same shapes as the IndexedDB records in
 * `src/lib/db/schema.ts` (core may not import that file). The checks below are
 * type-level: `npm run check` (svelte-check) fails if either side changes
 * alone; the runtime assertions only keep vitest from calling the file empty.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as db from '../../db/schema';
import type { Backup } from './backup';
import type { ProgressData } from './merge';
import {
	reviewId,
	type CardStateRecord,
	type QuizResultRecord,
	type ReviewLogRecord,
	type Settings
} from './records';

/** Compiles only when A and B are assignable to each other. */
function sameShape<A, B>(
	check: [A] extends [B] ? ([B] extends [A] ? true : false) : false
): boolean {
	return check;
}

describe('progress records', () => {
	it('are assignable both ways with the db records', () => {
		expect(sameShape<CardStateRecord, db.CardStateRecord>(true)).toBe(true);
		expect(sameShape<ReviewLogRecord, db.ReviewLogRecord>(true)).toBe(true);
		expect(sameShape<QuizResultRecord, db.QuizResultRecord>(true)).toBe(true);
		expect(sameShape<QuizResultRecord['answers'][number], db.QuizAnswerRecord>(true)).toBe(true);
		expect(sameShape<Settings, db.Settings>(true)).toBe(true);

		expectTypeOf<CardStateRecord>().toEqualTypeOf<db.CardStateRecord>();
		expectTypeOf<ReviewLogRecord>().toEqualTypeOf<db.ReviewLogRecord>();
		expectTypeOf<QuizResultRecord>().toEqualTypeOf<db.QuizResultRecord>();
		expectTypeOf<Settings>().toEqualTypeOf<db.Settings>();
	});

	it('a parsed backup can be written to the db as is', () => {
		expect(sameShape<Backup['cardStates'][number], db.CardStateRecord>(true)).toBe(true);
		expect(sameShape<Backup['reviewLog'][number], db.ReviewLogRecord>(true)).toBe(true);
		expect(sameShape<Backup['quizResults'][number], db.QuizResultRecord>(true)).toBe(true);
		expect(sameShape<Backup['settings'], db.Settings>(true)).toBe(true);
		expectTypeOf<Backup>().toExtend<ProgressData>();
	});

	it('review ids are card id @ time', () => {
		expect(reviewId('is-k:mcq:base', 1704283200000)).toBe('is-k:mcq:base@1704283200000');
	});
});
