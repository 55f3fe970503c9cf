/** Great-circle distances (haversine, spherical Earth of mean radius 6371 km). */

export interface LatLon {
	lat: number;
	lon: number;
}

export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: LatLon, b: LatLon): number {
	const dLat = (b.lat - a.lat) * RAD;
	const dLon = (b.lon - a.lon) * RAD;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
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
