import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { greatCircleKm, project } from '../src/lib/core/projection';
import { goOfflineAfterFirstVisit } from './helpers';
import { COUNTRIES, clickCountry, clickWorld, screenPoint } from './map-helpers';

interface PlaceInfo {
	id: string;
	name: string;
	place: {
		name: string;
		type: string;
		country: string;
		iso3166?: string;
		lat: number;
		lon: number;
	};
}

const factBase = parse(readFileSync('content/facts.yaml', 'utf8')) as
	{ facts: (PlaceInfo & { kind: string })[] } | (PlaceInfo & { kind: string })[];
const allFacts = Array.isArray(factBase) ? factBase : factBase.facts;
const PLACES = new Map(allFacts.filter((f) => f.kind === 'place').map((f) => [f.id, f]));

/** The viewBox of a map, as numbers. */
async function viewBox(svg: Locator) {
	const [x, y, w, h] = ((await svg.getAttribute('viewBox')) ?? '').split(/\s+/).map(Number);
	return { x: x ?? NaN, y: y ?? NaN, w: w ?? NaN, h: h ?? NaN };
}

/** The place the current locate question asks for. */
async function currentTarget(page: Page): Promise<PlaceInfo> {
	const id = await page.locator('[data-question-id]').getAttribute('data-question-id');
	const place = PLACES.get((id ?? '').split(':')[0] ?? '');
	if (!place) throw new Error(`unknown question ${id}`);
	return place;
}

async function openPractice(page: Page) {
	await page.goto('/map');
	// The SVG is drawn after hydration and after the lazy map chunk loads.
	await expect(page.locator('.world-map svg')).toBeVisible();
	await page.getByRole('button', { name: 'Practice: find places' }).click();
	const svg = page.locator('.locate svg');
	await expect(svg).toBeVisible();
	await svg.scrollIntoViewIfNeeded();
	return svg;
}

test('the map works offline: zoom by button and keys, then a marker and a country show their facts and citations', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context, '/map');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Map' })).toBeVisible();
	const svg = page.locator('.world-map svg');
	await expect(svg).toBeVisible();
	await expect(page.locator('path[data-id="364"]')).toHaveClass(/hl/); // Iran has facts

	const start = await viewBox(svg);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await viewBox(svg)).w).toBeCloseTo(start.w / 2, 1);

	const map = page.getByRole('application', { name: 'Map of the places in the dossier' });
	await map.focus();
	await page.keyboard.press('-');
	await expect.poll(async () => (await viewBox(svg)).w).toBeCloseTo(start.w, 1);
	await page.keyboard.press('+');
	await expect.poll(async () => (await viewBox(svg)).w).toBeCloseTo(start.w / 2, 1);
	const zoomed = await viewBox(svg);
	await page.keyboard.press('ArrowRight');
	await expect.poll(async () => (await viewBox(svg)).x).toBeGreaterThan(zoomed.x + 1);
	await page.keyboard.press('0');
	await expect.poll(async () => (await viewBox(svg)).w).toBeCloseTo(start.w, 1);
	await expect.poll(async () => (await viewBox(svg)).x).toBeCloseTo(start.x, 1);

	// A city marker: its own fact, what happened there, the quotes and their sources.
	await page.locator('[data-place="kerman"]').click();
	const panel = page.getByTestId('place-panel');
	await expect(panel.getByRole('heading', { level: 2, name: 'Kerman' })).toBeVisible();
	await expect(panel.getByText('City in Iran', { exact: true })).toBeVisible();
	await expect(panel.getByRole('heading', { name: 'What happened here' })).toBeVisible();
	await expect(panel.getByRole('heading', { name: 'Kerman bombings' })).toBeVisible();
	await expect(panel.locator('blockquote').first()).toBeVisible();
	await expect(panel.locator('figcaption').first()).toContainText(/The Dispatch|The Conversation/);
	await expect(panel.locator('a[href="/facts#kerman-bombings"]')).toBeVisible();

	// A country: clicking the shaded country opens it.
	await clickCountry(page, '.world-map', '004');
	await expect(panel.getByRole('heading', { level: 2, name: 'Afghanistan' })).toBeVisible();
	await expect(page.locator('path[data-id="004"]')).toHaveClass(/sel/);
	const linked = panel.locator('details').first();
	await linked.locator('summary').click();
	await expect(linked.locator('blockquote').first()).toBeVisible();

	// A fact's link opens it on the facts page, still offline.
	await page.locator('[data-place="kerman"]').click();
	await panel.locator('a[href="/facts#kerman-bombings"]').click();
	await expect(page).toHaveURL(/\/facts#kerman-bombings$/);
	await expect(page.locator('#kerman-bombings')).toBeVisible();
});

