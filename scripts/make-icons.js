/**
 * Draws the app icons as PNGs with node:zlib alone (no image tools, no network).
 * The mark: two stacked study cards on a deep teal ground. Run: npm run icons
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BG = [15, 76, 92];
const CARD_BACK = [125, 190, 200];
const CARD = [250, 247, 240];
const INK = [15, 76, 92];

function crc32(buf) {
	let c;
	let crc = 0xffffffff;
	for (let n = 0; n < buf.length; n++) {
		c = (crc ^ buf[n]) & 0xff;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		crc = (crc >>> 8) ^ c;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}

function png(size, pixel) {
	const raw = Buffer.alloc((size * 3 + 1) * size);
	for (let y = 0; y < size; y++) {
		raw[y * (size * 3 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const [r, g, b] = pixel(x / size, y / size);
			const i = y * (size * 3 + 1) + 1 + x * 3;
			raw[i] = r;
			raw[i + 1] = g;
			raw[i + 2] = b;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8; // bit depth
	ihdr[9] = 2; // truecolour RGB
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
	if (x < x0 || x > x1 || y < y0 || y > y1) return false;
	const cx = Math.min(Math.max(x, x0 + r), x1 - r);
	const cy = Math.min(Math.max(y, y0 + r), y1 - r);
	return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** `inset` shrinks the mark toward the centre (maskable icons need an 80% safe zone). */
function mark(inset) {
	const s = (v) => 0.5 + (v - 0.5) * inset;
	return (x, y) => {
		if (inRoundedRect(x, y, s(0.18), s(0.32), s(0.7), s(0.8), 0.04 * inset)) {
			const lines = [0.46, 0.56, 0.66];
			for (const ly of lines)
				if (Math.abs(y - s(ly)) < 0.018 * inset && x > s(0.26) && x < s(ly === 0.66 ? 0.5 : 0.62))
					return INK;
			return CARD;
		}
		if (inRoundedRect(x, y, s(0.3), s(0.2), s(0.82), s(0.66), 0.04 * inset)) return CARD_BACK;
		return BG;
	};
}

mkdirSync('static/icons', { recursive: true });
const plain = mark(1);
const maskable = mark(0.72);
writeFileSync('static/icons/icon-192.png', png(192, plain));
writeFileSync('static/icons/icon-512.png', png(512, plain));
writeFileSync('static/icons/maskable-512.png', png(512, maskable));
writeFileSync('static/icons/apple-touch-icon.png', png(180, maskable));
writeFileSync('static/favicon.png', png(48, plain));
console.log('icons written to static/icons/');
