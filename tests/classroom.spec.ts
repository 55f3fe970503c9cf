/**
 * Classroom: quiz codes shared with no server, the projector, the printable
 * worksheet and reading result codes back. Every test loads the app once
 * online and then runs offline.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { loadFactBase } from '../content/load';
import { buildQuiz, type Question, type QuizSettings } from '../src/lib/core';
import { questionSummary } from '../src/lib/core/question-text';
import {
	QUIZ_CODE_MESSAGES,
	RESULT_CODE_MESSAGES,
	decodeQuizCode,
	encodeQuizCode,
	encodeResultCode,
	quizContentVersion
} from '../src/lib/core/classroom';
import { axeViolations, goOfflineAfterFirstVisit, sidewaysOverflow } from './helpers';
import { answerWithKeyboard } from './quiz-answers';

const base = loadFactBase();
/** The version this build's codes carry. */
const CONTENT_VERSION = quizContentVersion(base.version);

function codeFor(settings: Omit<QuizSettings, 'topics'> & { topics?: QuizSettings['topics'] }) {
	return encodeQuizCode({
		topics: settings.topics?.length ? settings.topics : ['groups', 'dates', 'geography'],
		types: settings.types,
		count: settings.count,
		seed: settings.seed,
		factBaseVersion: CONTENT_VERSION
	});
}

function questionsOf(code: string): Question[] {
	const decoded = decodeQuizCode(code, CONTENT_VERSION);
	if (!decoded.ok) throw new Error(decoded.message);
	return buildQuiz(base, decoded.settings).questions;
}

const MIXED = ['mcq', 'truefalse', 'cloze', 'year', 'timeline', 'matching'] as const;
/** A 20-question quiz with every type the quiz offers in class (no flashcards). */
const CODE_20 = codeFor({ types: [...MIXED], count: 20, seed: 1_240_103 });
/** A map quiz: "Where is …?" questions print as outline maps. */
const CODE_MAP = codeFor({ types: ['locate', 'mcq'], topics: ['geography'], count: 8, seed: 777 });

/** Replaces the character at `at` (dashes not counted) by another valid one: a single typo. */
function withTypo(code: string, at: number): string {
	let seen = -1;
	return [...code]
		.map((ch) => {
			if (ch === '-') return ch;
			seen++;
			return seen === at ? (ch === 'A' ? 'B' : 'A') : ch;
		})
		.join('');
}

/** A fresh browser context, like another student's device: first visit online, then offline. */
async function offlineDevice(browser: Browser) {
	const baseURL = test.info().project.use.baseURL;
	const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await goOfflineAfterFirstVisit(page, context, '/class');
	return { context, page };
}

/** Everything the projector shows for each question, before any reveal. */
async function readProjector(page: Page, code: string) {
	await page.goto(`/class/projector?code=${code}`);
	await expect(page.getByTestId('progress')).toHaveText(/1 \/ \d+/);
	const total = Number((await page.getByTestId('progress').textContent())?.split('/')[1]);
	const seen: { id: string | null; prompt: string; options: string[] }[] = [];
	for (let i = 0; i < total; i++) {
		await expect(page.getByTestId('progress')).toHaveText(`${i + 1} / ${total}`);
		const stage = page.locator('[data-question-id]');
		seen.push({
			id: await stage.getAttribute('data-question-id'),
			prompt: (await page.getByTestId('prompt').textContent()) ?? '',
			options: await stage.getByTestId('option').allTextContents()
		});
		await page.keyboard.press('ArrowRight');
	}
	await expect(page.getByTestId('progress')).toHaveText('Summary');
	return seen;
}