test('a country with no facts says so; drag, wheel and pinch move the map and are not clicks', async ({
	page
}) => {
	await page.goto('/map');
	const svg = page.locator('.world-map svg');
	await expect(svg).toBeVisible();
	await svg.scrollIntoViewIfNeeded();
	await clickCountry(page, '.world-map', '792'); // Turkey
	const note = page.getByText('Turkey: the dossier has no facts about it.');
	await expect(note).toBeVisible();
	// Under the map, where the tap was: not at the foot of the page.
	await expect(note).toBeInViewport();

	// Drag starting on Afghanistan: the map moves and no place opens.
	const afghanistan = COUNTRIES.get('004');
	if (!afghanistan) throw new Error('no Afghanistan in the map data');
	const before = await viewBox(svg);
	const p = await screenPoint(svg, [afghanistan.cx, afghanistan.cy]);
	await page.mouse.move(p.x, p.y);
	await page.mouse.down();
	await page.mouse.move(p.x - 40, p.y + 10, { steps: 5 });
	await page.mouse.up();
	expect((await viewBox(svg)).x).toBeGreaterThan(before.x);
	await expect(page.getByTestId('place-panel')).toHaveCount(0);

	// The wheel zooms in about the cursor: the point under it stays put.
	const wheelAt = await screenPoint(svg, [afghanistan.cx, afghanistan.cy]);
	const widthBefore = (await viewBox(svg)).w;
	await page.mouse.move(wheelAt.x, wheelAt.y);
	await page.mouse.wheel(0, -300);
	await expect.poll(async () => (await viewBox(svg)).w).toBeLessThan(widthBefore * 0.8);
	const after = await screenPoint(svg, [afghanistan.cx, afghanistan.cy]);
	expect(Math.abs(after.x - wheelAt.x)).toBeLessThan(2);
	expect(Math.abs(after.y - wheelAt.y)).toBeLessThan(2);

	// Two fingers spreading apart zoom in, and are not a tap.
	const widthPinch = (await viewBox(svg)).w;
	await svg.evaluate((el) => {
		const r = el.getBoundingClientRect();
		const cx = r.left + r.width / 2;
		const cy = r.top + r.height / 2;
		const fire = (type: string, id: number, x: number, y: number) =>
			el.dispatchEvent(
				new PointerEvent(type, {
					pointerId: id,
					pointerType: 'touch',
					clientX: x,
					clientY: y,
					bubbles: true,
					isPrimary: id === 1
				})
			);
		fire('pointerdown', 1, cx - 20, cy);
		fire('pointerdown', 2, cx + 20, cy);
		for (let i = 1; i <= 5; i++) {
			fire('pointermove', 1, cx - 20 - i * 8, cy);
			fire('pointermove', 2, cx + 20 + i * 8, cy);
		}
		fire('pointerup', 1, cx - 60, cy);
		fire('pointerup', 2, cx + 60, cy);
	});
	const widthAfterPinch = (await viewBox(svg)).w;
	expect(widthAfterPinch).toBeCloseTo(widthPinch / 3, 0);
	await expect(page.getByTestId('place-panel')).toHaveCount(0);
	await expect(page.getByText('Turkey: the dossier has no facts about it.')).toBeVisible();
});

test('every place is in a plain list that works with the keyboard', async ({ page }) => {
	await page.goto('/map');
	await expect(page.locator('.world-map svg')).toBeVisible();
	const list = page.getByRole('region', { name: /All places/ });
	const iran = list.getByRole('button', { name: 'Iran', exact: true });
	await iran.focus();
	await page.keyboard.press('Enter');
	const heading = page.getByTestId('place-panel').getByRole('heading', { level: 2, name: 'Iran' });
	await expect(heading).toBeFocused();
	await expect(iran).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('path[data-id="364"]')).toHaveClass(/sel/);
	for (const place of PLACES.values()) {
		await expect(list.getByRole('button', { name: place.name, exact: true })).toHaveCount(1);
	}
});

