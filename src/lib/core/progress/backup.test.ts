import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	BACKUP_MESSAGES,
	BackupSchema,
	MAX_DETAILS,
	backupFileName,
	createBackup,
	parseBackup,
	type Backup,
	type BackupInput
} from './backup';
import { mergeProgress } from './merge';
import { SETTINGS, T0, quiz, review, reviewArb, state, storeArb } from './test-fixtures';

function input(patch: Partial<BackupInput> = {}): BackupInput {
	return {
		appVersion: '0.1.0',
		factBaseVersion: 1,
		now: T0,
		cardStates: [state('a:flashcard:what'), state('b:mcq:base', { last_review: undefined })],
		reviewLog: [review('a:flashcard:what', T0 - 1000), review('b:mcq:base', T0 - 5000)],
		quizResults: [quiz('q1', T0)],
		settings: SETTINGS,
		...patch
	};
}

const text = (backup: unknown) => JSON.stringify(backup);

/** A valid backup as plain JSON data, to break in one place. */
function data(): Record<string, unknown> & Backup {
	return JSON.parse(text(createBackup(input())));
}

function expectProblem(result: ReturnType<typeof parseBackup>, reason: string, detail?: RegExp) {
	expect(result.ok).toBe(false);
	if (result.ok) return;
	expect(result.reason).toBe(reason);
	expect(result.message).toBe(BACKUP_MESSAGES[result.reason]);
	expect(result.message).toMatch(/Nothing was changed\.$/);
	if (detail) expect(result.details?.some((d) => detail.test(d))).toBe(true);
}

describe('createBackup', () => {
	it('writes the format, versions, time and every record', () => {
		const backup = createBackup(input());
		expect(backup).toMatchObject({
			format: 'dossier-progress',
			formatVersion: 1,
			appVersion: '0.1.0',
			factBaseVersion: 1,
			exportedAt: '2024-01-03T12:00:00.000Z'
		});
		expect(backup.cardStates.map((s) => s.cardId)).toEqual(['a:flashcard:what', 'b:mcq:base']);
		expect('last_review' in backup.cardStates[1]!).toBe(false);
		// Time order.
		expect(backup.reviewLog.map((r) => r.cardId)).toEqual(['b:mcq:base', 'a:flashcard:what']);
		expect(backup.quizResults).toHaveLength(1);
		expect(backup.settings).toEqual(SETTINGS);
	});

	it('copies records without extra fields and leaves the inputs alone', () => {
		const extra = { ...review('a:flashcard:what', T0), note: 'in-memory only' };
		const states = [state('b:mcq:base'), state('a:flashcard:what')];
		const backup = createBackup(input({ reviewLog: [extra], cardStates: states }));
		expect(backup.reviewLog[0]).not.toHaveProperty('note');
		expect(states.map((s) => s.cardId)).toEqual(['b:mcq:base', 'a:flashcard:what']);
	});

	it('always produces a file that passes the schema and reads back equal', () => {
		fc.assert(
			fc.property(storeArb(reviewArb), fc.nat(2_000_000_000_000), (store, now) => {
				const backup = createBackup(input({ ...store, settings: store.settings ?? SETTINGS, now }));
				expect(v.safeParse(BackupSchema, backup).success).toBe(true);
				const read = parseBackup(text(backup));
				expect(read).toEqual({ ok: true, backup });
			})
		);
	});

	it('names the file by local date', () => {
		const lateEvening = Date.UTC(2024, 0, 3, 22, 0);
		expect(backupFileName(lateEvening, 0)).toBe('dossier-progress-2024-01-03.json');
		expect(backupFileName(lateEvening, 210)).toBe('dossier-progress-2024-01-04.json');
	});
});

