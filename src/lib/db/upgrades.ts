/**
 * Numbered upgrade steps. Each only adds stores or indexes: a later version
 * must never drop a learner's data. Step N runs when the database is older than N.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { DossierDB } from './schema';

type Upgrade = (
	db: IDBPDatabase<DossierDB>,
	tx: IDBPTransaction<DossierDB, StoreNames<DossierDB>[], 'versionchange'>
) => void;

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
	}
};

export function runUpgrades(
	db: IDBPDatabase<DossierDB>,
	oldVersion: number,
	newVersion: number,
	tx: IDBPTransaction<DossierDB, StoreNames<DossierDB>[], 'versionchange'>
) {
	for (let version = oldVersion + 1; version <= newVersion; version++) UPGRADES[version]?.(db, tx);
}
