/**
 * Builds `src/lib/map/world-map.json`: every country of Natural Earth
 * (world-atlas TopoJSON) projected at build time into an SVG path string,
 * so no map library and no tiles ship to the browser.
 *
 *   npx tsx scripts/build-map.ts          # write the file
 *   npx tsx scripts/build-map.ts --check  # exit 1 if the committed file is stale
 *
 * Geometry: 1:50m for countries with a vertex inside the focus region
 * (FOCUS_BOUNDS: lon -12..127, lat -8..62) and for countries 1:110m lacks (Maldives,
 * Bahrain, Singapore, …); 1:110m for the rest of the world. Arcs are
 * simplified in projected pixels (Douglas–Peucker, shared borders stay
 * shared) and coordinates rounded to 0.1 px of the 1000-px-wide world,
 * written as relative path commands.
 *
 * Ids: ISO 3166-1 numeric, three digits, as in world-atlas. Features
 * world-atlas leaves without an id (Somaliland, Kosovo, N. Cyprus,
 * Siachen Glacier, Indian Ocean Ter.) are kept so the map has no holes,
 * under a stable non-numeric id: "x-" + the kebab-cased name
 * ("x-kosovo"). They sort after every numeric id. Ashmore and Cartier Is.
 * share Australia's id 036 and are merged into it. Antarctica (010) is left
 * out: no fact concerns it.
 *
 * Deterministic: the same inputs give byte-identical output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoArea, geoCentroid, geoProjection, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
	FOCUS,
	FOCUS_BOUNDS,
	HEIGHT,
	SCALE,
	TX,
	TY,
	WIDTH,
	millerRaw
} from '../src/lib/core/projection';
import type { WorldMap, WorldMapCountry } from '../src/lib/map/world-map';

export const OUTPUT_FILE = fileURLToPath(new URL('../src/lib/map/world-map.json', import.meta.url));

/** Douglas–Peucker tolerance, px of the whole-world SVG. */
export const SIMPLIFY_PX = 0.12;
/**
 * The tolerance for an arc wholly outside the focus region (and a margin of
 * `OUTSIDE_MARGIN_DEG`): Russia's Arctic coast, Norway's northern fjords and
 * the Americas are seen zoomed out, and their detail was a tenth of the map.
 */
export const OUTSIDE_SIMPLIFY_PX = 0.35;
const OUTSIDE_MARGIN_DEG = 3;
/** Coordinates are written in multiples of 1/PRECISION px. */
const PRECISION = 10;
/**
 * A country is `small` (the UI adds a point marker) when its largest
 * polygon covers less than this many px² of the whole-world SVG: under
 * ~10×10 screen px in the default focus view at ~3× zoom.
 */
export const SMALL_AREA_PX2 = 12;

type Props = { name?: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<Props> }>;
type Country = Feature<Polygon | MultiPolygon, Props>;

const require = createRequire(import.meta.url);

export function readAtlas(resolution: '50m' | '110m'): CountriesTopology {
	const file = require.resolve(`world-atlas/countries-${resolution}.json`);
	return JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
}

/** The d3 projection the paths are drawn with: same raw, scale and translate as projection.ts. */
export function d3Projection(): GeoProjection {
	// precision(0): no adaptive resampling. Natural Earth edges are short
	// (and straight in lon/lat, which Miller keeps straight), so every
	// vertex is projected exactly as `project` does it in the browser.
	return geoProjection(millerRaw).scale(SCALE).translate([TX, TY]).precision(0);
}

/** Stable key for a world-atlas geometry: its ISO numeric id, or "x-" + kebab-cased name. */
export function countryKey(id: string | number | undefined, name: string): string {
	if (id !== undefined) return String(id);
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `x-${slug}`;
}

// ---------------------------------------------------------------- topology

function decodeArcs(topology: Topology): Position[][] {
	const t = topology.transform;
	return topology.arcs.map((arc) => {
		let x = 0;
		let y = 0;
		return arc.map((p) => {
			const px = p[0] ?? 0;
			const py = p[1] ?? 0;
			if (!t) return [px, py];
			x += px;
			y += py;
			return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
		});
	});
}

