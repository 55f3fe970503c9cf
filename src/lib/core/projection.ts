/**
 * The map projection, in plain TypeScript so the browser can project fact
 * places and invert clicks without shipping d3-geo. The build script
 * (`scripts/build-map.ts`) wraps the same raw functions in
 * `d3.geoProjection(millerRaw)` with the same SCALE and translate
 * ([TX, TY]), so the committed SVG paths and `project` agree to a
 * fraction of a pixel (see projection.test.ts).
 *
 * Projection: Miller cylindrical. x = λ, y = 1.25·ln(tan(π/4 + 0.4·φ)).
 * It is finite at the poles, keeps shapes reasonable from the equator
 * (Maldives, Southeast Asia) to 60°N (Scandinavia), and inverts exactly.
 *
 * Pure: no DOM, no Node imports.
 */

const DEG = Math.PI / 180;

/** A raw projection in radians, d3's convention: y grows northwards. */
export interface RawProjection {
	(lambda: number, phi: number): [number, number];
	invert(x: number, y: number): [number, number];
}

function millerForward(lambda: number, phi: number): [number, number] {
	return [lambda, 1.25 * Math.log(Math.tan(Math.PI / 4 + 0.4 * phi))];
}

function millerInverse(x: number, y: number): [number, number] {
	return [x, 2.5 * Math.atan(Math.exp(0.8 * y)) - 0.625 * Math.PI];
}

/** Miller cylindrical raw projection (radians in, unscaled units out). */
export const millerRaw: RawProjection = Object.assign(millerForward, { invert: millerInverse });

/** Raw y of the poles: 1.25·ln(tan(0.45π)) ≈ 2.3034. */
const Y_POLE = millerForward(0, Math.PI / 2)[1];

/** Width in px of the whole-world SVG (lon -180 → x 0, lon 180 → x WIDTH). */
export const WIDTH = 1000;
/** Pixels per raw unit (radian of longitude): WIDTH / 2π ≈ 159.155. */
export const SCALE = WIDTH / (2 * Math.PI);
/** Height in px of the whole-world SVG: both poles fit, rounded up to a whole pixel (734). */
export const HEIGHT = Math.ceil(2 * SCALE * Y_POLE);
/** Translate: where lon 0, lat 0 lands. */
export const TX = WIDTH / 2;
export const TY = HEIGHT / 2;

/** Project lon/lat in degrees to SVG x/y in px (y grows downwards). */
export function project(lon: number, lat: number): [number, number] {
	const [x, y] = millerForward(lon * DEG, lat * DEG);
	return [TX + SCALE * x, TY - SCALE * y];
}

/**
 * Invert SVG x/y in px to lon/lat in degrees. Longitude is wrapped into
 * [-180, 180], latitude clamped to [-90, 90] (points outside the world
 * rectangle map to its edges rather than to impossible coordinates).
 */
export function unproject(x: number, y: number): [number, number] {
	const [lambda, phi] = millerInverse((x - TX) / SCALE, (TY - y) / SCALE);
	let lon = lambda / DEG;
	if (lon > 180 || lon < -180) lon = ((((lon + 180) % 360) + 360) % 360) - 180;
	const lat = Math.max(-90, Math.min(90, phi / DEG));
	return [lon, lat];
}

/** A viewBox rectangle in SVG px. */
export interface ViewBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** The region the facts span, in degrees: Western Europe to South/Southeast Asia. */
export const FOCUS_BOUNDS = { west: -12, east: 127, south: -8, north: 62 } as const;

/** The smallest whole-pixel viewBox containing a lon/lat box. */
export function viewBoxOf(west: number, south: number, east: number, north: number): ViewBox {
	const [x0, y0] = project(west, north);
	const [x1, y1] = project(east, south);
	const x = Math.floor(x0);
	const y = Math.floor(y0);
	return { x, y, w: Math.ceil(x1) - x, h: Math.ceil(y1) - y };
}

/** Default viewBox of the map pages: FOCUS_BOUNDS in px. */
export const FOCUS: ViewBox = viewBoxOf(
	FOCUS_BOUNDS.west,
	FOCUS_BOUNDS.south,
	FOCUS_BOUNDS.east,
	FOCUS_BOUNDS.north
);

/** Great-circle distance in km between two lon/lat points (haversine, mean Earth radius). */
export function greatCircleKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
	const dPhi = (lat2 - lat1) * DEG;
	const dLambda = (lon2 - lon1) * DEG;
	const a =
		Math.sin(dPhi / 2) ** 2 +
		Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.sin(dLambda / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}