describe('parseBackup', () => {
	it('accepts a backup, with or without a byte order mark and whitespace', () => {
		const backup = createBackup(input());
		expect(parseBackup(text(backup))).toEqual({ ok: true, backup });
		expect(parseBackup(`\ufeff${JSON.stringify(backup, null, 2)}\n`)).toEqual({ ok: true, backup });
	});

	it('accepts odd but real data: negative elapsed days after a clock change', () => {
		const backup = createBackup(
			input({
				reviewLog: [review('a:flashcard:what', T0, { elapsed_days: -1, last_elapsed_days: -2 })],
				cardStates: [state('a:flashcard:what', { elapsed_days: -1 })],
				settings: { ...SETTINGS, dailyNewLimit: 12.5 }
			})
		);
		expect(parseBackup(text(backup))).toEqual({ ok: true, backup });
	});

	it('drops unknown fields', () => {
		const raw = data();
		(raw.reviewLog[0] as unknown as Record<string, unknown>).extra = 1;
		raw.somethingElse = true;
		const read = parseBackup(text(raw));
		expect(read.ok).toBe(true);
		if (read.ok) {
			expect(read.backup).not.toHaveProperty('somethingElse');
			expect(read.backup.reviewLog[0]).not.toHaveProperty('extra');
		}
	});

	it('calls an empty, truncated or damaged file not JSON', () => {
		expectProblem(parseBackup(''), 'not-json', /empty/);
		expectProblem(parseBackup('   \n'), 'not-json');
		expectProblem(parseBackup('{"format":"dossier-progress",'), 'not-json');
		expectProblem(parseBackup('PK\u0003\u0004 zip bytes'), 'not-json');
		expectProblem(parseBackup('<!doctype html><html></html>'), 'not-json');
	});

	it('calls every truncation of a real backup not JSON', () => {
		const full = text(createBackup(input()));
		fc.assert(
			fc.property(fc.integer({ min: 1, max: full.length - 1 }), (cut) => {
				expectProblem(parseBackup(full.slice(0, cut)), 'not-json');
			})
		);
	});

	it('calls JSON that is not ours the wrong format', () => {
		for (const other of [
			[],
			[1, 2],
			'dossier-progress',
			42,
			null,
			{},
			{ format: 'anki' },
			{ format: 'Dossier-Progress', formatVersion: 1 },
			{ cardStates: [], reviewLog: [] }
		]) {
			expectProblem(parseBackup(JSON.stringify(other)), 'wrong-format');
		}
	});

	it('asks to update the app for a newer format version', () => {
		const raw = { ...data(), formatVersion: 2, reviewLog: 'a shape we do not know' };
		const result = parseBackup(text(raw));
		expectProblem(result, 'newer-version', /version 2/);
		if (!result.ok) expect(result.message).toMatch(/newer version of Dossier.*Update the app/);
	});

	const broken: [string, (raw: ReturnType<typeof data>) => void, RegExp][] = [
		[
			'a rating out of range',
			(r) => ((r.reviewLog[0] as { rating: number }).rating = 5),
			/^reviewLog\[0\]\.rating: must be 1, 2, 3 or 4/
		],
		[
			'a state out of range',
			(r) => ((r.cardStates[0] as { state: number }).state = 4),
			/^cardStates\[0\]\.state/
		],
		[
			'a number that is not finite (NaN is null in JSON)',
			(r) => ((r.cardStates[0] as { stability: unknown }).stability = null),
			/^cardStates\[0\]\.stability: must be a number/
		],
		[
			'a negative count',
			(r) => ((r.cardStates[1] as { lapses: number }).lapses = -1),
			/^cardStates\[1\]\.lapses: must not be negative/
		],
		[
			'a fractional time',
			(r) => ((r.reviewLog[1] as { reviewedAt: number }).reviewedAt = 1.5),
			/^reviewLog\[1\]\.reviewedAt/
		],
		[
			'an empty card id',
			(r) => ((r.cardStates[0] as { cardId: string }).cardId = ''),
			/^cardStates\[0\]\.cardId: must not be empty/
		],
		[
			'a review id that does not match',
			(r) => ((r.reviewLog[0] as { id: string }).id = 'other@1'),
			/^reviewLog\[0\]: id must be/
		],
		[
			'an unknown origin',
			(r) => ((r.reviewLog[0] as { origin: string }).origin = 'sync'),
			/^reviewLog\[0\]\.origin/
		],
		[
			'a duplicate card state',
			(r) => r.cardStates.push(r.cardStates[0]!),
			/^cardStates\[2\]\.cardId: duplicate/
		],
		[
			'a duplicate review',
			(r) => r.reviewLog.push(r.reviewLog[0]!),
			/^reviewLog\[2\]\.id: duplicate/
		],
		[
			'a duplicate quiz result',
			(r) => r.quizResults.push(r.quizResults[0]!),
			/^quizResults\[1\]\.id: duplicate/
		],
		[
			'a quiz answer that is not a boolean',
			(r) => ((r.quizResults[0]!.answers[0] as { correct: unknown }).correct = 'yes'),
			/^quizResults\[0\]\.answers\[0\]\.correct/
		],
		['missing settings', (r) => delete (r as Partial<Backup>).settings, /^settings: is missing/],
		[
			'a list that is an object',
			(r) => ((r as { reviewLog: unknown }).reviewLog = {}),
			/^reviewLog: must be a list/
		],
		[
			'a missing format version',
			(r) => delete (r as Partial<Backup>).formatVersion,
			/^formatVersion/
		],
		[
			'an older, unknown format version',
			(r) => ((r as { formatVersion: number }).formatVersion = 0),
			/^formatVersion: must be 1/
		],
		[
			'a bad export time',
			(r) => ((r as { exportedAt: string }).exportedAt = 'yesterday'),
			/^exportedAt: must be an ISO date/
		],
		['an empty app version', (r) => ((r as { appVersion: string }).appVersion = ''), /^appVersion/]
	];
	for (const [what, breakIt, detail] of broken) {
		it(`rejects ${what} as invalid, naming the path`, () => {
			const raw = data();
			breakIt(raw);
			expectProblem(parseBackup(text(raw)), 'invalid', detail);
		});
	}

	it('lists only the first few problems', () => {
		const raw = data();
		raw.reviewLog = Array.from({ length: 20 }, (_, i) => ({
			...review('a:flashcard:what', T0 + i),
			rating: 9 as 1
		}));
		const result = parseBackup(text(raw));
		expectProblem(result, 'invalid');
		if (!result.ok) {
			expect(result.details).toHaveLength(MAX_DETAILS + 1);
			expect(result.details?.at(-1)).toBe('… and 15 more');
		}
	});

	it('rejects any single corrupted review field', () => {
		const fields = ['rating', 'state', 'reviewedAt', 'stability', 'due', 'learning_steps'] as const;
		const junk = [null, 'x', -1, Number.POSITIVE_INFINITY /* null in JSON */, 99, 0.5, true, {}];
		fc.assert(
			fc.property(
				fc.constantFrom(...fields),
				fc.constantFrom(...junk),
				fc.nat(1),
				(field, value, index) => {
					const raw = data();
					const r = raw.reviewLog[index] as unknown as Record<string, unknown>;
					r[field] = value;
					const result = parseBackup(text(raw));
					// The oracle: a few values are fine for some fields (99 days of stability).
					const valid =
						typeof value === 'number' &&
						Number.isFinite(value) &&
						value >= 0 &&
						(field === 'stability' || Number.isInteger(value)) &&
						(field === 'stability' || field === 'due' || field === 'learning_steps');
					expect(result.ok).toBe(valid);
					if (!result.ok) expect(result.reason).toBe('invalid');
				}
			)
		);
	});
});

describe('export, then import', () => {
	it('importing a backup twice changes nothing the second time', () => {
		const backup = createBackup(input());
		const read = parseBackup(text(backup));
		if (!read.ok) throw new Error(read.message);
		const empty = { cardStates: [], reviewLog: [], quizResults: [] };
		const first = mergeProgress(empty, read.backup);
		expect(first.summary).toMatchObject({ reviewsAdded: 2, cardsAdded: 2, quizResultsAdded: 1 });
		const second = mergeProgress(first, read.backup);
		expect(second.summary).toEqual({
			reviewsAdded: 0,
			cardsAdded: 0,
			cardsUpdated: 0,
			cardsNotInDeck: 0,
			quizResultsAdded: 0,
			settingsRestored: false
		});
	});
});