const DEG = Math.PI / 180;

function toPx(p: Position): [number, number] {
	const [x, y] = millerRaw((p[0] ?? 0) * DEG, (p[1] ?? 0) * DEG);
	return [SCALE * x, -SCALE * y];
}

function segmentDistance2(p: number[], a: number[], b: number[]): number {
	const [px = 0, py = 0] = p;
	const [ax = 0, ay = 0] = a;
	const [bx = 0, by = 0] = b;
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
	t = Math.max(0, Math.min(1, t));
	const ex = px - (ax + t * dx);
	const ey = py - (ay + t * dy);
	return ex * ex + ey * ey;
}

/** Marks the points Douglas–Peucker keeps between first and last (iterative, deterministic). */
function douglasPeucker(
	px: number[][],
	first: number,
	last: number,
	tol2: number,
	keep: boolean[]
) {
	const stack: [number, number][] = [[first, last]];
	while (stack.length > 0) {
		const [i, j] = stack.pop() ?? [0, 0];
		let max = -1;
		let index = -1;
		for (let k = i + 1; k < j; k++) {
			const d = segmentDistance2(px[k] ?? [], px[i] ?? [], px[j] ?? []);
			if (d > max) {
				max = d;
				index = k;
			}
		}
		if (index >= 0 && max > tol2) {
			keep[index] = true;
			stack.push([i, index], [index, j]);
		}
	}
}

function signedArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, n = ring.length; i < n; i++) {
		const a = ring[i] ?? [];
		const b = ring[(i + 1) % n] ?? [];
		sum += (a[0] ?? 0) * (b[1] ?? 0) - (b[0] ?? 0) * (a[1] ?? 0);
	}
	return sum / 2;
}

/**
 * Simplifies one arc in projected px. Arc endpoints are kept, so arcs
 * shared by two countries stay identical for both. A closed arc (a whole
 * island) keeps at least a quadrilateral and its orientation, else it is
 * left as it was: a collapsed or flipped ring would make d3 fill the globe.
 */
function simplifyArc(arc: Position[], tolerance: number): Position[] {
	const n = arc.length;
	if (n <= 2) return arc;
	const px = arc.map(toPx);
	const keep = arc.map((_, i) => i === 0 || i === n - 1);
	const tol2 = tolerance * tolerance;
	const a = arc[0] ?? [];
	const b = arc[n - 1] ?? [];
	const closed = a[0] === b[0] && a[1] === b[1];
	if (closed) {
		// Split at the vertex farthest from the start, and keep the farthest
		// vertex of each half, so the ring never degenerates to a line.
		let far = 1;
		let max = -1;
		for (let k = 1; k < n - 1; k++) {
			const d = segmentDistance2(px[k] ?? [], px[0] ?? [], px[0] ?? []);
			if (d > max) {
				max = d;
				far = k;
			}
		}
		keep[far] = true;
		for (const [i, j] of [
			[0, far],
			[far, n - 1]
		] as const) {
			let m = -1;
			let index = -1;
			for (let k = i + 1; k < j; k++) {
				const d = segmentDistance2(px[k] ?? [], px[i] ?? [], px[j] ?? []);
				if (d > m) {
					m = d;
					index = k;
				}
			}
			if (index >= 0) {
				keep[index] = true;
				douglasPeucker(px, i, index, tol2, keep);
				douglasPeucker(px, index, j, tol2, keep);
			}
		}
	} else {
		douglasPeucker(px, 0, n - 1, tol2, keep);
	}
	const out = arc.filter((_, i) => keep[i]);
	if (closed) {
		const before = signedArea(arc.map(toPx));
		const after = signedArea(out.map(toPx));
		if (out.length < 5 || Math.sign(before) !== Math.sign(after)) return arc;
	}
	return out;
}

/** Whether a lon/lat point is in the focus region or within the margin around it. */
function nearFocus([lon = 0, lat = 0]: Position): boolean {
	const m = OUTSIDE_MARGIN_DEG;
	return (
		lon >= FOCUS_BOUNDS.west - m &&
		lon <= FOCUS_BOUNDS.east + m &&
		lat >= FOCUS_BOUNDS.south - m &&
		lat <= FOCUS_BOUNDS.north + m
	);
}

