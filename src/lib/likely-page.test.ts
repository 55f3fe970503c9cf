import { describe, expect, it } from 'vitest';
import { likelyPage } from './likely-page';
import { PAGES } from './pages';

describe('likelyPage', () => {
	it('finds the page one slip of the keyboard away', () => {
		expect(likelyPage('/quizz')).toBe('/quiz');
		expect(likelyPage('/qiz')).toBe('/quiz');
		expect(likelyPage('/stduy')).toBe('/study');
		expect(likelyPage('/Facts')).toBe('/facts');
		expect(likelyPage('/maps')).toBe('/map');
		expect(likelyPage('/class/chek')).toBe('/class/check');
		expect(likelyPage('/progess/')).toBe('/progress');
		expect(likelyPage('/timelnie')).toBe('/timeline');
	});

	it('falls back to the deepest page the path lies under', () => {
		expect(likelyPage('/facts/nonsense')).toBe('/facts');
		expect(likelyPage('/class/check/extra')).toBe('/class/check');
		expect(likelyPage('/class/nothing-like-it')).toBe('/class');
	});

	it('suggests nothing when no page is close', () => {
		expect(likelyPage('/zzzz')).toBeNull();
		expect(likelyPage('/about')).toBeNull();
		expect(likelyPage('/')).toBeNull();
		expect(likelyPage('/index.php')).toBeNull();
	});

	it('gives every real page back as itself', () => {
		for (const page of PAGES.filter((p) => p !== '/')) expect(likelyPage(page)).toBe(page);
	});
});
