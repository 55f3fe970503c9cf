/**
 * Measures the production build in `build/`: gzipped JS per route (from the
 * modulepreload links of each prerendered page), the app shell every page
 * loads (plus the service worker and Workbox runtime), and the precache.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD_DIR = 'build';

const gzipCache = new Map<string, number>();
export function gzipSize(file: string): number {
	if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
	return gzipCache.get(file)!;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

function pageRoute(file: string): string {
	const rel = relative(BUILD_DIR, file).replace(/\\/g, '/');
	if (rel === 'index.html') return '/';
	return '/' + rel.replace(/(\/index)?\.html$/, '');
}

/** JS files a page loads at start: its modulepreloads and the entry imports. */
function scriptsOf(html: string): Set<string> {
	const found = new Set<string>();
	for (const match of html.matchAll(/(?:href|import\()\s*=?\s*["']([^"']+\.js)["']/g)) {
		const url = match[1]!;
		if (url.startsWith('http')) continue;
		found.add(url.replace(/^\.?\//, '').replace(/^(\.\.\/)+/, ''));
	}
	return found;
}

/** Files a module imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(file: string): string[] {
	const code = readFileSync(file, 'utf8');
	const found: string[] = [];
	for (const match of code.matchAll(
		/(?:^|[;\s}])import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+\.js)["']/g
	)) {
		found.push(join(file, '..', match[1]!));
	}
	for (const match of code.matchAll(
		/(?:^|[;\s}])export\s*[{*][^;]*?from\s*["']([^"']+\.js)["']/g
	)) {
		found.push(join(file, '..', match[1]!));
	}
	return found;
}

/**
 * The app shell: the framework entry and the root layout, with everything they
 * import statically — what every page runs before its own code — plus the
 * service worker and its Workbox runtime.
 */
function appShell(files: string[]): string[] {
	const roots = files.filter((f) =>
		/_app\/immutable\/(entry\/(start|app)\.|nodes\/0\.)[\w-]+\.js$/.test(f.replace(/\\/g, '/'))
	);
	const seen = new Set<string>();
	const stack = [...roots];
	while (stack.length) {
		const file = stack.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		stack.push(...staticImports(file));
	}
	return [...seen];
}

export function buildStats() {
	if (!existsSync(BUILD_DIR)) throw new Error('No build/ directory: run `npm run build` first.');
	const files = walk(BUILD_DIR);
	const pages = files.filter((f) => f.endsWith('.html'));
	const routes: Record<string, { files: number; gzip: number }> = {};
	let shell: string[] | null = null;
	for (const page of pages) {
		const scripts = [...scriptsOf(readFileSync(page, 'utf8'))].filter((s) =>
			existsSync(join(BUILD_DIR, s))
		);
		const gz = scripts.reduce((sum, s) => sum + gzipSize(join(BUILD_DIR, s)), 0);
		routes[pageRoute(page)] = { files: scripts.length, gzip: gz };
		shell = shell === null ? scripts : scripts.filter((s) => shell!.includes(s));
	}
	const swFiles = files.filter((f) => /(^|\/)(sw|workbox-[\w-]+)\.js$/.test(f.replace(/\\/g, '/')));
	const shellScripts = appShell(files);
	const commonToAllPages = (shell ?? []).map((s) => join(BUILD_DIR, s));
	const shellPageJs = shellScripts.reduce((sum, f) => sum + gzipSize(f), 0);
	const swJs = swFiles.reduce((sum, f) => sum + gzipSize(f), 0);

	const allJs = files.filter((f) => f.endsWith('.js'));
	const totalJsGzip = allJs.reduce((sum, f) => sum + gzipSize(f), 0);

	const sw = readFileSync(join(BUILD_DIR, 'sw.js'), 'utf8');
	const precacheUrls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
	let precacheBytes = 0;
	let precacheGzip = 0;
	const missing: string[] = [];
	for (const url of precacheUrls) {
		const clean = url === '/' ? 'index.html' : url.replace(/^\//, '');
		const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
		const found = candidates
			.map((c) => join(BUILD_DIR, c))
			.find((c) => existsSync(c) && statSync(c).isFile());
		if (!found) {
			missing.push(url);
			continue;
		}
		precacheBytes += statSync(found).size;
		precacheGzip += gzipSize(found);
	}
	return {
		routes,
		appShell: {
			files: shellScripts.length,
			pageJsGzip: shellPageJs,
			serviceWorkerGzip: swJs,
			totalGzip: shellPageJs + swJs
		},
		/** What literally every page loads (the shell plus shared content such as the facts). */
		commonToAllPagesGzip: commonToAllPages.reduce((sum, f) => sum + gzipSize(f), 0),
		totalJsGzip,
		precache: { entries: precacheUrls.length, bytes: precacheBytes, gzip: precacheGzip, missing }
	};
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
