/**
 * The progress backup file: a JSON object with a format name and version, the
 * app and fact-base versions, every card state, the full review log, the quiz
 * results and the settings.
 *
 * `parseBackup` checks a file completely before anything can be written: it
 * tells a file that is not JSON (truncated, damaged), JSON that is not ours,
 * a file from a newer Dossier and a file with invalid records apart, each with
 * a plain message that says nothing was changed.
 */
import * as v from 'valibot';
import type { CardStateRecord, QuizResultRecord, ReviewLogRecord, Settings } from './records';
import { reviewId } from './records';
import { localDayKey } from './stats';
import { compareQuizResults, compareReviews, compareStates, sortIfNeeded } from './order';

export const BACKUP_FORMAT = 'dossier-progress';
export const BACKUP_FORMAT_VERSION = 1;
/** At most this many problems are listed in `details`. */
export const MAX_DETAILS = 5;

// ─── Field schemas ─────────────────────────────────────────────────────────

const Text = v.string('must be text');
const NonEmpty = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const Finite = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
const NonNegative = v.pipe(Finite, v.minValue(0, 'must not be negative'));
/**
 * Day counts ts-fsrs derives from the device clock: negative when the clock
 * was set back between two reviews, so any finite number is accepted (a
 * backup must never be refused for what the app itself wrote).
 */
const Days = Finite;
const Count = v.pipe(
	v.number('must be a number'),
	v.safeInteger('must be a whole number'),
	v.minValue(0, 'must not be negative')
);
/** Epoch milliseconds. */
const Time = v.pipe(
	v.number('must be a time (a number)'),
	v.safeInteger('must be a time in whole milliseconds'),
	v.minValue(0, 'must not be before 1970')
);
const State = v.picklist(
	[0, 1, 2, 3] as const,
	'must be 0, 1, 2 or 3 (New, Learning, Review, Relearning)'
);
const Rating = v.picklist([1, 2, 3, 4] as const, 'must be 1, 2, 3 or 4 (Again, Hard, Good, Easy)');
const Origin = v.picklist(['study', 'quiz'] as const, 'must be "study" or "quiz"');

export const CardStateSchema = v.object(
	{
		cardId: NonEmpty,
		due: Time,
		stability: NonNegative,
		difficulty: Finite,
		elapsed_days: Days,
		scheduled_days: Days,
		learning_steps: Count,
		reps: Count,
		lapses: Count,
		state: State,
		last_review: v.optional(Time)
	},
	'must be a card state'
);

export const ReviewLogSchema = v.pipe(
	v.object(
		{
			id: NonEmpty,
			cardId: NonEmpty,
			rating: Rating,
			reviewedAt: Time,
			origin: Origin,
			state: State,
			due: Time,
			stability: NonNegative,
			difficulty: Finite,
			elapsed_days: Days,
			last_elapsed_days: Days,
			scheduled_days: Days,
			learning_steps: Count
		},
		'must be a review'
	),
	v.check(
		(r) => r.id === reviewId(r.cardId, r.reviewedAt),
		'id must be the card id and review time joined by "@"'
	)
);

export const QuizResultSchema = v.object(
	{
		id: NonEmpty,
		startedAt: Time,
		finishedAt: Time,
		settings: v.object(
			{
				topics: v.array(Text, 'must be a list'),
				types: v.array(Text, 'must be a list'),
				count: Count,
				seed: Finite,
				code: v.optional(Text)
			},
			'must be the quiz settings'
		),
		score: NonNegative,
		total: Count,
		retryOf: v.optional(NonEmpty),
		answers: v.array(
			v.object(
				{
					questionId: NonEmpty,
					factIds: v.array(Text, 'must be a list'),
					correct: v.boolean('must be true or false'),
					given: Text,
					prompt: v.optional(Text),
					expected: v.optional(Text)
				},
				'must be an answer'
			),
			'must be a list'
		)
	},
	'must be a quiz result'
);

export const SettingsSchema = v.object(
	{
		dailyNewLimit: NonNegative,
		introDismissed: v.boolean('must be true or false'),
		persistenceRequested: v.boolean('must be true or false'),
		quizInProgress: v.unknown()
	},
	'must be the settings'
);

