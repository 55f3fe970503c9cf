import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript already reports undefined names, with types.
			'no-undef': 'off',
			// The app is served from the origin root (no paths.base), so plain hrefs are right.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// State classes build plain Maps and Sets as locals inside methods; their reactive
		// fields are declared with $state explicitly, so this rule only adds noise there.
		files: ['**/*.svelte.ts'],
		rules: { 'svelte/prefer-svelte-reactivity': 'off' }
	},
	{
		// The pure core: no Svelte, DOM, IndexedDB or Node at run time.
		files: ['src/lib/core/**/*.ts'],
		ignores: ['src/lib/core/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*', '$lib/db', '$lib/db/*', 'idb', 'node:*'],
							message: 'src/lib/core is pure: pass data, time and randomness in.'
						},
						{ group: ['**/db/**', '**/components/**'], message: 'src/lib/core is pure.' }
					]
				}
			],
			'no-restricted-globals': [
				'error',
				'window',
				'document',
				'navigator',
				'indexedDB',
				'localStorage',
				'fetch'
			]
		}
	},
	{
		// Only src/lib/db touches IndexedDB.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/**'],
		rules: {
			'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Use $lib/db.' }] }],
			'no-restricted-globals': ['error', 'indexedDB']
		}
	}
);