test('a teacher makes a code; two offline devices build the identical quiz from it', async ({
	page,
	context,
	browser
}) => {
	test.setTimeout(90_000);
	await goOfflineAfterFirstVisit(page, context, '/class');
	await page.goto('/class');
	await expect(page).toHaveTitle(/Class/);
	await expect(page.getByRole('heading', { level: 1, name: 'Class' })).toBeVisible();
	await page.getByLabel('Number of questions').fill('12');
	await page.getByRole('button', { name: 'Make a code' }).click();

	const code = ((await page.getByTestId('quiz-code').textContent()) ?? '').trim();
	expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
	const qr = page.getByRole('img', { name: `QR code of the link to quiz ${code}` });
	await expect(qr).toBeVisible();
	expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
	await expect(page.getByTestId('quiz-link')).toHaveAttribute(
		'href',
		new RegExp(`^http://localhost:\\d+/quiz\\?code=${code}$`)
	);
	await expect(page.getByRole('link', { name: 'Projector view' })).toHaveAttribute(
		'href',
		`/class/projector?code=${code}`
	);
	await expect(page.getByRole('link', { name: 'Printable worksheet' })).toHaveAttribute(
		'href',
		`/class/print?code=${code}`
	);
	// The code survives a reload (it is in the address).
	await expect(page).toHaveURL(new RegExp(`/class\\?code=${code}$`));
	await page.reload();
	await expect(page.getByTestId('quiz-code')).toHaveText(code);
	expect(await axeViolations(page)).toEqual([]);

	// Two other devices, both offline, open the code: the same questions, in the same order,
	// with the same options in the same order, and the ones the engine builds from the code.
	const seen: Awaited<ReturnType<typeof readProjector>>[] = [];
	for (let device = 0; device < 2; device++) {
		const other = await offlineDevice(browser);
		seen.push(await readProjector(other.page, code));
		await other.context.close();
	}
	expect(seen[0]).toHaveLength(12);
	expect(seen[1]).toEqual(seen[0]);
	const expected = questionsOf(code);
	expect(seen[0]!.map((q) => q.id)).toEqual(expected.map((q) => q.id));
	expect(seen[0]!.map((q) => q.prompt)).toEqual(expected.map((q) => q.prompt));
	expected.forEach((q, i) => {
		if (q.type === 'mcq' || q.type === 'year') {
			expect(seen[0]![i]!.options.map((o) => o.trim().replace(/^[A-D]\s*/, ''))).toEqual(
				q.options.map((o) => o.label)
			);
		}
	});
});

test('the worksheet is the same on two offline devices', async ({ browser }) => {
	test.setTimeout(60_000);
	const sheets = [];
	for (let device = 0; device < 2; device++) {
		const other = await offlineDevice(browser);
		await other.page.goto(`/class/print?code=${CODE_20}`);
		const sheet = other.page.getByTestId('worksheet');
		await expect(sheet).toHaveAttribute('data-ready', 'true');
		sheets.push({
			ids: await sheet
				.locator('[data-question-id]')
				.evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id'))),
			text: await sheet.innerText()
		});
		await other.context.close();
	}
	expect(sheets[0]!.ids).toEqual(questionsOf(CODE_20).map((q) => q.id));
	expect(sheets[1]).toEqual(sheets[0]);
});

// Needs the quiz page to open `/quiz?code=…` (quizFromCode) and the results screen to show
// ResultCodePanel: the quiz route's owner wires both.
test('two offline devices opening /quiz?code= get the identical quiz, and a result code the check page reads', async ({
	browser
}) => {
	const code = codeFor({ types: ['mcq', 'truefalse', 'cloze', 'year'], count: 6, seed: 4242 });
	const questions = questionsOf(code);
	const RIGHT = [true, false, true, true, false, true];
	const seen = [];
	for (let device = 0; device < 2; device++) {
		const { context, page } = await offlineDevice(browser);
		await page.goto(`/quiz?code=${code}`);
		const shown = [];
		for (const [i, question] of questions.entries()) {
			const section = page.locator('[data-question-id]');
			await expect(section).toHaveAttribute('data-question-id', question.id);
			shown.push({ id: question.id, text: await section.innerText() });
			await answerWithKeyboard(page, question, RIGHT[i]!);
			await page.keyboard.press('Enter');
		}
		seen.push(shown);
		await expect(page.getByTestId('score')).toContainText('4 / 6');
		const panel = page.getByTestId('result-code-panel');
		await expect(panel).toContainText('It holds only your answers, no name.');
		const resultCode = ((await panel.getByTestId('result-code').textContent()) ?? '').trim();
		expect(resultCode).toBe(encodeResultCode({ quizCode: code, answers: RIGHT, questions }));
		await expect(panel.getByRole('img', { name: /QR code of result code/ })).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		// The teacher's device reads it back.
		await page.goto('/class/check');
		await page.getByLabel('Result codes').fill(resultCode);
		await page.getByRole('button', { name: 'Check results' }).click();
		await expect(page.getByTestId('class-summary')).toContainText('1 student · 6 questions');
		await expect(page.getByTestId('students-table').locator('tbody tr')).toHaveText(
			/1\s*4 \/ 6\s*67%/
		);
		await context.close();
	}
	expect(seen[1]).toEqual(seen[0]);
});

