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
	const dLat = (b.lat - a.lat) * RAD;
	const dLon = (b.lon - a.lon) * RAD;
	const h = Math.sin(dLat / 2) ** 2 + cosA * cosB * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
