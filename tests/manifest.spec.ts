import { expect, test } from '@playwright/test';
import { ROUTES } from './helpers';

test('the manifest is served, parses, and its icons load', async ({ page, request }) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBeTruthy();
	const response = await request.get(href!);
	expect(response.ok()).toBe(true);
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: expect.stringContaining('Dossier'),
		short_name: 'Dossier',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	expect(manifest.description.length).toBeGreaterThan(20);
	expect(manifest.theme_color).toMatch(/^#/);
	expect(manifest.background_color).toMatch(/^#/);
	const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	expect(manifest.icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(
		true
	);

	const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
	for (const src of [...manifest.icons.map((icon: { src: string }) => icon.src), appleIcon]) {
		const icon = await request.get(src);
		expect(icon.ok(), src).toBe(true);
		expect(icon.headers()['content-type']).toContain('image/png');
		const bytes = await icon.body();
		expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	}
});

test('a full visit of every route sends no request to another origin', async ({
	page,
	baseURL
}) => {
	const foreign: string[] = [];
	const origin = new URL(baseURL!).origin;
	page.on('request', (req) => {
		const url = new URL(req.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
			foreign.push(req.url());
	});
	for (const route of ROUTES) {
		await page.goto(route.path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.waitForLoadState('networkidle');
	}
	expect(foreign).toEqual([]);
});

test('pages carry a strict Content-Security-Policy with no unsafe-inline scripts', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (msg.text().includes('Content Security Policy')) violations.push(msg.text());
	});
	await page.goto('/');
	const csp = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(csp).toContain("script-src 'self'");
	expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
	await page.getByRole('link', { name: 'Progress' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
	expect(violations).toEqual([]);
});
