/**
 * Real Chromium for the browser tests (Debian's package, driven by playwright-core), with
 * a page that records every console error, failed request and request to another origin,
 * so each test can assert that a reader saw none.
 */
import { chromium, type Browser, type Frame, type Page, type BrowserContextOptions } from 'playwright-core';
import { READING_LINE } from '../../src/lib/story/engine';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Debian's Chromium as root in a sandbox with no network beyond loopback. */
const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs, ...extraArgs] });
}

export interface WatchedPage {
	page: Page;
	/** Console errors, page errors, failed or refused requests, and requests that left the site. */
	problems: string[];
}

export async function openPage(browser: Browser, siteOrigin: string, options: BrowserContextOptions = {}): Promise<WatchedPage> {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(siteOrigin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request left the site: ${url}`);
	});
	return { page, problems };
}

/** Each step's words: what reaches the reading line. */
export const stepTextSelector = (stepId: string) => `[data-step="${stepId}"] .step-card`;

/** Scrolls so that a step's words sit just above the reading line, as a reader would. */
export async function scrollStepToReadingLine(page: Page, stepId: string): Promise<void> {
	await page.evaluate(
		([selector, line]) => {
			const el = document.querySelector(selector)!;
			const top = el.getBoundingClientRect().top + window.scrollY;
			window.scrollTo({ top: top - window.innerHeight * line + 24, behavior: 'instant' });
		},
		[stepTextSelector(stepId), READING_LINE] as const
	);
}

/**
 * The step a reader would call current, measured from the page and not asked of the engine:
 * the last step whose words' top is at or above the reading line (null before the first).
 */
export async function stepAtReadingLine(target: Page | Frame): Promise<string | null> {
	return target.evaluate((line) => {
		const y = window.innerHeight * line;
		const steps = [...document.querySelectorAll('[data-step]')];
		return (
			steps
				.filter((el) => el.querySelector('.step-card')!.getBoundingClientRect().top <= y)
				.at(-1)
				?.getAttribute('data-step') ?? null
		);
	}, READING_LINE);
}

/** What the page shows now: the active step, and every stage chart's state. */
export async function observedState(page: Page) {
	return page.evaluate(() => ({
		active: document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null,
		charts: Object.fromEntries(
			[...document.querySelectorAll('.stage [data-chart]')].map((el) => [el.getAttribute('data-chart'), el.getAttribute('data-state')])
		) as Record<string, string>,
		visibleChart: [...document.querySelectorAll('.stage .stage-chart.active [data-chart]')].map((el) => el.getAttribute('data-chart'))[0]
	}));
}

/**
 * Waits until a step is active and the stage's charts are drawn (their code loads on demand,
 * so a step can be active a moment before its chart is there).
 */
export async function waitForStep(target: Page | Frame, stepId: string | null, timeout = 5000): Promise<void> {
	await target.waitForFunction(
		(id) =>
			(document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null) === id &&
			document.querySelectorAll('.stage [data-chart]').length === 3,
		stepId,
		{ timeout }
	);
}

/** Waits until the page's JavaScript has taken over (the root layout marks it). */
export async function waitForHydration(target: Page | Frame): Promise<void> {
	await target.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/**
 * Waits until nothing on the page is moving: no CSS transition or animation running (the
 * Web Animations API lists both), over two frames in a row. Contrast and layout checks look
 * at what a reader sees once a change has finished.
 */
export async function waitForStill(target: Page | Frame, timeout = 10_000): Promise<void> {
	const deadline = Date.now() + timeout;
	// evaluate (unlike waitForFunction) awaits the page's promise, so each look spans two frames.
	const stillOverTwoFrames = () =>
		target.evaluate(
			() =>
				new Promise<boolean>((resolve) => {
					const still = () => document.getAnimations().every((a) => a.playState !== 'running');
					requestAnimationFrame(() => {
						const first = still();
						requestAnimationFrame(() => resolve(first && still()));
					});
				})
		);
	while (!(await stillOverTwoFrames())) {
		if (Date.now() > deadline) throw new Error(`The page was still moving after ${timeout} ms`);
	}
}

/** Waits until the page has stopped scrolling: the same position twice, 150 ms apart. */
export async function waitForScrollToStop(page: Page, timeout = 5000): Promise<void> {
	const deadline = Date.now() + timeout;
	let last = await page.evaluate(() => window.scrollY);
	for (;;) {
		// One look every 150 ms, timed in the page (evaluate awaits the page's promise).
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 150)));
		const y = await page.evaluate(() => window.scrollY);
		if (y === last) return;
		if (Date.now() > deadline) throw new Error(`Still scrolling after ${timeout} ms`);
		last = y;
	}
}
