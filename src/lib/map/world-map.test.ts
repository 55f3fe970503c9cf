import { existsSync, readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import type { MultiPolygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { FACTS_FILE, SOURCES_FILE, loadFactBase } from '../../../content/load';
import type { PlaceFact } from '../../../content/schema';
import {
	OUTPUT_FILE,
	atlasCountries,
	buildWorldMapText,
	type AtlasCountry
} from '../../../scripts/build-map';
import { MAP_BUDGET_GZIP_BYTES, measureMap } from '../../../scripts/map-size';
import { FOCUS, HEIGHT, WIDTH, project } from '../core/projection';
import { loadWorldMap, type WorldMap } from './world-map';

const committed = readFileSync(OUTPUT_FILE, 'utf8');
const map = JSON.parse(committed) as WorldMap;

/** Parses the M/m/L/l/Z/z paths the build writes into absolute rings. */
function parsePath(d: string): [number, number][][] {
	const tokens = [...d.matchAll(/([MmLlZz])|(-?(?:\d+\.?\d*|\.\d+))/g)].map(
		(t) => t[1] ?? Number(t[2])
	);
	const rings: [number, number][][] = [];
	let ring: [number, number][] | null = null;
	let cmd = '';
	let x = 0;
	let y = 0;
	let sx = 0;
	let sy = 0;
	for (let i = 0; i < tokens.length;) {
		const t = tokens[i];
		if (typeof t === 'string') {
			cmd = t;
			i++;
			if (cmd === 'z' || cmd === 'Z') {
				if (ring) rings.push(ring);
				ring = null;
				x = sx;
				y = sy;
			}
			continue;
		}
		const a = Number(tokens[i]);
		const b = Number(tokens[i + 1]);
		i += 2;
		if (Number.isNaN(a) || Number.isNaN(b))
			throw new Error(`odd coordinate count in ${d.slice(0, 40)}`);
		if (cmd === 'M' || cmd === 'm') {
			if (ring) rings.push(ring);
			x = cmd === 'M' ? a : x + a;
			y = cmd === 'M' ? b : y + b;
			sx = x;
			sy = y;
			ring = [[x, y]];
			cmd = cmd === 'M' ? 'L' : 'l';
		} else if (cmd === 'l' || cmd === 'L') {
			x = cmd === 'L' ? a : x + a;
			y = cmd === 'L' ? b : y + b;
			ring?.push([x, y]);
		} else {
			throw new Error(`unexpected command ${cmd}`);
		}
	}
	if (ring) rings.push(ring);
	return rings;
}

function insideRings(x: number, y: number, rings: [number, number][][]): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] ?? [0, 0];
			const [xj, yj] = ring[j] ?? [0, 0];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/** Distance in km from a point to the nearest edge of a (Multi)Polygon, local planar approximation. */
function distanceToBoundaryKm(lon: number, lat: number, polygons: Position[][][]): number {
	const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
	const ky = 110.57;
	let best = Infinity;
	for (const polygon of polygons) {
		for (const ring of polygon) {
			for (let i = 0; i + 1 < ring.length; i++) {
				const [ax = 0, ay = 0] = ring[i] ?? [];
				const [bx = 0, by = 0] = ring[i + 1] ?? [];
				const x1 = (ax - lon) * kx;
				const y1 = (ay - lat) * ky;
				const dx = (bx - ax) * kx;
				const dy = (by - ay) * ky;
				const len2 = dx * dx + dy * dy;
				const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(x1 * dx + y1 * dy) / len2));
				best = Math.min(best, Math.hypot(x1 + t * dx, y1 + t * dy));
			}
		}
	}
	return best;
}

