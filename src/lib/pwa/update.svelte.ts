/**
 * Service-worker registration with a prompt: a waiting version is announced
 * and only activated when the learner asks, so a page never reloads mid-answer.
 */
import { registerSW } from 'virtual:pwa-register';

class PwaUpdate {
	needRefresh = $state(false);
	offlineReady = $state(false);
	#update: ((reload?: boolean) => Promise<void>) | null = null;

	start() {
		if (this.#update || !('serviceWorker' in navigator)) return;
		this.#update = registerSW({
			immediate: true,
			onNeedRefresh: () => {
				this.needRefresh = true;
			},
			onOfflineReady: () => {
				this.offlineReady = true;
			}
		});
	}

	async reload() {
		this.needRefresh = false;
		// Reload once the waiting worker has taken over, whoever triggered the update.
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		await this.#update?.(true);
	}

	dismiss() {
		this.needRefresh = false;
	}
}

export const pwaUpdate = new PwaUpdate();
