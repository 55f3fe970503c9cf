/**
 * The one lazily opened connection. When IndexedDB is missing or refuses to
 * open (some private modes), the app keeps working on an in-memory store for
 * the session and says so.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, type DossierDB } from './schema';
import { runUpgrades } from './upgrades';

export type StorageEvent =
	| { type: 'versionchange' }
	| { type: 'blocked' }
	| { type: 'unavailable' }
	| { type: 'skipped'; store: string; count: number };
type Listener = (event: StorageEvent) => void;

let connection: Promise<IDBPDatabase<DossierDB>> | null = null;
const listeners = new Set<Listener>();
/** Events raised before anyone listened (the banner mounts after the first read). */
const history: StorageEvent[] = [];

/** Subscribe to what the UI must show; past events are replayed to a new listener. */
export function onStorageEvent(listener: Listener): () => void {
	listeners.add(listener);
	for (const event of history) listener(event);
	return () => listeners.delete(listener);
}

export function emit(event: StorageEvent) {
	history.push(event);
	for (const listener of listeners) listener(event);
}

export class StorageUnavailableError extends Error {
	constructor(cause?: unknown) {
		super('IndexedDB is not available in this browser session.', { cause });
		this.name = 'StorageUnavailableError';
	}
}

export function openConnection(): Promise<IDBPDatabase<DossierDB>> {
	if (connection) return connection;
	if (typeof indexedDB === 'undefined' || indexedDB === null) {
		return Promise.reject(new StorageUnavailableError());
	}
	connection = openDB<DossierDB>(DB_NAME, DB_VERSION, {
		upgrade(database, oldVersion, newVersion, transaction) {
			// A step that fails undoes the whole upgrade: the database stays as it was.
			transaction.done.catch(() => undefined);
			runUpgrades(database, oldVersion, newVersion ?? DB_VERSION, transaction).catch(() => {
				try {
					transaction.abort();
				} catch {
					// Already aborted by the failed request.
				}
			});
		},
		blocked() {
			emit({ type: 'blocked' });
		},
		blocking() {
			// Another tab wants a newer version: step aside instead of blocking it.
			void closeDb();
			emit({ type: 'versionchange' });
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
