/**
 * npm run bench (after `npm ci --prefix bench` has installed Lighthouse into bench/): builds
 * the piece (build/) and the benchmark app (bench/routes, into build-bench/), serves both on
 * loopback, drives Debian's Chromium through them and measures:
 *  - the JavaScript (gzip) that `/` loads on a phone before any scrolling;
 *  - Lighthouse (mobile emulation) performance, LCP, TBT and CLS for `/`, three runs;
 *  - frame intervals and long tasks while scrolling the whole story with the wheel, on a
 *    1440×900 desktop at ratio 1 and a 390×844 phone at ratio 3, its CPU as is and 4× slower,
 *    and where the frames over 20 ms fell (the opening, or the chart in view);
 *  - the same while the workers chart animates at 5,000, 50,000 and 500,000 marks, for the
 *    piece's renderer (in its worker, and on the main thread) and two naive baselines (a canvas path per mark, an SVG rect per mark).
 * Prints the tables, writes bench-results/bench.json and rewrites the README's tables between
 * its bench markers. Budgets are shown beside the figures; this command reports, it does not fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serveDirectory } from '../tests/support/static-server';
import { launchBrowser } from '../tests/support/browser';
import { measureFirstLoadJs, PHONE_SCREEN } from '../tests/support/first-load-js';
import {
	consoleTables,
	cpu,
	readmeTables,
	screen,
	slowFramesBy,
	replaceBenchSection,
	type BenchResults,
	type FrameStats,
	type LighthouseRun,
	type Profile,
	type Renderer,
	type ScrollRun,
	type TransitionRow
} from './report';

const root = join(import.meta.dirname, '..');
const started = performance.now();

/**
 * Lighthouse is installed into bench/node_modules by `npm run bench` alone, so the piece's
 * type-check (on a clean `npm ci`) cannot see its types: the little used here is typed here.
 */
type Lighthouse = (
	url: string,
	flags: { port: number; output: 'json'; logLevel: 'error'; onlyCategories: string[] }
) => Promise<
	{ lhr: { categories: { performance: { score: number | null } }; audits: Record<string, { numericValue?: number }> } } | undefined
>;
const lighthouseModule = 'lighthouse';
const { default: lighthouse } = (await import(lighthouseModule)) as { default: Lighthouse };

/**
 * The screens the story is scrolled on (issue 16: most readers are on phones). A slowed phone's
 * figures move by several points from run to run with this shared machine's load, so it is
 * scrolled three times, its runs taken in turn with the reduced-motion profile's.
 */
const PROFILES: Profile[] = [
	{ name: 'desktop', width: 1440, height: 900, deviceScaleFactor: 1, cpuSlowdown: 1 },
	{ name: 'phone', ...PHONE_SCREEN, cpuSlowdown: 1 },
	{ name: 'phone', ...PHONE_SCREEN, cpuSlowdown: 4, runs: 3 },
	// Readers who prefer reduced motion get every state at once: beside the row above, what the
	// charts' movement costs a slowed phone.
	{ name: 'phone', ...PHONE_SCREEN, cpuSlowdown: 4, reducedMotion: true, runs: 3 }
];

/** Every scroll to run, in the order run: each profile's first run, then any second runs, and so on. */
function scrollPlan(profiles: Profile[]): { profile: Profile; run?: ScrollRun['run'] }[] {
	const most = Math.max(...profiles.map((profile) => profile.runs ?? 1));
	return Array.from({ length: most }, (_, i) =>
		profiles
			.filter((profile) => i < (profile.runs ?? 1))
			.map((profile) => ({ profile, run: (profile.runs ?? 1) > 1 ? { index: i + 1, of: profile.runs! } : undefined }))
	).flat();
}
const TRANSITION_MARKS = [5_000, 50_000, 500_000];
const RENDERERS: Renderer[] = ['pixels', 'pixels-main-thread', 'canvas-paths', 'svg'];
/** Building 500,000 SVG elements takes minutes: the naive SVG stops at 50,000 marks. */
const SVG_MAX_MARKS = 50_000;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

