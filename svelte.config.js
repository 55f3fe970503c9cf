import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Every page is prerendered; 404.html is the empty shell that renders "Page not found"
		// (src/routes/+error.svelte) for an address that is no page: the server sends it with a 404,
		// the service worker for any navigation it has no precached page for.
		adapter: adapter({ fallback: '404.html', strict: true }),
		alias: { $content: 'content' },
		typescript: {
			config(tsconfig) {
				tsconfig.include.push(
					'../content/**/*.ts',
					'../scripts/**/*.ts',
					'../playwright.config.ts'
				);
			}
		},
		// Fact anchors (/facts#id) exist once the list renders in the browser, not in the HTML.
		prerender: { handleHttpError: 'fail', handleMissingId: 'ignore' },
		serviceWorker: { register: false },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes style attributes during hydration; scripts stay strict.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'manifest-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