/** A list whose items' `key` values are all different. */
function uniqueBy<T, K extends keyof T & string>(key: K) {
	return v.rawCheck<T[]>(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const list = dataset.value;
		const seen = new Set<unknown>();
		for (let i = 0; i < list.length; i++) {
			const item = list[i]!;
			const value = item[key];
			if (seen.has(value)) {
				addIssue({
					message: `duplicate ${key} ${JSON.stringify(value)}`,
					path: [
						{ type: 'array', origin: 'value', input: list, key: i, value: item },
						{
							type: 'object',
							origin: 'value',
							input: item as Record<string, unknown>,
							key,
							value
						}
					]
				});
				return;
			}
			seen.add(value);
		}
	});
}

export const BackupSchema = v.object(
	{
		format: v.literal(BACKUP_FORMAT),
		formatVersion: v.literal(BACKUP_FORMAT_VERSION, `must be ${BACKUP_FORMAT_VERSION}`),
		appVersion: NonEmpty,
		factBaseVersion: Count,
		exportedAt: v.pipe(Text, v.isoTimestamp('must be an ISO date and time')),
		cardStates: v.pipe(v.array(CardStateSchema, 'must be a list'), uniqueBy('cardId')),
		reviewLog: v.pipe(v.array(ReviewLogSchema, 'must be a list'), uniqueBy('id')),
		quizResults: v.pipe(v.array(QuizResultSchema, 'must be a list'), uniqueBy('id')),
		settings: SettingsSchema
	},
	'must be an object'
);

export type Backup = v.InferOutput<typeof BackupSchema>;

// ─── Creating ──────────────────────────────────────────────────────────────

export interface BackupInput {
	/** The app's version (package.json). */
	appVersion: string;
	/** The fact base's `version`. */
	factBaseVersion: number;
	/** Epoch ms: becomes `exportedAt`. */
	now: number;
	cardStates: readonly CardStateRecord[];
	reviewLog: readonly ReviewLogRecord[];
	quizResults: readonly QuizResultRecord[];
	settings: Settings;
}

function copyState(s: CardStateRecord): CardStateRecord {
	const out: CardStateRecord = {
		cardId: s.cardId,
		due: s.due,
		stability: s.stability,
		difficulty: s.difficulty,
		elapsed_days: s.elapsed_days,
		scheduled_days: s.scheduled_days,
		learning_steps: s.learning_steps,
		reps: s.reps,
		lapses: s.lapses,
		state: s.state
	};
	if (s.last_review !== undefined) out.last_review = s.last_review;
	return out;
}

function copyReview(r: ReviewLogRecord): ReviewLogRecord {
	return {
		id: r.id,
		cardId: r.cardId,
		rating: r.rating,
		reviewedAt: r.reviewedAt,
		origin: r.origin,
		state: r.state,
		due: r.due,
		stability: r.stability,
		difficulty: r.difficulty,
		elapsed_days: r.elapsed_days,
		last_elapsed_days: r.last_elapsed_days,
		scheduled_days: r.scheduled_days,
		learning_steps: r.learning_steps
	};
}

function copyQuiz(q: QuizResultRecord): QuizResultRecord {
	const settings: QuizResultRecord['settings'] = {
		topics: [...q.settings.topics],
		types: [...q.settings.types],
		count: q.settings.count,
		seed: q.settings.seed
	};
	if (q.settings.code !== undefined) settings.code = q.settings.code;
	return {
		id: q.id,
		startedAt: q.startedAt,
		finishedAt: q.finishedAt,
		settings,
		score: q.score,
		total: q.total,
		...(q.retryOf !== undefined ? { retryOf: q.retryOf } : {}),
		answers: q.answers.map((a) => ({
			questionId: a.questionId,
			factIds: [...a.factIds],
			correct: a.correct,
			given: a.given,
			...(a.prompt !== undefined ? { prompt: a.prompt } : {}),
			...(a.expected !== undefined ? { expected: a.expected } : {})
		}))
	};
}