// Plain text, not a function: tsx's name-keeping helpers do not exist inside the page. The
// story's scroll also notes what its graphic shows at each frame (`window.__trackShowing`).
const recorder = `(() => {
	window.__frames = [];
	window.__showing = [];
	window.__longTasks = [];
	window.__recording = true;
	// What the story's graphic shows as each frame begins: the opening, or the chart in view.
	const showing = () =>
		document.querySelector('[aria-current="step"]')
			? (document.querySelector('.stage .stage-chart.active [data-chart]')?.getAttribute('data-chart') ?? 'no chart')
			: 'the opening';
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (window.__recording) window.__longTasks.push(entry.duration);
	}).observe({ type: 'longtask' });
	const tick = (t) => {
		if (!window.__recording) return;
		window.__frames.push(t);
		if (window.__trackShowing) window.__showing.push(showing());
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;

// The workers chart reports each move's own frame pacing on its canvas (`data-last-move`:
// frames, p95 ms, longest ms); in a worker, the page's frames cannot show it.
const watchMoves = `(() => {
	window.__moves = [];
	const canvas = document.querySelector('canvas[data-painter]');
	new MutationObserver(() => window.__moves.push(canvas.dataset.lastMove)).observe(canvas, { attributeFilter: ['data-last-move'] });
})()`;

async function paintedFrames(page: Page): Promise<{ p95Ms: number; maxMs: number }> {
	const moves = await page.evaluate(() => (window as unknown as { __moves: string[] }).__moves);
	if (!moves.length) throw new Error('The workers chart reported no finished move');
	const stats = moves.map((move) => move.split(' ').map(Number));
	return { p95Ms: Math.max(...stats.map(([, p95]) => p95)), maxMs: Math.max(...stats.map(([, , max]) => max)) };
}

async function startRecording(page: Page, trackShowing = false) {
	await page.evaluate((track) => ((window as unknown as { __trackShowing: boolean }).__trackShowing = track), trackShowing);
	await page.evaluate(recorder);
}

/** The run's frame statistics, and what the graphic showed at each frame where that was noted. */
async function stopRecording(page: Page): Promise<{ stats: FrameStats; ticks: number[]; showing: string[] }> {
	const { frames, showing, longTasks } = await page.evaluate(() => {
		const w = window as unknown as { __recording: boolean; __frames: number[]; __showing: string[]; __longTasks: number[] };
		w.__recording = false;
		return { frames: w.__frames, showing: w.__showing, longTasks: w.__longTasks };
	});
	const intervals = frames
		.slice(1)
		.map((t, i) => t - frames[i])
		.sort((a, b) => a - b);
	const stats = {
		frames: intervals.length,
		medianMs: round(quantile(intervals, 0.5)),
		p95Ms: round(quantile(intervals, 0.95)),
		maxMs: round(intervals.at(-1) ?? 0),
		over20msShare: round(intervals.filter((d) => d > 20).length / Math.max(1, intervals.length), 3),
		longTasks: longTasks.length,
		longestTaskMs: round(Math.max(0, ...longTasks))
	};
	return { stats, ticks: frames, showing };
}

/**
 * Builds quietly: the output is shown only if the build fails. (The benchmark app's build
 * would otherwise repeat SvelteKit's advice that tsconfig.json extend its own generated files,
 * which only the piece's build needs.)
 */
function build(env: Record<string, string>) {
	const result = spawnSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, ...env }
	});
	if (result.status !== 0) {
		process.stdout.write(result.stdout ?? '');
		process.stderr.write(result.stderr ?? '');
		throw new Error(`vite build ${JSON.stringify(env)} failed (exit ${result.status})`);
	}
}

async function lighthouseRuns(url: string, port: number): Promise<LighthouseRun[]> {
	const runs: LighthouseRun[] = [];
	for (let i = 0; i < 3; i++) {
		const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
		if (!result) throw new Error('Lighthouse returned no result');
		const { audits, categories } = result.lhr;
		runs.push({
			performance: categories.performance.score ?? 0,
			lcpMs: round(audits['largest-contentful-paint'].numericValue ?? 0, 0),
			tbtMs: round(audits['total-blocking-time'].numericValue ?? 0, 0),
			cls: round(audits['cumulative-layout-shift'].numericValue ?? 0, 3)
		});
	}
	return runs;
}

/**
 * Scrolls the whole story with the wheel, 100 px a tick at about 60 ticks a second, from the
 * top until the last step has left the screen. The CPU is slowed before the page loads, so
 * hydration and the charts' loading are slowed too, as on a phone.
 */
async function scrollStory(browser: Browser, url: string, profile: Profile): Promise<ScrollRun> {
	const { width, height, deviceScaleFactor } = profile;
	const phone = profile.name === 'phone';
	const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, isMobile: phone, hasTouch: phone });
	const page = await context.newPage();
	if (profile.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
	if (profile.cpuSlowdown !== 1) {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
	}
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.mouse.move(width / 2, height / 2);
	// The end: the last step has left the screen (or the page can scroll no further).
	const end = await page.evaluate(() =>
		Math.min(
			document.documentElement.scrollHeight - window.innerHeight,
			Math.max(...[...document.querySelectorAll('[data-step]')].map((step) => step.getBoundingClientRect().bottom + window.scrollY))
		)
	);
	await startRecording(page, true);
	// A page that stops scrolling short of the end (for 50 checks, about ten seconds) is a broken
	// run, not a measurement of the whole story.
	let lastY = -1;
	let stalled = 0;
	for (let tick = 1; ; tick++) {
		await page.mouse.wheel(0, 100);
		await page.waitForTimeout(16);
		if (tick % 10 !== 0) continue;
		const y = await page.evaluate(() => window.scrollY);
		if (y >= end) break;
		stalled = y === lastY ? stalled + 1 : 0;
		if (stalled === 50) throw new Error(`Scrolling the story (${screen(profile)}) stopped at ${y} px of ${end}`);
		lastY = y;
	}
	const { stats, ticks, showing } = await stopRecording(page);
	const marks = Number(await page.locator('.stage [data-chart="workers"]').getAttribute('data-marks'));
	await context.close();
	return { ...profile, marks, stats, slowFrames: slowFramesBy(ticks, showing) };
}

async function transitions(browser: Browser, origin: string): Promise<TransitionRow[]> {
	const rows: TransitionRow[] = [];
	for (const marks of TRANSITION_MARKS) {
		const renderers = {} as TransitionRow['renderers'];
		for (const renderer of RENDERERS) {
			if (renderer === 'svg' && marks > SVG_MAX_MARKS) {
				renderers[renderer] = { notRun: `building ${marks.toLocaleString('en-GB')} SVG elements takes minutes` };
				continue;
			}
			const page = await browser.newPage({ viewport: { width: 940, height: 740 } });
			const errors: string[] = [];
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
			await page.goto(`${origin}/?marks=${marks}&renderer=${renderer}`);
			await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000 });
			// Let the first state's drawing (and any idle-time work) finish before measuring.
			await page.waitForTimeout(1500);
			const ownFrames = renderer === 'pixels' || renderer === 'pixels-main-thread';
			if (ownFrames) await page.evaluate(watchMoves);
			await startRecording(page);
			await page.evaluate(() => (window as unknown as { runTransitions: () => Promise<void> }).runTransitions());
			renderers[renderer] = (await stopRecording(page)).stats;
			if (ownFrames) renderers[renderer] = { ...renderers[renderer], paintedFrames: await paintedFrames(page) };
			// A chart that failed to draw measures nothing.
			if (errors.length) throw new Error(`The benchmark page (${marks} marks, ${renderer}) logged errors: ${errors.join('; ')}`);
			await page.close();
		}
		rows.push({ marks, renderers });
		console.log(`  transitions at ${marks.toLocaleString('en-GB')} marks measured`);
	}
	return rows;
}

async function main() {
	const date = new Date().toISOString();
	const loadAverageAtStart = round(loadavg()[0], 2);
	console.log('Building the piece (build/) and the benchmark app (build-bench/)…');
	build({});
	build({ BENCH: '1' });
	const site = await serveDirectory(join(root, 'build'));
	const benchApp = await serveDirectory(join(root, 'build-bench'));
	const debugPort = await freePort();
	// Lighthouse drives the same browser through its debugging port.
	const browser = await launchBrowser([`--remote-debugging-port=${debugPort}`]);
	try {
		console.log('JavaScript before scrolling…');
		const javascript = await measureFirstLoadJs(browser, `${site.origin}/`);
		console.log('Lighthouse, three runs…');
		const lighthouse = await lighthouseRuns(`${site.origin}/`, debugPort);
		const scrolled: { profile: number; result: ScrollRun }[] = [];
		for (const { profile, run } of scrollPlan(PROFILES)) {
			console.log(`Scrolling the story: ${screen(profile)}, CPU ${cpu(profile)}${run ? `, run ${run.index} of ${run.of}` : ''}…`);
			scrolled.push({ profile: PROFILES.indexOf(profile), result: { ...(await scrollStory(browser, `${site.origin}/`, profile)), run } });
		}
		// Shown profile by profile, each one's runs in order.
		const storyScroll = scrolled
			.sort((a, b) => a.profile - b.profile || (a.result.run?.index ?? 0) - (b.result.run?.index ?? 0))
			.map(({ result }) => result);
		console.log('Workers chart transitions…');
		const transitionRows = await transitions(browser, benchApp.origin);
		const results: BenchResults = {
			date,
			machine: {
				cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
				cores: cpus().length,
				memoryGB: round(totalmem() / 1024 ** 3, 0),
				loadAverageAtStart,
				loadAverageAtEnd: round(loadavg()[0], 2),
				node: process.versions.node,
				chromium: browser.version()
			},
			durationS: round((performance.now() - started) / 1000, 0),
			javascript,
			lighthouse,
			storyScroll,
			transitions: transitionRows
		};
		mkdirSync(join(root, 'bench-results'), { recursive: true });
		writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(results, null, 2) + '\n');
		const readmePath = join(root, 'README.md');
		writeFileSync(readmePath, replaceBenchSection(readFileSync(readmePath, 'utf8'), readmeTables(results)));
		console.log(`\n${consoleTables(results)}\n\nWritten to bench-results/bench.json; README.md's performance tables rewritten.`);
	} finally {
		await browser.close();
		await site.close();
		await benchApp.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
