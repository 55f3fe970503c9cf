import type { Attachment } from 'svelte/attachments';

/**
 * Focuses `el` when keyboard focus has fallen to the page, as it does when
 * the control that had it goes away (Show answer once pressed, Next once the
 * next question is in): Tab would start again at the top of the page. Focus
 * the user put somewhere is left where it is.
 */
export function focusIfLost(el: HTMLElement | null | undefined): void {
	const active = document.activeElement;
	if (el && (active === null || active === document.body)) el.focus();
}

/**
 * `focusIfLost` as an attachment, for a question's prompt: when it appears,
 * and again whenever `key` (the question's id) changes.
 */
export function focusWhenLost(key: () => unknown): Attachment<HTMLElement> {
	return (el) => {
		key();
		focusIfLost(el);
	};
}

/**
 * Scrolls an element that has just appeared into view, if it is not: the
 * grades after a map card, which on a phone come a screen below the map the
 * learner was tapping.
 */
export const scrollIntoViewWhenShown: Attachment<HTMLElement> = (el) => {
	el.scrollIntoView({ block: 'nearest' });
};
