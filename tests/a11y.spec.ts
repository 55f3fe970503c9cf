import { expect, test, type Page } from '@playwright/test';
import { ROUTES, axeViolations, sidewaysOverflow } from './helpers';

async function headingLevels(page: Page): Promise<number[]> {
	return page
		.locator('main h1, main h2, main h3, main h4, main h5, main h6')
		.evaluateAll((els) =>
			els
				.filter((el) => (el as HTMLElement).offsetParent !== null)
				.map((el) => Number(el.tagName[1]))
		);
}

for (const route of ROUTES) {
	test(`${route.path}: no axe violations in light and dark themes; headings and landmarks in order`, async ({
		page
	}) => {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.waitForLoadState('networkidle');
		expect(await axeViolations(page)).toEqual([]);

		// One h1, and no heading skips a level on the way down.
		const levels = await headingLevels(page);
		expect(levels[0]).toBe(1);
		expect(levels.filter((l) => l === 1)).toHaveLength(1);
		for (let i = 1; i < levels.length; i++)
			expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);

		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

		await page.emulateMedia({ colorScheme: 'dark' });
		expect(await axeViolations(page)).toEqual([]);
	});

	test(`${route.path}: text at 200% loses nothing (no sideways scrolling, nav reachable)`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
		// On a 360 px phone too.
		await page.setViewportSize({ width: 360, height: 780 });
		expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
		await page.setViewportSize({ width: 1280, height: 800 });
		for (const link of await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link')
			.all()) {
			await link.scrollIntoViewIfNeeded();
			await expect(link).toBeInViewport();
		}
	});
}

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
	await page.goto('/facts');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('answers are announced in a live region and controls are labelled', async ({ page }) => {
	await page.goto('/quiz?seed=5&count=5&types=truefalse');
	await expect(page.getByRole('group', { name: 'True or false' })).toBeVisible();
	await page.keyboard.press('t');
	const feedback = page.getByTestId('feedback');
	await expect(feedback).toHaveAttribute('role', 'status');
	await expect(feedback).toHaveAttribute('aria-live', 'polite');
	await expect(feedback).toContainText(/Right!|Not quite/);
	expect(await page.locator('main').ariaSnapshot()).toMatch(/status: .*(Right!|Not quite)/);
	const unnamed = await page
		.locator('main button, main input, main select, main a[href]')
		.evaluateAll((els) =>
			els
				.filter((el) => {
					const name = (el.getAttribute('aria-label') ?? '') + (el.textContent ?? '').trim();
					const labelled = el.id && document.querySelector(`label[for="${el.id}"]`);
					return !name && !labelled && !el.getAttribute('aria-labelledby');
				})
				.map((el) => el.outerHTML.slice(0, 80))
		);
	expect(unnamed).toEqual([]);
});

/** How many lines a control's own text takes (a word broken in two takes two). */
async function textLines(page: Page, selector: string, text: string): Promise<number> {
	return page
		.locator(selector, { hasText: text })
		.first()
		.evaluate((el, text) => {
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const at = node.textContent?.indexOf(text) ?? -1;
				if (at < 0) continue;
				const range = document.createRange();
				range.setStart(node, at);
				range.setEnd(node, at + text.length);
				return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
			}
			return 0;
		}, text);
}

test('with text at 200% on a 360 px phone, controls keep their words whole', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await page.goto('/study');
	await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	await page.getByRole('button', { name: /Show answer/ }).click();
	for (const grade of ['Again', 'Hard', 'Good', 'Easy'])
		expect(await textLines(page, '.grades button', grade), grade).toBe(1);

	await page.goto('/quiz?seed=19&count=5&types=cloze');
	await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
	const box = page.getByLabel('Your answer');
	await expect(box).toBeVisible();
	expect((await box.boundingBox())!.width).toBeGreaterThan(200);
	expect(await textLines(page, 'form.typed button', 'Check')).toBe(1);
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
});

test('a true/false statement is shown once, under "True or false?"', async ({ page }) => {
	await page.goto('/quiz?seed=2&count=5&types=truefalse');
	const heading = page.getByRole('heading', { level: 2 });
	await expect(heading).toHaveText('True or false?');
	const statement = (await page.locator('blockquote.statement').textContent())!.trim();
	expect(statement.length).toBeGreaterThan(5);
	await expect(page.locator('main').getByText(statement, { exact: true })).toHaveCount(1);
});
