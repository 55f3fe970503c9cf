/**
 * A module and its imports as one minified script that sets
 * `globalThis[name]` to its exports: how the in-browser engine benchmarks
 * load the engine into a blank page (built by Vite, as the app's own code is).
 */
import { build, type Rolldown } from 'vite';

export async function bundleIife(entry: string, name: string): Promise<string> {
	const output = (await build({
		configFile: false,
		logLevel: 'silent',
		build: {
			write: false,
			minify: true,
			lib: { entry, formats: ['iife'], name, fileName: name }
		}
	})) as Rolldown.RolldownOutput[];
	const chunk = output[0]?.output.find((o) => o.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error(`Vite produced no bundle for ${entry}`);
	return chunk.code;
}
