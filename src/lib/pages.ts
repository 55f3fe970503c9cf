/**
 * The app's pages: the sections the site navigation lists, and every page
 * there is (all prerendered).
 */

export const SECTIONS = [
	{ href: '/', label: 'Home' },
	{ href: '/study', label: 'Study' },
	{ href: '/quiz', label: 'Quiz' },
	{ href: '/timeline', label: 'Timeline' },
	{ href: '/map', label: 'Map' },
	{ href: '/facts', label: 'Facts' },
	{ href: '/progress', label: 'Progress' },
	{ href: '/class', label: 'Class' }
] as const;

export const PAGES: readonly string[] = [
	...SECTIONS.map((s) => s.href),
	'/class/check',
	'/class/print',
	'/class/projector'
];