/**
 * The topology with absolute lon/lat arcs, simplified in projected px: an arc
 * near the focus region by `tolerance`, one far from it more coarsely. Arcs
 * are shared, so both sides of a border stay the same.
 */
function simplifyTopology(topology: CountriesTopology, tolerance: number): CountriesTopology {
	const arcs = decodeArcs(topology).map((arc) =>
		simplifyArc(arc, arc.some(nearFocus) ? tolerance : OUTSIDE_SIMPLIFY_PX)
	);
	return { type: 'Topology', objects: topology.objects, arcs } as CountriesTopology;
}

// ---------------------------------------------------------------- features

/** One map entry before projection: world-atlas geometries merged by key. */
export interface AtlasCountry {
	key: string;
	name: string;
	polygons: Position[][][];
}
type Source = AtlasCountry;

function polygonsOf(f: Country): Position[][][] {
	const g = f.geometry;
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

function countriesOf(topology: CountriesTopology): Source[] {
	const byKey = new Map<string, Source & { nameArea: number }>();
	for (const geometry of topology.objects.countries.geometries) {
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
		const f = feature(topology, geometry as GeometryObject<Props>) as Country;
		const name = geometry.properties?.name ?? String(geometry.id);
		const key = countryKey(geometry.id, name);
		const area = geoArea(f);
		const existing = byKey.get(key);
		if (existing) {
			// Ashmore and Cartier Is. share Australia's 036: merge, keep the larger one's name.
			existing.polygons.push(...polygonsOf(f));
			if (area > existing.nameArea) {
				existing.name = name;
				existing.nameArea = area;
			}
		} else {
			byKey.set(key, { key, name, polygons: polygonsOf(f), nameArea: area });
		}
	}
	return [...byKey.values()].map(({ key, name, polygons }) => ({ key, name, polygons }));
}

/** The unsimplified world-atlas countries of one resolution, merged by key (for tests). */
export function atlasCountries(resolution: '50m' | '110m'): AtlasCountry[] {
	return countriesOf(readAtlas(resolution));
}

function touchesFocus(c: Source): boolean {
	const { west, east, south, north } = FOCUS_BOUNDS;
	return c.polygons.some((poly) =>
		poly.some((ring) =>
			ring.some(([lon = 0, lat = 0]) => lon >= west && lon <= east && lat >= south && lat <= north)
		)
	);
}

// ---------------------------------------------------------------- path output

/** Collects the projected, clipped rings d3 streams out, in 1/PRECISION px integers. */
class RingCollector implements GeoStream {
	rings: [number, number][][] = [];
	private ring: [number, number][] | null = null;
	point(x: number, y: number): void {
		this.ring?.push([Math.round(x * PRECISION), Math.round(y * PRECISION)]);
	}
	lineStart(): void {
		this.ring = [];
	}
	lineEnd(): void {
		const ring = this.ring;
		this.ring = null;
		if (!ring) return;
		const out: [number, number][] = [];
		for (const p of ring) {
			const last = out[out.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
		}
		const first = out[0];
		const last = out[out.length - 1];
		if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
		if (out.length >= 3) this.rings.push(out);
	}
	polygonStart(): void {}
	polygonEnd(): void {}
	sphere(): void {}
}

function num(n: number): string {
	// n is an integer count of 1/PRECISION px: "12.3", "-.5", "7".
	const s = (Math.abs(n) / PRECISION).toFixed(1).replace(/\.0$/, '').replace(/^0\./, '.');
	return n < 0 ? `-${s}` : s;
}

/** Numbers joined with the fewest separators SVG allows here: none before "-". */
function numbers(values: number[]): string {
	let out = '';
	values.forEach((v, i) => {
		const s = num(v);
		out += i > 0 && !s.startsWith('-') ? ',' + s : s;
	});
	return out;
}

/** Relative-command path: "M x,y l dx,dy … z m dx,dy l … z". */
function pathOf(rings: [number, number][][]): string {
	let d = '';
	let cx = 0;
	let cy = 0;
	rings.forEach((ring, r) => {
		const [x0, y0] = ring[0] ?? [0, 0];
		d += r === 0 ? `M${numbers([x0, y0])}` : `m${numbers([x0 - cx, y0 - cy])}`;
		const deltas: number[] = [];
		let px = x0;
		let py = y0;
		for (const [x, y] of ring.slice(1)) {
			deltas.push(x - px, y - py);
			px = x;
			py = y;
		}
		d += `l${numbers(deltas)}z`;
		cx = x0;
		cy = y0;
	});
	return d;
}

function ringArea(ring: [number, number][]): number {
	return Math.abs(signedArea(ring)) / (PRECISION * PRECISION);
}

function insideRings(x: number, y: number, rings: [number, number][][]): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi = 0, yi = 0] = ring[i] ?? [];
			const [xj = 0, yj = 0] = ring[j] ?? [];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

/** Midpoint of the widest horizontal run inside the rings at height y, or null. */
function widestRunAt(y: number, rings: [number, number][][]): [number, number] | null {
	const xs: number[] = [];
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi = 0, yi = 0] = ring[i] ?? [];
			const [xj = 0, yj = 0] = ring[j] ?? [];
			if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
		}
	}
	xs.sort((a, b) => a - b);
	let best: [number, number] | null = null;
	let width = -1;
	for (let i = 0; i + 1 < xs.length; i += 2) {
		const a = xs[i] ?? 0;
		const b = xs[i + 1] ?? 0;
		if (b - a > width) {
			width = b - a;
			best = [(a + b) / 2, y];
		}
	}
	return best;
}

