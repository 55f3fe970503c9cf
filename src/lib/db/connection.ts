/**
 * The one lazily opened connection. Upgrade steps are numbered and only ever
 * add: a later version must never drop a learner's data.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type DossierDB } from './schema';

export type StorageEvent = 'versionchange' | 'blocked';
type Listener = (event: StorageEvent) => void;

let connection: Promise<IDBPDatabase<DossierDB>> | null = null;
const listeners = new Set<Listener>();

/** Subscribe to events the UI must show (another tab upgrading the database). */
export function onStorageEvent(listener: Listener): () => void {
	listeners.add(listener);
	return () => listeners.delete(listener);
}

function emit(event: StorageEvent) {
	for (const listener of listeners) listener(event);
}

export class StorageUnavailableError extends Error {
	constructor(cause?: unknown) {
		super('IndexedDB is not available in this browser session.', { cause });
		this.name = 'StorageUnavailableError';
	}
}

export function db(): Promise<IDBPDatabase<DossierDB>> {
	if (connection) return connection;
	if (typeof indexedDB === 'undefined' || indexedDB === null) {
		return Promise.reject(new StorageUnavailableError());
	}
	connection = openDB<DossierDB>(DB_NAME, DB_VERSION, {
		upgrade(database, oldVersion) {
			if (oldVersion < 1) {
				const cards = database.createObjectStore('cardStates', { keyPath: 'cardId' });
				cards.createIndex('byDue', 'due');
				const log = database.createObjectStore('reviewLog', { keyPath: 'id' });
				log.createIndex('byTime', 'reviewedAt');
				log.createIndex('byCard', 'cardId');
				const quizzes = database.createObjectStore('quizResults', { keyPath: 'id' });
				quizzes.createIndex('byFinishedAt', 'finishedAt');
				database.createObjectStore('settings', { keyPath: 'key' });
			}
		},
		blocked() {
			emit('blocked');
		},
		blocking() {
			// Another tab wants a newer version: step aside instead of blocking it.
			void closeDb();
			emit('versionchange');
		},
		terminated() {
			connection = null;
		}
	}).catch((error: unknown) => {
		connection = null;
		throw new StorageUnavailableError(error);
	});
	return connection;
}

export async function closeDb(): Promise<void> {
	const pending = connection;
	connection = null;
	if (pending) (await pending.catch(() => null))?.close();
}
