/**
 * A QR code held up to the camera is decoded many times a second. A code
 * counts as scanned when it comes into view: seen now, and not in the last
 * `gapMs`. Two students with the same answers have the same result code, so
 * a code that leaves the view and comes back counts again (the class table
 * marks it as the same as an earlier one).
 */
export class Sightings {
	readonly #lastSeen = new Map<string, number>();

	constructor(readonly gapMs = 1500) {}

	/** The values of `seen` (decoded at time `now`, ms) that have just come into view. */
	arrived(seen: readonly string[], now: number): string[] {
		const out: string[] = [];
		for (const value of new Set(seen)) {
			const last = this.#lastSeen.get(value);
			if (last === undefined || now - last > this.gapMs) out.push(value);
			this.#lastSeen.set(value, now);
		}
		return out;
	}
}