/**
 * Label point in 1/PRECISION px: the centroid of the largest polygon, or,
 * when that falls outside it (crescents, archipelagos), the middle of the
 * widest run across the polygon at the centroid's height.
 */
function labelPoint(rings: [number, number][][]): [number, number] {
	let a = 0;
	let sx = 0;
	let sy = 0;
	for (const ring of rings) {
		for (let i = 0, n = ring.length; i < n; i++) {
			const [x0 = 0, y0 = 0] = ring[i] ?? [];
			const [x1 = 0, y1 = 0] = ring[(i + 1) % n] ?? [];
			const c = x0 * y1 - x1 * y0;
			a += c;
			sx += (x0 + x1) * c;
			sy += (y0 + y1) * c;
		}
	}
	const first = rings[0]?.[0] ?? [0, 0];
	if (a === 0) return first;
	const cx = sx / (3 * a);
	const cy = sy / (3 * a);
	if (insideRings(cx, cy, rings)) return [cx, cy];
	// Nudge off vertex heights so the scanline never passes through a vertex.
	return widestRunAt(Math.round(cy) + 0.5, rings) ?? widestRunAt(cy, rings) ?? first;
}

function round1(n: number): number {
	return Math.round(n) / PRECISION;
}

function buildCountry(source: Source, projection: GeoProjection): WorldMapCountry {
	const all: [number, number][][] = [];
	let largest: [number, number][][] = [];
	let largestArea = -1;
	for (const coordinates of source.polygons) {
		const polygon: Polygon = { type: 'Polygon', coordinates };
		if (geoArea(polygon) > 2 * Math.PI) {
			throw new Error(`${source.key} ${source.name}: a ring is wound the wrong way`);
		}
		const sink = new RingCollector();
		streamPolygon(coordinates, projection.stream(sink));
		const area = sink.rings.reduce((s, r) => s + ringArea(r), 0) - 2 * holesArea(sink.rings);
		all.push(...sink.rings);
		if (sink.rings.length > 0 && area > largestArea) {
			largestArea = area;
			largest = sink.rings;
		}
	}
	if (all.length === 0) {
		// Sub-pixel everywhere (Vatican, Monaco, …): no outline, only a marker
		// at the projected centroid of its largest polygon.
		const biggest = [...source.polygons].sort(
			(a, b) =>
				geoArea({ type: 'Polygon', coordinates: b }) - geoArea({ type: 'Polygon', coordinates: a })
		)[0];
		const [x = 0, y = 0] =
			(biggest && projection(geoCentroid({ type: 'Polygon', coordinates: biggest }))) ?? [];
		const px = round1(Math.round(x * PRECISION));
		const py = round1(Math.round(y * PRECISION));
		return {
			id: source.key,
			name: source.name,
			d: '',
			cx: px,
			cy: py,
			small: true,
			bbox: [px, py, px, py]
		};
	}
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const ring of all) {
		for (const [x, y] of ring) {
			x0 = Math.min(x0, x);
			y0 = Math.min(y0, y);
			x1 = Math.max(x1, x);
			y1 = Math.max(y1, y);
		}
	}
	const [cx, cy] = labelPoint(largest);
	return {
		id: source.key,
		name: source.name,
		d: pathOf(all),
		cx: round1(cx),
		cy: round1(cy),
		small: largestArea < SMALL_AREA_PX2,
		bbox: [round1(x0), round1(y0), round1(x1), round1(y1)]
	};
}

