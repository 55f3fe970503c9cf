/**
 * Numbered upgrade steps. A step may add stores and indexes, or move records to
 * a new shape, but never drops a learner's data: a move copies every record
 * (corrupt ones included) in the same upgrade transaction, so it happens whole
 * or not at all. Step N runs when the database is older than N.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { CARD_ID_MOVES, movedCardState, movedReview } from '$lib/core/progress/card-id-moves';
import { reviewedLater } from '$lib/core/progress/records';
import { fileReviews, groupByDay, type ReviewDayRecord } from './review-days';
import type { DossierDB, ReviewLogRecord } from './schema';

/** Every store any version has had: the steps that made and retired them must still type-check. */
interface AnyVersionDB extends DossierDB {
	/** Versions 1-2: one record per review, keyed `${cardId}@${reviewedAt}`. */
	reviewLog: {
		key: string;
		value: ReviewLogRecord;
		indexes: { byTime: number; byCard: string };
	};
}

type UpgradeDB = IDBPDatabase<AnyVersionDB>;
type UpgradeTransaction = IDBPTransaction<
	AnyVersionDB,
	StoreNames<AnyVersionDB>[],
	'versionchange'
>;
type Upgrade = (db: UpgradeDB, tx: UpgradeTransaction) => void | Promise<void>;

export const UPGRADES: Record<number, Upgrade> = {
	1(db) {
		const cards = db.createObjectStore('cardStates', { keyPath: 'cardId' });
		cards.createIndex('byDue', 'due');
		const log = db.createObjectStore('reviewLog', { keyPath: 'id' });
		log.createIndex('byTime', 'reviewedAt');
		log.createIndex('byCard', 'cardId');
		const quizzes = db.createObjectStore('quizResults', { keyPath: 'id' });
		quizzes.createIndex('byFinishedAt', 'finishedAt');
		db.createObjectStore('settings', { keyPath: 'key' });
	},
	2(db, tx) {
		tx.objectStore('cardStates').createIndex('byState', 'state');
		db.createObjectStore('meta', { keyPath: 'key' });
	},
	async 3(db, tx) {
		const days = db.createObjectStore('reviewDays', { keyPath: 'day' });
		// Only requests of this transaction are awaited, so it stays active throughout.
		const log = await tx.objectStore('reviewLog').getAll();
		await Promise.all([
			...[...groupByDay(log)].map(([day, reviews]) => days.put({ day, reviews })),
			tx.objectStore('meta').put({ key: 'reviewCount', value: log.length })
		]);
		db.deleteObjectStore('reviewLog');
	},
	async 4(_db, tx) {
		// Cards whose id changed (CARD_ID_MOVES): their state and reviews move to the new id.
		const states = tx.objectStore('cardStates');
		const writes: Promise<unknown>[] = [];
		for (const [from, to] of CARD_ID_MOVES) {
			const [old, current] = await Promise.all([states.get(from), states.get(to)]);
			if (old === undefined) continue;
			// Both ids may hold a state (an import between versions): the later review wins.
			if (!current || reviewedLater(old, current)) writes.push(states.put(movedCardState(old)));
			writes.push(states.delete(from));
		}
		const days = tx.objectStore('reviewDays');
		let merged = 0;
		for (const day of await days.getAll()) {
			const reviews = (day as Partial<ReviewDayRecord>).reviews;
			if (!Array.isArray(reviews)) continue; // unreadable: kept as it is
			if (!reviews.some((r) => CARD_ID_MOVES.has(r?.cardId))) continue;
			// Re-filed, so the day stays in order and a review under both ids is kept once.
			const kept = reviews.filter((r) => !CARD_ID_MOVES.has(r?.cardId));
			const moved = reviews.filter((r) => CARD_ID_MOVES.has(r?.cardId)).map(movedReview);
			const filed = fileReviews(kept, moved);
			merged += moved.length - filed.added;
			writes.push(days.put({ ...day, reviews: filed.reviews }));
		}
		// Reviews kept once are one fewer each: forget the count, `countReviews` recounts it.
		if (merged > 0) writes.push(tx.objectStore('meta').delete('reviewCount'));
		await Promise.all(writes);
	}
};

/** Runs the steps from `oldVersion` to `newVersion` in order, each after the last has finished. */
export async function runUpgrades(
	db: IDBPDatabase<DossierDB>,
	oldVersion: number,
	newVersion: number,
	tx: IDBPTransaction<DossierDB, StoreNames<DossierDB>[], 'versionchange'>
): Promise<void> {
	for (let version = oldVersion + 1; version <= newVersion; version++) {
		await UPGRADES[version]?.(db as unknown as UpgradeDB, tx as unknown as UpgradeTransaction);
	}
}
