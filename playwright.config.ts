import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** CHROMIUM_PATH if set, else Debian's Chromium, else Playwright's own download. */
function chromiumExecutable(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

const PORT = Number(process.env.DOSSIER_TEST_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	timeout: 30_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://localhost:${PORT}`,
		serviceWorkers: 'allow',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumExecutable(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				// A fake camera (a test picture) that needs no permission prompt: for scanning QR codes.
				'--use-fake-device-for-media-stream',
				'--use-fake-ui-for-media-stream'
			]
		}
	},
	projects: [
		{ name: 'mobile', use: { ...devices['Pixel 7'], viewport: { width: 360, height: 780 } } }
	],
	webServer: {
		command: 'node scripts/serve.js',
		env: { PORT: String(PORT), DOSSIER_TEST_HOOKS: '1' },
		url: `http://localhost:${PORT}`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
