/** Shared by the in-browser benchmarks: the production server, Chromium's path, medians. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** CHROMIUM_PATH, else Debian's Chromium, else (undefined) Playwright's own browser. */
export function chromiumPath(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Starts `scripts/serve.js` on `port` and resolves once it is listening. */
export async function startServer(port: number): Promise<ChildProcess> {
	if (!existsSync('build/index.html')) throw new Error('No build: run `npm run build` first.');
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		server.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('running at')) resolve();
		});
		server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
	});
	return server;
}