test('a mistyped code is caught by the check character, with a clear message', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context, '/class');
	await page.goto('/class');
	const entry = page.getByRole('region', { name: 'Already have a code?' });
	const input = entry.getByLabel('Quiz code');
	const error = entry.locator('[aria-live]');
	const open = entry.getByRole('button', { name: 'Show code' });

	// Every single-character substitution, in any position, is caught.
	for (const at of [0, 4, 9]) {
		await input.fill(withTypo(CODE_20, at));
		await open.click();
		await expect(error).toHaveText(QUIZ_CODE_MESSAGES.typo);
		await expect(input).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByTestId('quiz-code-card')).toHaveCount(0);
	}
	// So is a swap of two neighbours.
	const compact = CODE_20.replace('-', '');
	const swapped = compact.slice(0, 2) + compact[3] + compact[2] + compact.slice(4);
	expect(swapped).not.toBe(compact);
	await input.fill(swapped);
	await open.click();
	await expect(error).toHaveText(QUIZ_CODE_MESSAGES.typo);
	// Look-alikes are named; a short code says how long a code is.
	await input.fill('O' + CODE_20.slice(1));
	await open.click();
	await expect(error).toContainText('The 1st letter or digit is the letter O');
	await input.fill(CODE_20.slice(0, 8));
	await open.click();
	await expect(error).toContainText('too short');
	// Typing clears the error; the right code, in lower case without the dash, opens.
	await input.fill(compact.toLowerCase());
	await expect(input).not.toHaveAttribute('aria-invalid', 'true');
	await open.click();
	await expect(page.getByTestId('quiz-code')).toHaveText(CODE_20);
	await expect(error).toHaveText('');
	expect(await axeViolations(page)).toEqual([]);
});

test('a code from newer facts asks for an app update', async ({ page, context }) => {
	await goOfflineAfterFirstVisit(page, context, '/class');
	const newer = encodeQuizCode({
		topics: ['dates'],
		types: ['mcq'],
		count: 10,
		seed: 1,
		factBaseVersion: CONTENT_VERSION + 1
	});
	await page.goto(`/class/projector?code=${newer}`);
	await expect(page.getByRole('alert')).toContainText('update the app');
});

test('result codes pasted on Check results give the class table', async ({ page, context }) => {
	const questions = questionsOf(CODE_20);
	expect(questions).toHaveLength(20);
	const students = [
		Array.from({ length: 20 }, (_, i) => i % 4 !== 0), // 15 right
		Array.from({ length: 20 }, (_, i) => i < 10), // 10 right
		Array.from({ length: 20 }, () => true) // 20 right
	];
	const codes = students.map((answers) =>
		encodeResultCode({ quizCode: CODE_20, answers, questions })
	);
	const otherQuiz = encodeResultCode({
		quizCode: CODE_MAP,
		answers: [true, true, false, true, true, true, false, true]
	});
	const typo = withTypo(codes[0]!, 6);

	// First visit on /class: the service worker registers from top-level pages only (see report).
	await goOfflineAfterFirstVisit(page, context, '/class');
	await page.goto('/class/check');
	await expect(page.getByRole('heading', { level: 1, name: 'Check results' })).toBeVisible();
	await page
		.getByLabel('Result codes')
		.fill([codes[0], codes[1]!.toLowerCase(), '', typo, codes[2], otherQuiz].join('\n'));
	await page.getByRole('button', { name: 'Check results' }).click();

	await expect(page.getByTestId('class-summary')).toContainText('3 students · 20 questions');
	await expect(page.getByTestId('class-summary')).toContainText('average 15.0 / 20 (75%)');
	const rows = page.getByTestId('students-table').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.nth(0)).toHaveText(/1\s*15 \/ 20\s*75%/);
	await expect(rows.nth(1)).toHaveText(/2\s*10 \/ 20\s*50%/);
	await expect(rows.nth(2)).toHaveText(/4\s*20 \/ 20\s*100%/);

	const perQuestion = page.getByTestId('questions-table').locator('tbody tr');
	await expect(perQuestion).toHaveCount(20);
	// On a 360 px phone the tables fit the screen.
	expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
	for (const [i, question] of questions.entries()) {
		const right = students.filter((s) => s[i]).length;
		const cells = perQuestion.nth(i).locator('td');
		await expect(cells.nth(0)).toContainText(questionSummary(question));
		await expect(cells.nth(1)).toHaveText(String(right));
		await expect(cells.nth(2)).toHaveText(String(3 - right));
	}
	// The typo and the other quiz's code are listed, not counted.
	await expect(page.getByText(RESULT_CODE_MESSAGES.typo)).toBeVisible();
	await expect(page.getByText(`for another quiz (code ${CODE_MAP})`)).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);
});