/** Area of the rings lying inside another ring of the same polygon (holes), px². */
function holesArea(rings: [number, number][][]): number {
	let sum = 0;
	rings.forEach((ring, i) => {
		const p = ring[0];
		if (!p) return;
		const others = rings.filter((_, j) => j !== i);
		if (others.some((o) => insideRings(p[0] + 0.01, p[1] + 0.01, [o]))) sum += ringArea(ring);
	});
	return sum;
}

function streamPolygon(coordinates: Position[][], stream: GeoStream): void {
	stream.polygonStart?.();
	for (const ring of coordinates) {
		stream.lineStart();
		// GeoJSON repeats the first position at the end; d3 streams omit it.
		for (let i = 0; i < ring.length - 1; i++) {
			const p = ring[i] ?? [];
			stream.point(p[0] ?? 0, p[1] ?? 0);
		}
		stream.lineEnd();
	}
	stream.polygonEnd?.();
}

// ---------------------------------------------------------------- assembly

const ANTARCTICA = '010';

export function buildWorldMap(): WorldMap {
	const fine = readAtlas('50m');
	const coarse = readAtlas('110m');
	const fineCountries = countriesOf(simplifyTopology(fine, SIMPLIFY_PX));
	const coarseByKey = new Map(
		countriesOf(simplifyTopology(coarse, SIMPLIFY_PX)).map((c) => [c.key, c])
	);
	const projection = d3Projection();
	const countries = fineCountries
		// Antarctica: no fact is about it, and its 4 KB of coastline would be precached for nothing.
		.filter((c) => c.key !== ANTARCTICA)
		.map((c) => {
			const coarseC = coarseByKey.get(c.key);
			const source = touchesFocus(c) || !coarseC ? c : { ...coarseC, name: c.name };
			return buildCountry(source, projection);
		})
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { width: WIDTH, height: HEIGHT, focus: { ...FOCUS }, countries };
}

/** The file's exact text: one country per line, so diffs stay readable. */
export function serializeWorldMap(map: WorldMap): string {
	const { countries, ...head } = map;
	const headJson = JSON.stringify(head).slice(0, -1);
	const lines = countries.map((c) => JSON.stringify(c));
	return `${headJson},"countries":[\n${lines.join(',\n')}\n]}\n`;
}

export function buildWorldMapText(): string {
	return serializeWorldMap(buildWorldMap());
}

function main(): void {
	const text = buildWorldMapText();
	if (process.argv.includes('--check')) {
		const committed = readFileSync(OUTPUT_FILE, 'utf8');
		if (committed !== text) {
			console.error(`${OUTPUT_FILE} is stale: run npx tsx scripts/build-map.ts`);
			process.exit(1);
		}
		console.log(`${OUTPUT_FILE} is up to date`);
		return;
	}
	writeFileSync(OUTPUT_FILE, text);
	const count = (text.match(/"id":/g) ?? []).length;
	console.log(`wrote ${OUTPUT_FILE}: ${count} countries, ${text.length} bytes`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