describe('world-map.json', () => {
	it('is deterministic and equal to the committed file', () => {
		const first = buildWorldMapText();
		const second = buildWorldMapText();
		expect(second === first, 'two builds differ').toBe(true);
		expect(
			first === committed,
			'src/lib/map/world-map.json is stale: run npx tsx scripts/build-map.ts'
		).toBe(true);
	});

	it(`fits the budget: ≤ ${MAP_BUDGET_GZIP_BYTES / 1024} KB gzipped`, () => {
		const size = measureMap(committed);
		console.log(
			`world-map.json: ${size.rawBytes} B raw, ${size.gzipBytes} B gzip -9 ` +
				`(${(size.gzipBytes / 1024).toFixed(1)} KB), ${size.brotliBytes} B brotli, ` +
				`${size.countries} countries, ${size.smallCountries} small`
		);
		expect(size.gzipBytes).toBeLessThanOrEqual(MAP_BUDGET_GZIP_BYTES);
		expect(size.gzipBytes, 'aim: ≤ 90 KB').toBeLessThanOrEqual(90 * 1024);
	});

	it('loads lazily through loadWorldMap()', async () => {
		const loaded = await loadWorldMap();
		expect(loaded.countries.length).toBe(map.countries.length);
		expect(await loadWorldMap()).toBe(loaded);
	});

	it('matches the projection constants', () => {
		expect(map.width).toBe(WIDTH);
		expect(map.height).toBe(HEIGHT);
		expect(map.focus).toEqual(FOCUS);
	});

	it('has unique, sorted ids: ISO 3166-1 numeric or x-name', () => {
		const ids = map.countries.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual(ids);
		for (const id of ids) expect(id).toMatch(/^(\d{3}|x-[a-z0-9]+(-[a-z0-9]+)*)$/);
		expect(ids.filter((id) => id.startsWith('x-'))).toEqual([
			'x-indian-ocean-ter',
			'x-kosovo',
			'x-n-cyprus',
			'x-siachen-glacier',
			'x-somaliland'
		]);
		// world-atlas 50m: 241 geometries, Ashmore and Cartier Is. merged into Australia,
		// Antarctica left out.
		expect(map.countries.length).toBe(239);
		expect(ids).not.toContain('010');
	});

	it('includes the small countries 110m drops, as markers', () => {
		const byId = new Map(map.countries.map((c) => [c.id, c]));
		for (const id of ['462', '048', '702', '336']) {
			expect(byId.get(id)?.small, id).toBe(true);
		}
		for (const id of ['364', '004', '586', '643', '792']) {
			expect(byId.get(id)?.small, id).toBe(false);
		}
		expect(byId.get('364')?.name).toBe('Iran');
	});

	it('has well-formed paths, boxes and label points', () => {
		for (const c of map.countries) {
			const [x0, y0, x1, y1] = c.bbox;
			expect(x0, c.id).toBeGreaterThanOrEqual(0);
			expect(y0, c.id).toBeGreaterThanOrEqual(0);
			expect(x1, c.id).toBeLessThanOrEqual(WIDTH);
			expect(y1, c.id).toBeLessThanOrEqual(HEIGHT);
			expect(c.cx, c.id).toBeGreaterThanOrEqual(x0);
			expect(c.cx, c.id).toBeLessThanOrEqual(x1);
			expect(c.cy, c.id).toBeGreaterThanOrEqual(y0);
			expect(c.cy, c.id).toBeLessThanOrEqual(y1);
			if (c.d === '') {
				expect(c.small, `${c.id} has no outline, so needs a marker`).toBe(true);
				continue;
			}
			const rings = parsePath(c.d);
			expect(rings.length, c.id).toBeGreaterThan(0);
			const xs = rings.flat().map(([x]) => x);
			const ys = rings.flat().map(([, y]) => y);
			expect(Math.min(...xs), c.id).toBeCloseTo(x0, 6);
			expect(Math.max(...xs), c.id).toBeCloseTo(x1, 6);
			expect(Math.min(...ys), c.id).toBeCloseTo(y0, 6);
			expect(Math.max(...ys), c.id).toBeCloseTo(y1, 6);
			if (!c.small) {
				expect(insideRings(c.cx, c.cy, rings), `${c.id} ${c.name} label inside`).toBe(true);
			}
		}
	});

	it('draws each country where project() puts it (Kerman in Iran, Kabul in Afghanistan)', () => {
		const byId = new Map(map.countries.map((c) => [c.id, c]));
		const cases: [string, number, number][] = [
			['364', 57.08, 30.28],
			['004', 69.17, 34.53],
			['643', 37.62, 55.75],
			['250', 2.35, 48.86],
			['840', -98, 39]
		];
		for (const [id, lon, lat] of cases) {
			const [x, y] = project(lon, lat);
			const rings = parsePath(byId.get(id)?.d ?? '');
			expect(insideRings(x, y, rings), id).toBe(true);
		}
	});
});

