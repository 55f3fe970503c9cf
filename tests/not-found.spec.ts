/**
 * A mistyped address: the server (first visit) and the service worker (later,
 * online or offline) both give a "Page not found" page with links to the real
 * pages, never Home under a wrong URL.
 */
import { expect, test, type Page } from '@playwright/test';
import { ROUTES, axeViolations, loadWithServiceWorker, sidewaysOverflow } from './helpers';
import { quizUrl } from './quiz-answers';

const SECTIONS = ['Home', 'Study', 'Quiz', 'Timeline', 'Map', 'Facts', 'Progress', 'Class'];

/** Collects requests that leave the app's origin and Content-Security-Policy complaints. */
function watch(page: Page, origin: string) {
	const foreign: string[] = [];
	const csp: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
			foreign.push(url);
	});
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) csp.push(message.text());
	});
	return { foreign, csp };
}

/** The not-found page for `path`: its heading, the path as text, and a link to every section. */
async function expectNotFound(page: Page, path: string) {
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
	await expect(main.getByRole('heading', { level: 1, name: 'Dossier' })).toHaveCount(0);
	await expect(main.getByTestId('missing-path')).toHaveText(path);
	await expect(page).toHaveTitle('Page not found · Dossier');
	const pages = main.getByRole('navigation', { name: 'Pages of Dossier' });
	for (const name of SECTIONS) {
		await expect(pages.getByRole('link', { name, exact: true })).toBeVisible();
	}
	// The site navigation marks no section as the current page.
	await expect(
		page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]')
	).toHaveCount(0);
}

test.describe('before the service worker', () => {
	// Each address is a first visit: the server answers, not a worker installed by the page before.
	test.use({ serviceWorkers: 'block' });

	test('a first visit to a mistyped address gets a 404 "Page not found" page with links to the real pages', async ({
		page,
		baseURL
	}) => {
		const seen = watch(page, baseURL!);
		const response = await page.goto('/quizz');
		expect(response?.status()).toBe(404);
		expect(response?.headers()['content-type']).toContain('text/html');
		await expectNotFound(page, '/quizz');
		await expect(
			page.getByRole('main').getByRole('link', { name: /Did you mean/ })
		).toHaveAttribute('href', '/quiz');
		await page.waitForLoadState('networkidle');
		expect(await axeViolations(page)).toEqual([]);
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);

		const nested = await page.goto('/facts/nonsense');
		expect(nested?.status()).toBe(404);
		await expectNotFound(page, '/facts/nonsense');
		// Its links work, as in the rest of the app.
		const pages = page.getByRole('navigation', { name: 'Pages of Dossier' });
		await pages.getByRole('link', { name: 'Facts', exact: true }).click();
		await expect(page).toHaveURL(/\/facts$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Facts' })).toBeVisible();
		expect(seen.foreign).toEqual([]);
		expect(seen.csp).toEqual([]);
	});
});

test('once the service worker is installed, a mistyped address shows "Page not found", online and offline, and real pages still open', async ({
	page,
	context,
	baseURL
}) => {
	const seen = watch(page, baseURL!);
	await loadWithServiceWorker(page, '/');
	const online = await page.goto('/quizz?code=ABC');
	expect(online?.fromServiceWorker()).toBe(true);
	await expectNotFound(page, '/quizz');
	// The suggestion keeps the query string: a mistyped page with a class code still opens the quiz.
	await expect(page.getByRole('main').getByRole('link', { name: /Did you mean/ })).toHaveAttribute(
		'href',
		'/quiz?code=ABC'
	);

	await context.setOffline(true);
	await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
	for (const [path, likely] of [
		['/facts/nonsense', '/facts'],
		['/class/chek', '/class/check']
	] as const) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker()).toBe(true);
		await expectNotFound(page, path);
		await expect(
			page.getByRole('main').getByRole('link', { name: /Did you mean/ })
		).toHaveAttribute('href', likely);
		await page.reload();
		await expectNotFound(page, path);
	}
	// A trailing slash is the same page, not a missing one.
	await page.goto('/study/');
	await expect(page.getByRole('heading', { level: 1, name: 'Study' })).toBeVisible();

	// Real pages, with and without a query string, are still the precached pages.
	for (const path of [
		...ROUTES.map((r) => r.path),
		quizUrl({ seed: 3, count: 5, types: ['mcq'], topics: [] })
	]) {
		const response = await page.goto(path);
		expect(response?.fromServiceWorker()).toBe(true);
		const heading = ROUTES.find((r) => r.path === path.split('?')[0])!.heading;
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveCount(0);
	}
	expect(seen.foreign).toEqual([]);
	expect(seen.csp).toEqual([]);
});
