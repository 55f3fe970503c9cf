/** Great-circle distances (haversine, spherical Earth of mean radius 6371 km). */

export interface LatLon {
	lat: number;
	lon: number;
}

export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
	return distanceKmCos(a, cosLat(a), b, cosLat(b));
}

/** The cosine of a point's latitude, for `distanceKmCos`. */
export function cosLat(p: LatLon): number {
	return Math.cos(p.lat * RAD);
}

/**
 * `distanceKm` with each point's `cosLat` given: the same arithmetic, so the
 * same result, for a caller that measures from many points it can keep the
 * cosines of.
 */
export function distanceKmCos(a: LatLon, cosA: number, b: LatLon, cosB: number): number {
	return distanceKmOf(a.lat, a.lon, cosA, b.lat, b.lon, cosB);
}

/**
 * `distanceKmCos` of coordinates as plain numbers: for a caller that keeps
 * many points in typed arrays (reading `lat` from objects of several shapes
 * is what slowed a scan over them).
 */
export function distanceKmOf(
	latA: number,
	lonA: number,
	cosA: number,
	latB: number,
	lonB: number,
	cosB: number
): number {
	const dLat = (latB - latA) * RAD;
	const dLon = (lonB - lonA) * RAD;
	const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A point as a vector on the unit sphere (for comparing distances with no trigonometry). */
export function unitVector(latDeg: number, lonDeg: number): [x: number, y: number, z: number] {
	const cosLatitude = Math.cos(latDeg * RAD);
	return [
		cosLatitude * Math.cos(lonDeg * RAD),
		cosLatitude * Math.sin(lonDeg * RAD),
		Math.sin(latDeg * RAD)
	];
}

/**
 * The straight-line distance through the unit sphere between two points
 * `km` apart on its surface: it grows with the great-circle distance, so
 * comparing chords of unit vectors orders points as `distanceKm` does.
 */
export function chordOfKm(km: number): number {
	return 2 * Math.sin(km / EARTH_RADIUS_KM / 2);
}
