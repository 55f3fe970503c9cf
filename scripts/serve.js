/**
 * Serves the static production build in `build/` (what adapter-static writes):
 * clean URLs (/study → study.html), correct types, no caching of the service
 * worker script so updates are found, and the app's "Page not found" page
 * (404.html) with a 404 status for an address that is no page. Prints the
 * local URL.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolve(process.env.DOSSIER_BUILD_DIR ?? 'build');
const PORT = Number(process.env.PORT ?? 4173);
const HOST = process.env.HOST ?? 'localhost';
// Tests only: a cookie makes /sw.js differ, the way a new release would.
const TEST_HOOKS = process.env.DOSSIER_TEST_HOOKS === '1';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

if (!existsSync(join(ROOT, 'index.html'))) {
	console.error(`No build found in ${ROOT}: run \`npm run build\` first.`);
	process.exit(1);
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);
/**
 * Compressed bodies, made once per content and encoding. Keyed by a hash of
 * the content, not the file: a rebuild while serving rewrites the HTML, often
 * at the same length, and a stale compressed page would point at deleted chunks.
 */
const compressed = new Map();

function encode(body, encoding) {
	const key = `${encoding}\0${createHash('sha1').update(body).digest('base64')}`;
	if (!compressed.has(key)) {
		compressed.set(
			key,
			encoding === 'br'
				? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
				: gzipSync(body, { level: 9 })
		);
	}
	return compressed.get(key);
}

/** Sends a body, compressed when the browser accepts it and the type is text. */
function send(req, res, status, headers, body, file) {
	const accepts = String(req.headers['accept-encoding'] ?? '');
	const encoding = !COMPRESSIBLE.has(extname(file))
		? null
		: /\bbr\b/.test(accepts)
			? 'br'
			: /\bgzip\b/.test(accepts)
				? 'gzip'
				: null;
	const out = encoding ? encode(body, encoding) : body;
	res.writeHead(status, {
		...headers,
		...(encoding ? { 'content-encoding': encoding } : {}),
		vary: 'accept-encoding',
		'content-length': out.length
	});
	res.end(req.method === 'HEAD' ? undefined : out);
}

function resolveFile(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null; // "/%E0": no file has that name (and the server must not stop over it)
	}
	const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
	const base = join(ROOT, safe);
	if (!base.startsWith(ROOT)) return null;
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
	// "/study/" is the page "/study" (trailingSlash 'never'), as the app's router has it.
	if (url.pathname.length > 1 && url.pathname.endsWith('/')) {
		const bare = url.pathname.replace(/\/+$/, '') || '/';
		if (resolveFile(bare)) {
			res.writeHead(308, { location: `${bare}${url.search}` });
			res.end();
			return;
		}
	}
	const file = resolveFile(url.pathname);
	if (!file) {
		// A page that does not exist gets the app's "Page not found" (404.html, the adapter's
		// fallback shell); a missing script or picture a short text.
		const page = join(ROOT, '404.html');
		if (/text\/html/.test(String(req.headers.accept ?? '')) && existsSync(page)) {
			const headers = { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' };
			send(req, res, 404, headers, readFileSync(page), page);
			return;
		}
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Not found');
		return;
	}
	const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
	if (url.pathname.startsWith('/_app/immutable/')) {
		headers['cache-control'] = 'public, max-age=31536000, immutable';
	} else {
		headers['cache-control'] = 'no-cache';
	}
	let body = readFileSync(file);
	if (TEST_HOOKS && url.pathname === '/sw.js') {
		const variant = /(?:^|;\s*)sw-variant=(\w+)/.exec(req.headers.cookie ?? '')?.[1];
		if (variant) body = Buffer.from(body.toString('utf8') + `\n// test release ${variant}\n`);
	}
	send(req, res, 200, headers, body, file);
});

server.listen(PORT, HOST, () => {
	console.log(`Dossier is running at http://${HOST}:${PORT}/`);
});