describe.skipIf(!existsSync(FACTS_FILE) || !existsSync(SOURCES_FILE))(
	'fact-base places on the map',
	() => {
		let places: PlaceFact[] = [];
		let atlas = new Map<string, AtlasCountry>();
		const ids = new Set(map.countries.map((c) => c.id));
		/** Coastal cities may sit just off a 1:50m coastline. */
		const COAST_TOLERANCE_KM = 15;
		/**
		 * A country's point is its conventional centre, which for an
		 * archipelago (Maldives, Philippines) lies at sea between islands.
		 */
		const COUNTRY_TOLERANCE_KM = 100;

		beforeAll(() => {
			places = loadFactBase().facts.filter((f): f is PlaceFact => f.kind === 'place');
			atlas = new Map(atlasCountries('50m').map((c) => [c.key, c]));
			console.log(`fact base: ${places.length} place facts`);
		});

		it('uses iso3166 codes that are on the map', () => {
			const missing = places
				.filter((f) => f.place.iso3166 !== undefined && !ids.has(f.place.iso3166))
				.map((f) => `${f.id} (${f.place.iso3166})`);
			expect(missing, 'unknown iso3166 codes').toEqual([]);
			const withoutCode = places.filter((f) => f.place.iso3166 === undefined).map((f) => f.id);
			if (withoutCode.length > 0) console.log(`places without iso3166: ${withoutCode.join(', ')}`);
		});

		it('places every coordinate inside the drawn map', () => {
			const outside = places
				.filter((f) => {
					const [x, y] = project(f.place.lon, f.place.lat);
					return !(x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT);
				})
				.map((f) => f.id);
			expect(outside).toEqual([]);
		});

		it('puts cities and sites inside the country of their iso3166 code, countries near it', () => {
			const wrong: string[] = [];
			for (const f of places) {
				const { type, iso3166, lon, lat } = f.place;
				if (type === 'region' || iso3166 === undefined) continue;
				const country = atlas.get(iso3166);
				if (!country) continue; // reported by the iso3166 test
				const shape: MultiPolygon = { type: 'MultiPolygon', coordinates: country.polygons };
				if (geoContains(shape, [lon, lat])) continue;
				const km = distanceToBoundaryKm(lon, lat, country.polygons);
				console.log(
					`note: ${f.id} (${lat}, ${lon}) is at sea, ${km.toFixed(0)} km off ${country.name}`
				);
				if (km > (type === 'country' ? COUNTRY_TOLERANCE_KM : COAST_TOLERANCE_KM)) {
					wrong.push(
						`${f.id}: ${f.place.name} (${lat}, ${lon}) is ${km.toFixed(0)} km outside ${iso3166} ${country.name}`
					);
				}
			}
			if (wrong.length > 0) console.log(wrong.join('\n'));
			expect(wrong).toEqual([]);
		});

		it('names the same country as the map (warning only)', () => {
			const byId = new Map(map.countries.map((c) => [c.id, c]));
			const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
			for (const f of places) {
				const c = f.place.iso3166 === undefined ? undefined : byId.get(f.place.iso3166);
				if (c && norm(c.name) !== norm(f.place.country) && f.place.type !== 'region') {
					console.log(`note: ${f.id} says country "${f.place.country}", map says "${c.name}"`);
				}
			}
		});
	}
);

if (!existsSync(FACTS_FILE) || !existsSync(SOURCES_FILE)) {
	console.log(
		`skipping fact-base map checks: ${existsSync(FACTS_FILE) ? SOURCES_FILE : FACTS_FILE} does not exist yet`
	);
}