test('markers of places a few km apart are drawn apart, each with a line to its spot, and each can be picked', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/map');
	const shrine = page.locator('[data-place="shahcheragh-shrine"]');
	const city = page.locator('[data-place="shiraz"]');
	await expect(shrine.locator('.shape')).toBeVisible();
	// 4 km apart: one spot on a world map. Drawn apart, clear of each other.
	const centre = async (marker: Locator) => {
		const box = await marker.locator('.shape').boundingBox();
		if (!box) throw new Error('marker not drawn');
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	};
	const a = await centre(shrine);
	const b = await centre(city);
	expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(18);
	expect(a.x).toBeLessThan(b.x); // the shrine lies west of the city centre, and is drawn so
	await expect(shrine.locator('line.leader')).toHaveCount(1);
	await expect(page.locator('[data-place="madrid"] line.leader')).toHaveCount(0);

	const panel = page.getByTestId('place-panel');
	await page.mouse.click(a.x, a.y);
	await expect(panel.getByRole('heading', { level: 2, name: 'Shahcheragh shrine' })).toBeVisible();
	await page.mouse.click(b.x, b.y);
	await expect(panel.getByRole('heading', { level: 2, name: 'Shiraz' })).toBeVisible();
});

test('no accessibility violations on /map with a place open, and while practising', async ({
	page
}) => {
	await page.goto('/map');
	await expect(page.locator('.world-map svg')).toBeVisible();
	await page.locator('[data-place="kerman"]').click();
	await expect(page.getByTestId('place-panel')).toBeVisible();
	await page
		.getByRole('region', { name: /All places/ })
		.getByRole('button', { name: 'Iran', exact: true })
		.click();
	await page.getByTestId('place-panel').locator('summary').first().click();
	let results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

	await page.getByRole('button', { name: 'Practice: find places' }).click();
	await expect(page.locator('.locate svg')).toBeVisible();
	await page.locator('.choices button').first().click();
	await expect(page.getByTestId('locate-feedback')).toBeVisible();
	results = await new AxeBuilder({ page }).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test('practice: clicking the right place is marked right', async ({ page }) => {
	const svg = await openPractice(page);
	const target = await currentTarget(page);
	const iso = target.place.iso3166;
	if (target.place.type === 'country' && iso) {
		await clickCountry(page, '.locate', iso);
	} else {
		await clickWorld(page, svg, project(target.place.lon, target.place.lat));
	}
	const feedback = page.getByTestId('locate-feedback');
	await expect(feedback).toContainText('Right!');
	await expect(feedback).toContainText(target.name);
	await expect(page.locator('.locate .mark.good')).toHaveCount(1);
	await expect(page.locator('.locate .flash')).toContainText(target.name);
	await expect(page.getByText('Place 1 of 8 · 1 right so far')).toBeVisible();
	await page.getByRole('button', { name: 'Next place' }).click();
	await expect(page.getByText('Place 2 of 8 · 1 right so far')).toBeVisible();
});

test('practice: three misses show the tries left, then reveal the place', async ({ page }) => {
	const svg = await openPractice(page);
	const target = await currentTarget(page);
	// The candidate far from the target (all are inside the first view).
	const far = (
		[
			[-8, 40],
			[120, 5],
			[60, 0],
			[10, 10]
		] as const
	)
		.map(([lon, lat]) => ({
			lon,
			lat,
			km: greatCircleKm(lon, lat, target.place.lon, target.place.lat)
		}))
		.sort((a, b) => b.km - a.km)[0];
	if (!far) throw new Error('no far point');
	const world = project(far.lon, far.lat);
	const feedback = page.getByTestId('locate-feedback');

	await clickWorld(page, svg, world, 0);
	await expect(feedback).toContainText('Not quite');
	await expect(feedback).toContainText('2 tries left.');
	await clickWorld(page, svg, world, 14);
	await expect(feedback).toContainText('1 try left.');
	await expect(page.locator('.locate .mark.bad')).toHaveCount(2);
	await clickWorld(page, svg, world, 28);
	await expect(feedback).toContainText('No tries left. Here it is:');
	await expect(feedback).toContainText(target.name);
	await expect(page.locator('.locate .mark.bad')).toHaveCount(3);
	await expect(page.locator('.locate .flash')).toContainText(target.name);
	// A fourth click does nothing more.
	await clickWorld(page, svg, world, 42);
	await expect(page.locator('.locate .mark.bad')).toHaveCount(3);
	await expect(page.getByText('Place 1 of 8 · 0 right so far')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Next place' })).toBeVisible();
});

test('practice: the list alternative answers with the keyboard only', async ({ page }) => {
	await page.goto('/map');
	await expect(page.locator('.world-map svg')).toBeVisible();
	const practice = page.getByRole('button', { name: 'Practice: find places' });
	await practice.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.locate svg')).toBeVisible();
	const target = await currentTarget(page);
	const answer = target.place.type === 'country' ? target.name : target.place.country;

	const list = page.getByRole('group', { name: 'Or pick from a list' });
	await expect(list).toBeVisible();
	const right = list.getByRole('button', { name: answer, exact: true });
	for (let i = 0; i < 20; i++) {
		if (await right.evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(right).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('locate-feedback')).toContainText('Right!');
	await expect(list.getByRole('button', { name: `${answer} (the right answer)` })).toBeVisible();
	const next = page.getByRole('button', { name: 'Next place' });
	await expect(next).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Place 2 of 8 · 1 right so far')).toBeVisible();
});

test('with reduced motion the view jumps; Enter answers at the crosshair', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/map');
	const svg = page.locator('.world-map svg');
	await expect(svg).toBeVisible();
	const start = await viewBox(svg);
	await page.getByRole('button', { name: 'Zoom in' }).click();
	// No animation: the new view is there at once.
	expect((await viewBox(svg)).w).toBeCloseTo(start.w / 2, 1);

	await page.getByRole('button', { name: 'Practice: find places' }).click();
	const map = page.locator('.locate [role="application"]');
	await expect(page.locator('.locate svg')).toBeVisible();
	// Keyboard focus (Tab from the mode button) shows the crosshair.
	await page.getByRole('button', { name: 'Practice: find places' }).focus();
	await page.keyboard.press('Tab');
	await expect(map).toBeFocused();
	await expect(page.locator('.locate .crosshair')).toBeVisible();
	// Enter at once would answer with the first view's centre (in Iran), unseen: it asks for a move.
	await page.keyboard.press('Enter');
	await expect(page.getByText('Move the map first')).toBeVisible();
	// Zooming in keeps the same point in the middle: still no answer.
	await page.keyboard.press('+');
	await page.keyboard.press('Enter');
	await expect(page.locator('.locate .mark')).toHaveCount(0);
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('locate-feedback')).toHaveText(/Right!|Not quite/);
	await expect(page.locator('.locate .mark')).toHaveCount(1);
});

test('practice ends with a review round of the places missed', async ({ page }) => {
	await openPractice(page);
	const list = page.getByRole('group', { name: 'Or pick from a list' });
	let missedName = '';
	for (let i = 0; i < 8; i++) {
		const target = await currentTarget(page);
		const answer = target.place.type === 'country' ? target.name : target.place.country;
		const buttons = list.getByRole('button');
		if (i === 0) {
			missedName = target.name;
			const labels = await buttons.allTextContents();
			const wrong = labels.map((l) => l.trim()).find((l) => l !== answer)!;
			await list.getByRole('button', { name: wrong, exact: true }).click();
		} else {
			await list.getByRole('button', { name: answer, exact: true }).click();
		}
		if (i < 7) await page.getByRole('button', { name: 'Next place' }).click();
	}
	// The last place gets its feedback too, before the score.
	await expect(page.getByTestId('locate-feedback')).toHaveText(/Right/);
	await expect(page.getByText('You found 7 of 8 places.')).toHaveCount(0);
	await page.getByRole('button', { name: 'See your score' }).click();
	await expect(page.getByText('You found 7 of 8 places.')).toBeVisible();
	await expect(page.getByText('You found 7 of 8 places.')).toBeFocused();
	await page.getByRole('button', { name: 'Review the 1 missed place' }).click();
	await expect(page.getByText(/Review round · Place 1 of 1/)).toBeVisible();
	expect((await currentTarget(page)).name).toBe(missedName);
});
