/**
 * IndexedDB figures in a real Chromium with 100,000 review log entries and
 * 2,000 card states: opening the progress page and computing every statistic,
 * exporting the backup, importing it (into an empty and into an identical store).
 * Run: npx tsx scripts/bench-idb.ts [--json]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath, median, startServer } from './bench-support';

const PORT = Number(process.env.BENCH_PORT ?? 4186);
const BASE = `http://localhost:${PORT}`;
const REVIEWS = 100_000;
const CARDS = 2_000;

/** Fills the app's database (already created by a visit) in one transaction. */
async function seed(page: Page) {
	await page.evaluate(
		({ reviews, cards }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('dossier');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['cardStates', 'reviewDays', 'meta'], 'readwrite');
					const now = Date.now();
					const day = 86_400_000;
					for (let c = 0; c < cards; c++) {
						const last = now - (c % 600) * day;
						tx.objectStore('cardStates').put({
							cardId: `bench-${c}:flashcard:what`,
							due: last + ((c % 40) + 1) * day,
							stability: (c % 60) + 0.5,
							difficulty: 5,
							elapsed_days: 3,
							scheduled_days: (c % 40) + 1,
							learning_steps: 0,
							reps: 5,
							lapses: c % 4,
							state: 2,
							last_review: last
						});
					}
					// Stored as the app stores them: a record per local day, oldest first.
					const days = new Map<number, unknown[]>();
					for (let r = reviews - 1; r >= 0; r--) {
						const cardId = `bench-${r % cards}:flashcard:what`;
						const reviewedAt = now - Math.floor((r / reviews) * 730 * day) - (r % 1000);
						const key = new Date(reviewedAt).setHours(0, 0, 0, 0);
						if (!days.has(key)) days.set(key, []);
						days.get(key)!.push({
							id: `${cardId}@${reviewedAt}`,
							cardId,
							rating: (r % 4) + 1,
							reviewedAt,
							origin: 'study',
							state: r % 3 === 0 ? 1 : 2,
							due: reviewedAt,
							stability: 10,
							difficulty: 5,
							elapsed_days: 10,
							last_elapsed_days: 5,
							scheduled_days: r % 50,
							learning_steps: 0
						});
					}
					for (const [key, list] of days)
						tx.objectStore('reviewDays').put({ day: key, reviews: list });
					tx.objectStore('meta').put({ key: 'reviewCount', value: reviews });
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ reviews: REVIEWS, cards: CARDS }
	);
}

async function progressReady(page: Page): Promise<{ fromNavigation: number; compute: number }> {
	await page.goto(`${BASE}/progress`);
	await page.getByTestId('total-reviews').waitFor();
	return page.evaluate(() => {
		const mark = performance.getEntriesByName('dossier:progress-ready')[0];
		const measure = performance.getEntriesByName('dossier:progress-load')[0];
		return { fromNavigation: mark?.startTime ?? NaN, compute: measure?.duration ?? NaN };
	});
}

export async function idbBench() {
	const server = await startServer(PORT);
	const browser = await chromium.launch({
		executablePath: chromiumPath(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking']
	});
	const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
	try {
		const context = await browser.newContext({ acceptDownloads: true });
		const page = await context.newPage();
		await page.goto(`${BASE}/progress`);
		await page.getByTestId('total-reviews').waitFor();
		await seed(page);

		const opens: number[] = [];
		const computes: number[] = [];
		for (let i = 0; i < 5; i++) {
			const t = await progressReady(page);
			opens.push(t.fromNavigation);
			computes.push(t.compute);
		}
		const total = await page.getByTestId('total-reviews').textContent();

		// The same log with one day off three days ago: a streak of a few days, as most learners have.
		const deleted = await page.evaluate(
			() =>
				new Promise<number>((resolve, reject) => {
					const open = indexedDB.open('dossier');
					open.onsuccess = () => {
						const db = open.result;
						const tx = db.transaction(['reviewDays', 'meta'], 'readwrite');
						const date = new Date();
						date.setDate(date.getDate() - 3);
						const dayStart = date.setHours(0, 0, 0, 0);
						const request = tx.objectStore('reviewDays').get(dayStart);
						let count = 0;
						request.onsuccess = () => {
							count = request.result.reviews.length;
							tx.objectStore('reviewDays').delete(dayStart);
							const total = tx.objectStore('meta').get('reviewCount');
							total.onsuccess = () =>
								tx
									.objectStore('meta')
									.put({ key: 'reviewCount', value: total.result.value - count });
						};
						tx.oncomplete = () => {
							db.close();
							resolve(count);
						};
						tx.onerror = () => reject(tx.error);
					};
				})
		);
		const typical: number[] = [];
		for (let i = 0; i < 5; i++) typical.push((await progressReady(page)).compute);

		const exportTimes: number[] = [];
		const file = join(dir, 'backup.json');
		for (let i = 0; i < 3; i++) {
			const start = Date.now();
			const download = page.waitForEvent('download');
			await page.getByRole('button', { name: 'Export progress' }).click();
			await (await download).saveAs(file);
			exportTimes.push(Date.now() - start);
		}

		const input = page.getByLabel('Choose a Dossier progress file to import');
		const message = page.getByTestId('backup-message');
		const timeImport = async (expected: RegExp) => {
			const start = Date.now();
			await input.setInputFiles(file);
			await message
				.getByText(expected)
				.waitFor({ timeout: 60_000 })
				.catch(async (e) => {
					console.error(await message.textContent());
					throw e;
				});
			return Date.now() - start;
		};
		const intoIdentical = await timeImport(/nothing new|already|settings/i);
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		await page.getByRole('button', { name: 'Delete my progress' }).click();
		await page.getByTestId('total-reviews').getByText('0', { exact: true }).waitFor();
		const intoEmpty = await timeImport(/reviews/);
		await page
			.getByTestId('total-reviews')
			.getByText(String(REVIEWS - deleted), { exact: true })
			.waitFor({ timeout: 60_000 });
		const restored = await page.getByTestId('total-reviews').textContent();
		const stages = await page.evaluate(() =>
			Object.fromEntries(
				['dossier:export', 'dossier:import-parse', 'dossier:import-merge-write'].map((name) => [
					name,
					performance.getEntriesByName(name).map((e) => Math.round(e.duration))
				])
			)
		);
		await context.close();
		return {
			reviews: REVIEWS,
			cardStates: CARDS,
			shownTotalReviews: Number(total),
			restoredTotalReviews: Number(restored),
			progressReadyFromNavigationMs: median(opens),
			progressLoadAndComputeMs: median(computes),
			progressLoadAndComputeShortStreakMs: median(typical),
			exportMs: median(exportTimes),
			importIntoEmptyMs: intoEmpty,
			importIntoIdenticalMs: intoIdentical,
			inPageExportMs: stages['dossier:export'],
			inPageImportParseMs: stages['dossier:import-parse'],
			inPageImportMergeWriteMs: stages['dossier:import-merge-write']
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

if (process.argv[1]?.endsWith('bench-idb.ts')) {
	const result = await idbBench();
	if (process.argv.includes('--json')) console.log(JSON.stringify(result));
	else console.table(result);
}