test('projector: one question at a time, Space reveals with the source, arrows move, tally counts', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context, '/class');
	const questions = questionsOf(CODE_20);
	await page.goto(`/class/projector?code=${CODE_20}`);
	await expect(page.getByTestId('progress')).toHaveText('1 / 20');
	await expect(page.getByTestId('prompt')).toHaveText(questions[0]!.prompt);
	await expect(page.getByTestId('answer')).toHaveCount(0);

	await page.keyboard.press('Space');
	await expect(page.getByTestId('answer')).toBeVisible();
	await expect(page.locator('.sources blockquote').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();

	// The tally: clicks count; Space with a tally button focused still reveals, not counts.
	const right = page.getByRole('button', { name: /\+ right/ });
	await right.click();
	await right.click();
	await page.getByRole('button', { name: /\+ wrong/ }).click();
	await expect(page.getByTestId('tally-right')).toHaveText('2');
	await expect(page.getByTestId('tally-wrong')).toHaveText('1');
	await right.focus();
	await page.keyboard.press('Space');
	await expect(page.getByTestId('answer')).toHaveCount(0);
	await expect(page.getByTestId('tally-right')).toHaveText('2');

	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('progress')).toHaveText('2 / 20');
	await expect(page.getByTestId('prompt')).toHaveText(questions[1]!.prompt);
	await expect(page.getByTestId('tally-right')).toHaveText('0');
	await expect(page.getByTestId('answer')).toHaveCount(0);
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('progress')).toHaveText('1 / 20');
	await expect(page.getByTestId('tally-right')).toHaveText('2');
	expect(await axeViolations(page)).toEqual([]);

	// The question the class is on, and the tally, survive a reload; End goes to the summary.
	await page.keyboard.press('ArrowRight');
	await page.reload();
	await expect(page.getByTestId('progress')).toHaveText('2 / 20');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('tally-right')).toHaveText('2');
	await page.keyboard.press('End');
	await expect(page.getByTestId('progress')).toHaveText('Summary');
	await expect(page.getByText('Class tally: 2 right, 1 wrong.')).toBeVisible();
});

test('projector reveals every question type, in light and dark, in sight on a 1280×720 projector', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await goOfflineAfterFirstVisit(page, context, '/class');
	await page.setViewportSize({ width: 1280, height: 720 });
	const answer = page.getByTestId('answer');
	const controls = page.locator('.controls');
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const code of [CODE_20, CODE_MAP]) {
			const total = questionsOf(code).length;
			await page.goto(`/class/projector?code=${code}`);
			for (let i = 0; i < total; i++) {
				await expect(page.getByTestId('progress')).toHaveText(`${i + 1} / ${total}`);
				await page.keyboard.press('Space');
				await expect(answer).toBeInViewport({ ratio: 1 });
				// Not under the sticky controls either.
				const [a, c] = [await answer.boundingBox(), await controls.boundingBox()];
				expect(a!.y + a!.height, `question ${i + 1}`).toBeLessThanOrEqual(c!.y + 1);
				if (i < 3 || code === CODE_MAP) expect(await axeViolations(page)).toEqual([]);
				await page.keyboard.press('ArrowRight');
			}
		}
	}
});

