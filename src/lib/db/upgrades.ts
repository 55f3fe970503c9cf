/**
 * Numbered upgrade steps. A step may add stores and indexes, or move records to
 * a new shape, but never drops a learner's data: a move copies every record
 * (corrupt ones included) in the same upgrade transaction, so it happens whole
 * or not at all. Step N runs when the database is older than N.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { groupByDay } from './review-days';
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