/**
 * The backup of everything the learner has: plain copies of the records (no
 * extra fields), card states by id, reviews and quiz results in time order.
 */
export function createBackup(input: BackupInput): Backup {
	if (!Number.isFinite(input.now)) throw new RangeError('now must be a finite epoch time');
	const settings: Settings = {
		dailyNewLimit: input.settings.dailyNewLimit,
		introDismissed: input.settings.introDismissed,
		persistenceRequested: input.settings.persistenceRequested,
		quizInProgress: input.settings.quizInProgress ?? null
	};
	return {
		format: BACKUP_FORMAT,
		formatVersion: BACKUP_FORMAT_VERSION,
		appVersion: input.appVersion,
		factBaseVersion: input.factBaseVersion,
		exportedAt: new Date(input.now).toISOString(),
		cardStates: sortIfNeeded(input.cardStates.map(copyState), compareStates),
		reviewLog: sortIfNeeded(input.reviewLog.map(copyReview), compareReviews),
		quizResults: sortIfNeeded(input.quizResults.map(copyQuiz), compareQuizResults),
		settings
	};
}

/** `dossier-progress-YYYY-MM-DD.json`, dated in local time. */
export function backupFileName(now: number, tzOffsetMinutes: number): string {
	return `dossier-progress-${localDayKey(now, tzOffsetMinutes)}.json`;
}

// ─── Reading ───────────────────────────────────────────────────────────────

export type BackupProblem = 'not-json' | 'wrong-format' | 'newer-version' | 'invalid';

export type ParseBackupResult =
	| { ok: true; backup: Backup }
	| { ok: false; reason: BackupProblem; message: string; details?: string[] };

export const BACKUP_MESSAGES: Record<BackupProblem, string> = {
	'not-json':
		'This file could not be read: it is not a Dossier backup, or it is damaged or incomplete. Nothing was changed.',
	'wrong-format': 'This file is not a Dossier progress backup. Nothing was changed.',
	'newer-version':
		'This backup was made by a newer version of Dossier. Update the app, then import it again. Nothing was changed.',
	invalid:
		'This backup is damaged: some of its records are not valid, so none were imported. Nothing was changed.'
};

function fail(reason: BackupProblem, details?: string[]): ParseBackupResult {
	return details && details.length > 0
		? { ok: false, reason, message: BACKUP_MESSAGES[reason], details }
		: { ok: false, reason, message: BACKUP_MESSAGES[reason] };
}

/** `reviewLog[3].rating`, from an issue's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
	let out = '';
	for (const item of issue.path ?? []) {
		const key = item.key;
		if (typeof key === 'number') out += `[${key}]`;
		else out += out === '' ? String(key) : `.${String(key)}`;
	}
	return out;
}

function describe(issue: v.BaseIssue<unknown>): string {
	const path = pathOf(issue);
	const message = issue.received === 'undefined' ? 'is missing' : issue.message;
	return path ? `${path}: ${message}` : message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a backup file's text. Nothing is trusted until the whole file has
 * passed `BackupSchema`; only then is `ok` true.
 */
export function parseBackup(text: string): ParseBackupResult {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	if (body.trim() === '') return fail('not-json', ['the file is empty']);
	let data: unknown;
	try {
		data = JSON.parse(body);
	} catch {
		// The parser's own words ("Unexpected token 'h'…") tell a learner nothing the message does not.
		return fail('not-json');
	}
	if (!isRecord(data) || data.format !== BACKUP_FORMAT) return fail('wrong-format');
	const version = data.formatVersion;
	if (typeof version === 'number' && version > BACKUP_FORMAT_VERSION) {
		return fail('newer-version', [
			`format version ${version}; this app reads version ${BACKUP_FORMAT_VERSION}`
		]);
	}
	const result = v.safeParse(BackupSchema, data);
	if (!result.success) {
		const issues = result.issues;
		const details = issues.slice(0, MAX_DETAILS).map(describe);
		if (issues.length > MAX_DETAILS) details.push(`… and ${issues.length - MAX_DETAILS} more`);
		return fail('invalid', details);
	}
	return { ok: true, backup: result.output };
}
