/**
 * Every write of progress goes through here. A write that fails (quota full,
 * database gone) is kept in memory and retried, and the learner is told; the
 * answer itself is never dropped.
 */
class Saver {
	/** Writes waiting for a retry. */
	pending = $state(0);
	/** Non-technical description of the last failure, or null when all is saved. */
	problem = $state<string | null>(null);
	#queue: Array<() => Promise<void>> = [];
	#timer: ReturnType<typeof setTimeout> | null = null;

	/** Runs a write now; on failure keeps it for a retry. Resolves true when saved. */
	async save(write: () => Promise<void>): Promise<boolean> {
		try {
			await write();
			return true;
		} catch (error) {
			this.#keep(write, error);
			return false;
		}
	}

	#keep(write: () => Promise<void>, error: unknown) {
		this.#queue.push(write);
		this.pending = this.#queue.length;
		this.problem = describe(error);
		this.#schedule();
	}

	#schedule() {
		if (this.#timer || this.#queue.length === 0) return;
		this.#timer = setTimeout(() => {
			this.#timer = null;
			void this.retry();
		}, 5_000);
	}

	async retry(): Promise<void> {
		const queue = this.#queue;
		this.#queue = [];
		for (const [i, write] of queue.entries()) {
			try {
				await write();
			} catch (error) {
				this.#queue.push(...queue.slice(i));
				this.problem = describe(error);
				break;
			}
		}
		this.pending = this.#queue.length;
		if (this.#queue.length === 0) this.problem = null;
		else this.#schedule();
	}
}

function describe(error: unknown): string {
	const name = error instanceof Error ? error.name : '';
	const cause = error instanceof Error && error.cause instanceof Error ? error.cause.name : '';
	if (name === 'QuotaExceededError' || cause === 'QuotaExceededError') {
		return 'Your device is out of storage space, so your latest answers are kept in memory for now. Free some space; Dossier keeps retrying.';
	}
	if (name === 'StorageUnavailableError') {
		return 'This browser is not letting Dossier save, so progress is kept only until you close this tab.';
	}
	return 'Your latest answers could not be saved yet. They are kept in memory and Dossier keeps retrying.';
}

export const saver = new Saver();
