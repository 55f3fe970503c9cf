import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { factBasePlugin } from './content/vite-plugin.ts';

export const THEME_COLOR = '#0f4c5c';

export default defineConfig({
	plugins: [
		factBasePlugin(),
		sveltekit(),
		SvelteKitPWA({
			strategies: 'generateSW',
			// Absolute, so a first visit to a nested page (/class/check) registers /sw.js for the whole app.
			base: '/',
			scope: '/',
			// The app shows its own "New version — Reload" prompt; it never reloads by itself.
			registerType: 'prompt',
			injectRegister: false,
			manifestFilename: 'manifest.webmanifest',
			manifest: {
				id: '/',
				name: 'Dossier — study the Kerman bombings and IS-K',
				short_name: 'Dossier',
				description:
					'Flashcards and quizzes built from curated, cited facts in two news articles on the 2024 Kerman bombings and IS-K. Works offline.',
				lang: 'en',
				start_url: '/',
				scope: '/',
				display: 'standalone',
				orientation: 'any',
				theme_color: THEME_COLOR,
				background_color: '#f7f5f0',
				categories: ['education'],
				icons: [
					{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
					{ src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
					{
						src: '/icons/maskable-512.png',
						sizes: '512x512',
						type: 'image/png',
						purpose: 'maskable'
					}
				]
			},
			workbox: {
				globPatterns: [
					'client/**/*.{js,css,ico,png,svg,webp,webmanifest,json,txt}',
					'prerendered/**/*.{html,json}'
				],
				cleanupOutdatedCaches: true,
				// Precached pages answer their own navigations; any other address gets the
				// "Page not found" shell (never Home under a wrong URL), online or offline.
				navigateFallback: '404.html',
				// Pages are static: /facts?q=… and /quiz?code=… are the precached page, read in the browser.
				ignoreURLParametersMatching: [/.*/],
				clientsClaim: true,
				skipWaiting: false,
				maximumFileSizeToCacheInBytes: 2 * 1024 * 1024
			},
			// The adapter writes 404.html after the service worker is built: `spa` precaches it anyway.
			kit: { adapterFallback: '404.html', spa: true },
			devOptions: { enabled: false }
		})
	],
	test: {
		include: ['src/**/*.test.ts', 'content/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
