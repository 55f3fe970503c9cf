/**
 * The offline world map: country outlines pre-projected at build time by
 * `scripts/build-map.ts` (Miller projection, see `$lib/core/projection`)
 * into SVG path strings. The data sits in its own chunk, loaded only by
 * the pages that draw a map.
 */

/** One country (or a territory world-atlas draws separately). */
export interface WorldMapCountry {
	/**
	 * ISO 3166-1 numeric code, three digits ("004", "364"), as `iso3166` in
	 * the fact base. Areas without one in Natural Earth get "x-" + a
	 * kebab-cased name: "x-kosovo", "x-n-cyprus", "x-somaliland",
	 * "x-siachen-glacier", "x-indian-ocean-ter".
	 */
	id: string;
	/** Natural Earth's short English name ("Iran", "Bosnia and Herz."). */
	name: string;
	/** SVG path data in world px (relative commands, 0.1 px precision). */
	d: string;
	/** Label point: inside the country's largest polygon. */
	cx: number;
	cy: number;
	/** Too small to click comfortably: draw a marker at (cx, cy). */
	small: boolean;
	/** Bounding box in world px: [x0, y0, x1, y1]. */
	bbox: [number, number, number, number];
}

export interface WorldMap {
	/** Size of the whole-world SVG in px (equal to WIDTH and HEIGHT in projection.ts). */
	width: number;
	height: number;
	/** Default viewBox: Western Europe to South/Southeast Asia. */
	focus: { x: number; y: number; w: number; h: number };
	/** Sorted by id. */
	countries: WorldMapCountry[];
}

let pending: Promise<WorldMap> | undefined;

/** Loads the map data once; the dynamic import keeps it out of the main bundle. */
export function loadWorldMap(): Promise<WorldMap> {
	pending ??= import('./world-map.json').then(
		(m) => m.default as WorldMap,
		(error: unknown) => {
			pending = undefined; // let a later call retry (e.g. chunk not cached yet, offline)
			throw error;
		}
	);
	return pending;
}
