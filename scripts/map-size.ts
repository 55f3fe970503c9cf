/**
 * Prints the size of the map data the client loads: raw, gzipped and
 * brotli-compressed bytes of src/lib/map/world-map.json, and its country
 * count.
 *
 *   npx tsx scripts/map-size.ts          # human-readable
 *   npx tsx scripts/map-size.ts --json   # one JSON line, for the bench
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const MAP_FILE = fileURLToPath(new URL('../src/lib/map/world-map.json', import.meta.url));
/** The budget for the map data, gzipped. */
export const MAP_BUDGET_GZIP_BYTES = 150 * 1024;

export interface MapSize {
	file: string;
	rawBytes: number;
	/** gzip at level 9, what a static host precompresses with. */
	gzipBytes: number;
	brotliBytes: number;
	countries: number;
	/** Countries drawn only as a point marker (`small`). */
	smallCountries: number;
}

export function measureMap(text: string, file = MAP_FILE): MapSize {
	const bytes = Buffer.from(text, 'utf8');
	const data = JSON.parse(text) as { countries: { small: boolean }[] };
	return {
		file,
		rawBytes: bytes.length,
		gzipBytes: gzipSync(bytes, { level: 9 }).length,
		brotliBytes: brotliCompressSync(bytes, {
			params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
		}).length,
		countries: data.countries.length,
		smallCountries: data.countries.filter((c) => c.small).length
	};
}

function kb(n: number): string {
	return `${(n / 1024).toFixed(1)} KB`;
}

function main(): void {
	const size = measureMap(readFileSync(MAP_FILE, 'utf8'));
	if (process.argv.includes('--json')) {
		console.log(JSON.stringify({ ...size, budgetGzipBytes: MAP_BUDGET_GZIP_BYTES }));
		return;
	}
	console.log(`world-map.json  ${size.file}`);
	console.log(`  raw      ${size.rawBytes} B (${kb(size.rawBytes)})`);
	console.log(
		`  gzip -9  ${size.gzipBytes} B (${kb(size.gzipBytes)}), budget ${kb(MAP_BUDGET_GZIP_BYTES)}`
	);
	console.log(`  brotli   ${size.brotliBytes} B (${kb(size.brotliBytes)})`);
	console.log(`  countries ${size.countries} (${size.smallCountries} small, shown as markers)`);
	if (size.gzipBytes > MAP_BUDGET_GZIP_BYTES) {
		console.error('over budget');
		process.exitCode = 1;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
