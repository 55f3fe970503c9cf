import { backend } from './backend';

/** Whether progress is being kept in IndexedDB or only in memory for this session. */
export async function storageKind(): Promise<'indexeddb' | 'memory'> {
	return (await backend()).kind;
}