/** Counts the pages of a PDF: its `/Type /Page` objects (not `/Pages`). */
function pdfPages(pdf: Buffer): number {
	return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('the worksheet prints black on white, with the answer key starting on its own page', async ({
	page,
	context
}) => {
	await goOfflineAfterFirstVisit(page, context, '/class');
	const questions = questionsOf(CODE_20);
	await page.goto(`/class/print?code=${CODE_20}`);
	const sheet = page.getByTestId('worksheet');
	await expect(sheet).toHaveAttribute('data-ready', 'true');
	await expect(sheet.locator('.questions > li')).toHaveCount(20);
	await expect(sheet.locator('.answers > li')).toHaveCount(20);
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const print = await page.evaluate(() => {
		const key = document.querySelector('[data-testid="answer-key"]')!;
		const style = getComputedStyle(key);
		const visible = (selector: string) => {
			const el = document.querySelector(selector);
			return !!el && getComputedStyle(el).display !== 'none';
		};
		return {
			breakBefore: style.breakBefore,
			header: visible('body > div > header'),
			toolbar: visible('.toolbar'),
			bodyBackground: getComputedStyle(document.body).backgroundColor,
			textColor: getComputedStyle(document.querySelector('.q .prompt')!).color,
			questionBreak: getComputedStyle(document.querySelector('.q')!).breakInside
		};
	});
	expect(print).toEqual({
		breakBefore: 'page',
		header: false,
		toolbar: false,
		bodyBackground: 'rgb(255, 255, 255)',
		textColor: 'rgb(0, 0, 0)',
		questionBreak: 'avoid'
	});

	// The PDF: pages with the questions only, plus pages with the key only, make up the
	// whole worksheet, so the key never shares a page with the questions.
	const whole = pdfPages(await page.pdf({ format: 'A4' }));
	const letter = pdfPages(await page.pdf({ format: 'Letter' }));
	const hide = (selector: string) =>
		page.addStyleTag({ content: `${selector} { display: none !important; }` });
	await hide('[data-testid="answer-key"]');
	const questionPages = pdfPages(await page.pdf({ format: 'A4' }));
	await page.reload();
	await expect(sheet).toHaveAttribute('data-ready', 'true');
	await hide('.sheet-head, .questions');
	const keyPages = pdfPages(await page.pdf({ format: 'A4' }));
	expect(questionPages).toBeGreaterThan(0);
	expect(keyPages).toBeGreaterThan(0);
	expect(whole).toBe(questionPages + keyPages);
	test.info().annotations.push({
		type: 'worksheet pages',
		description: `${questions.length} questions (${CODE_20}): A4 ${whole} pages (${questionPages} questions + ${keyPages} key), Letter ${letter}`
	});
	console.log(
		`Worksheet ${CODE_20}, 20 questions: A4 ${whole} pages (${questionPages} questions + ${keyPages} answer key), Letter ${letter} pages`
	);
});

test('map questions print as an outline map with numbered markers', async ({ page, context }) => {
	await goOfflineAfterFirstVisit(page, context, '/class');
	const questions = questionsOf(CODE_MAP);
	const locate = questions.filter((q) => q.type === 'locate');
	expect(locate.length).toBeGreaterThan(0);
	await page.goto(`/class/print?code=${CODE_MAP}`);
	await expect(page.getByTestId('worksheet')).toHaveAttribute('data-ready', 'true');
	for (const q of locate) {
		const item = page.locator(`[data-question-id="${q.id}"]`);
		const map = item.getByRole('img', { name: /Outline map with \d numbered markers/ });
		await expect(map).toBeVisible();
		await expect(map.locator('.marker text')).toHaveText(q.choices.map((_, i) => String(i + 1)));
		// The names are not on the question side; the key gives the number.
		if (q.target.placeType === 'country') {
			const right = q.choices.findIndex((c) => c.factId === q.answerChoiceId);
			await expect(page.getByTestId('answer-key')).toContainText(
				`Number ${right + 1}: ${q.choices[right]!.name}`
			);
		}
	}
	expect(await axeViolations(page)).toEqual([]);
});

/**
 * Chromium on Linux has no QR decoder (`BarcodeDetector`), so a stand-in
 * "sees" whatever the test puts in view; everything else is real, the
 * camera included (Chromium's fake device). It records the streams opened,
 * to check the camera is released.
 */
async function fakeQrDecoder(page: Page, camera: 'works' | 'refused' = 'works') {
	await page.addInitScript((cameraState) => {
		const w = window as unknown as {
			inView: string[];
			framesRead: number;
			streams: MediaStream[];
			BarcodeDetector: unknown;
		};
		w.inView = [];
		w.framesRead = 0;
		w.streams = [];
		w.BarcodeDetector = class {
			static async getSupportedFormats() {
				return ['ean_13', 'qr_code'];
			}
			async detect(source: unknown) {
				if (!(source instanceof HTMLVideoElement) || source.videoWidth === 0)
					throw new TypeError('no camera picture');
				w.framesRead++;
				return w.inView.map((rawValue) => ({ rawValue }));
			}
		};
		const open = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
		navigator.mediaDevices.getUserMedia = async (constraints) => {
			if (cameraState === 'refused') throw new DOMException('Permission denied', 'NotAllowedError');
			const stream = await open(constraints);
			w.streams.push(stream);
			return stream;
		};
	}, camera);
}

test('Check results scans result QR codes with the camera: once while in view, again when back', async ({
	page
}) => {
	const questions = questionsOf(CODE_20);
	const allRight = encodeResultCode({
		quizCode: CODE_20,
		answers: questions.map(() => true),
		questions
	});
	const fiveRight = encodeResultCode({
		quizCode: CODE_20,
		answers: questions.map((_, i) => i < 5),
		questions
	});
	await fakeQrDecoder(page);
	await page.goto('/class/check');
	const show = (codes: string[]) =>
		page.evaluate((c) => ((window as unknown as { inView: string[] }).inView = c), codes);
	const framesRead = () =>
		page.evaluate(() => (window as unknown as { framesRead: number }).framesRead);

	// From the keyboard: focus stays on the button, which now stops the camera.
	await page.getByRole('button', { name: 'Scan QR codes with the camera' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Stop the camera' })).toBeFocused();
	const status = page.getByTestId('scan-status');
	await expect(status).toHaveText('Camera on: hold a result QR code in view.');
	await expect(page.getByLabel('Camera picture')).toBeVisible();
	await expect.poll(framesRead).toBeGreaterThan(0);

	await show([allRight]);
	await expect(status).toHaveText('Added code 1 (20 / 20).');
	const before = await framesRead();
	await expect.poll(framesRead).toBeGreaterThan(before + 3); // still in view, read again and again
	await show([fiveRight]);
	await expect(status).toHaveText('Added code 2 (5 / 20).');
	await show([]);
	await page.waitForTimeout(1800); // out of view long enough: showing it again is a new scan
	await show([allRight]);
	await expect(status).toHaveText(
		'Added code 3 (20 / 20): the same as code 1, from another student with the same answers or scanned twice.'
	);
	await show([CODE_20]);
	await expect(status).toContainText('That is a quiz code, not a result code');
	await show(['https://example.org/']);
	await expect(status).toHaveText('That QR code does not hold a result code.');
	const box = page.getByLabel('Result codes');
	await expect(box).toHaveValue([allRight, fiveRight, allRight].join('\n'));

	await page.getByRole('button', { name: 'Stop the camera' }).click();
	await expect(status).toHaveText('Camera off.');
	await expect(page.getByLabel('Camera picture')).toHaveCount(0);
	const released = await page.evaluate(() =>
		(window as unknown as { streams: MediaStream[] }).streams.flatMap((s) =>
			s.getTracks().map((t) => t.readyState)
		)
	);
	expect(released.length).toBeGreaterThan(0);
	expect(released.every((state) => state === 'ended')).toBe(true);

	await page.getByRole('button', { name: 'Check results' }).click();
	await expect(page.getByTestId('class-summary')).toContainText('3 students · 20 questions');
	expect(await axeViolations(page)).toEqual([]);
});

test('Check results: a refused camera says so, and a browser with no QR decoder says what to do instead', async ({
	page,
	browser
}) => {
	await fakeQrDecoder(page, 'refused');
	await page.goto('/class/check');
	await page.getByRole('button', { name: 'Scan QR codes with the camera' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Camera access was refused. Allow the camera for this site in the browser’s settings, or paste the codes.'
	);
	await expect(page.getByRole('button', { name: 'Scan QR codes with the camera' })).toBeEnabled();

	const plain = await browser.newPage();
	await plain.goto(page.url());
	await expect(plain.getByRole('heading', { level: 1, name: 'Check results' })).toBeVisible();
	if (!(await plain.evaluate(() => 'BarcodeDetector' in window))) {
		await expect(plain.getByText('This browser cannot read QR codes itself')).toBeVisible();
		await expect(plain.getByRole('button', { name: /Scan QR codes/ })).toHaveCount(0);
	}
	await plain.close();
});
