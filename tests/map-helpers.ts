/** Clicking on the map in tests: world points and countries, as a user would. */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

export interface MapCountry {
	id: string;
	cx: number;
	cy: number;
}

export const COUNTRIES = new Map(
	(
		JSON.parse(readFileSync('src/lib/map/world-map.json', 'utf8')) as { countries: MapCountry[] }
	).countries.map((c) => [c.id, c])
);

/** Screen position of a point in world px (the projection's space) on a map's SVG. */
export async function screenPoint(svg: Locator, world: [number, number]) {
	return svg.evaluate((el, [x, y]) => {
		const ctm = (el as SVGSVGElement).getScreenCTM();
		if (!ctm) throw new Error('no CTM');
		const p = new DOMPoint(x, y).matrixTransform(ctm);
		return { x: p.x, y: p.y };
	}, world);
}

/** Clicks a world point on a map, or `nudge` px from it towards the middle of the map. */
export async function clickWorld(page: Page, svg: Locator, world: [number, number], nudge = 0) {
	const p = await screenPoint(svg, world);
	const box = await svg.boundingBox();
	if (!box) throw new Error('map not on screen');
	const dx = box.x + box.width / 2 - p.x;
	const dy = box.y + box.height / 2 - p.y;
	const len = Math.hypot(dx, dy) || 1;
	await page.mouse.click(p.x + (dx / len) * nudge, p.y + (dy / len) * nudge);
}

/**
 * A screen point near the country's label point where the country (its path,
 * or its dot when it is small) is the topmost element: not a marker, a label
 * or a neighbour's dot.
 */
export async function pointOnCountry(page: Page, scope: string, id: string) {
	const country = COUNTRIES.get(id);
	if (!country) throw new Error(`no country ${id} in the map data`);
	const svg = page.locator(`${scope} svg`);
	const centre = await screenPoint(svg, [country.cx, country.cy]);
	const hit = await page.evaluate(
		([scope, id, cx, cy]) => {
			const hits: { x: number; y: number; d: number }[] = [];
			for (let i = -12; i <= 12; i++) {
				for (let j = -12; j <= 12; j++) {
					const x = cx + i * 2;
					const y = cy + j * 2;
					const top = document.elementFromPoint(x, y);
					const owner = top?.closest(`${scope} [data-id]`);
					if (owner?.getAttribute('data-id') === id && !top?.closest('[data-place]'))
						hits.push({ x, y, d: Math.hypot(x - cx, y - cy) });
				}
			}
			hits.sort((a, b) => a.d - b.d);
			return hits[0] ?? null;
		},
		[scope, id, centre.x, centre.y] as const
	);
	return { centre, hit };
}

/** Clicks a country, zooming in about it (wheel) while it is too small to hit. */
export async function clickCountry(page: Page, scope: string, id: string) {
	for (let attempt = 0; attempt < 5; attempt++) {
		const { centre, hit } = await pointOnCountry(page, scope, id);
		if (hit) {
			await page.mouse.click(hit.x, hit.y);
			return;
		}
		await page.mouse.move(centre.x, centre.y);
		await page.mouse.wheel(0, -400);
	}
	throw new Error(`no clear point on country ${id}`);
}
