/**
 * The app's pages: the sections the site navigation lists, and every page
 * there is (all prerendered).
 */

/** Each with what it is for, as the "Page not found" page lists them. */
export const SECTIONS = [
	{ href: '/', label: 'Home', about: 'what to study today' },
	{ href: '/study', label: 'Study', about: 'flashcards due for review' },
	{ href: '/quiz', label: 'Quiz', about: 'a quiz, or a class quiz code' },
	{ href: '/timeline', label: 'Timeline', about: 'events in order' },
	{ href: '/map', label: 'Map', about: 'the places on a map' },
	{ href: '/facts', label: 'Facts', about: 'every fact with its source' },
	{ href: '/progress', label: 'Progress', about: 'your progress and backups' },
	{ href: '/class', label: 'Class', about: 'quiz codes for a class' }
] as const;

export const PAGES: readonly string[] = [
	...SECTIONS.map((s) => s.href),
	'/class/check',
	'/class/print',
	'/class/projector'
];
