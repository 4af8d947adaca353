/**
 * npm run bench: builds the site, serves it on loopback, drives Debian's Chromium through it
 * and prints what it measured (and writes bench-results/bench.json):
 *  - JavaScript (gzip) that `/` loads before any scrolling;
 *  - Lighthouse (mobile emulation) performance, LCP, TBT and CLS for `/`;
 *  - frame intervals and long tasks while scrolling the whole story (50,000 marks);
 *  - the same while the workers chart animates at 5,000, 50,000 and 500,000 marks, for the
 *    piece's pixel-buffer canvas and for a naive LayerCake SVG chart, as a ratio.
 * Budgets are printed beside the figures; this command reports, it does not fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import lighthouse from 'lighthouse';
import { serveDirectory } from '../tests/support/static-server';
import { launchBrowser } from '../tests/support/browser';

const root = join(import.meta.dirname, '..');

interface FrameStats {
	frames: number;
	medianMs: number;
	p95Ms: number;
	maxMs: number;
	over20msShare: number;
	longTasks: number;
	longestTaskMs: number;
}

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

// Plain text, not a function: tsx's name-keeping helpers do not exist inside the page.
const recorder = `(() => {
	window.__frames = [];
	window.__longTasks = [];
	window.__recording = true;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (window.__recording) window.__longTasks.push(entry.duration);
	}).observe({ type: 'longtask' });
	const tick = (t) => {
		if (!window.__recording) return;
		window.__frames.push(t);
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;

async function startRecording(page: Page) {
	await page.evaluate(recorder);
}

async function stopRecording(page: Page): Promise<FrameStats> {
	const { frames, longTasks } = await page.evaluate(() => {
		const w = window as any;
		w.__recording = false;
		return { frames: w.__frames as number[], longTasks: w.__longTasks as number[] };
	});
	const intervals = frames
		.slice(1)
		.map((t, i) => t - frames[i])
		.sort((a, b) => a - b);
	return {
		frames: intervals.length,
		medianMs: round(quantile(intervals, 0.5)),
		p95Ms: round(quantile(intervals, 0.95)),
		maxMs: round(intervals.at(-1) ?? 0),
		over20msShare: round(intervals.filter((d) => d > 20).length / Math.max(1, intervals.length), 3),
		longTasks: longTasks.length,
		longestTaskMs: round(Math.max(0, ...longTasks))
	};
}

async function main() {
	console.log('Building the site…');
	execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
		cwd: root,
		stdio: 'inherit'
	});
	const server = await serveDirectory(join(root, 'build'));
	const debugPort = await freePort();
	// Lighthouse drives the same browser through its debugging port.
	const browser = await launchBrowser([`--remote-debugging-port=${debugPort}`]);
	const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${(await import('node:os')).cpus().length} cores` };

	// 1. JavaScript loaded by `/` before any scrolling.
	{
		const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
		const scripts: { url: string; gzip: number }[] = [];
		page.on('response', async (response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body();
			scripts.push({ url: response.url().replace(server.origin, ''), gzip: gzipSync(body, { level: 9 }).length });
		});
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		const inline = await page.evaluate(() =>
			[...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n')
		);
		const inlineGzip = gzipSync(Buffer.from(inline), { level: 9 }).length;
		const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
		results.javascript = { files: scripts.length, gzipBytes: total, inlineGzipBytes: inlineGzip, budgetBytes: 60_000 };
		await page.close();
	}

	// 2. Lighthouse, mobile emulation (its default), on `/`.
	{
		const runs = [];
		for (let i = 0; i < 3; i++) {
			const result = await lighthouse(`${server.origin}/`, {
				port: debugPort,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance']
			});
			const audits = result!.lhr.audits;
			runs.push({
				performance: result!.lhr.categories.performance.score ?? 0,
				lcpMs: round(audits['largest-contentful-paint'].numericValue ?? 0, 0),
				tbtMs: round(audits['total-blocking-time'].numericValue ?? 0, 0),
				cls: round(audits['cumulative-layout-shift'].numericValue ?? 0, 3)
			});
		}
		runs.sort((a, b) => a.performance - b.performance);
		results.lighthouse = { median: runs[1], runs, budget: { performance: 0.98, cls: 0, tbtMs: 50 } };
	}

	// 3. Scrolling the whole story, 50,000 marks in the workers chart.
	{
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
		await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
		await page.mouse.move(700, 450);
		await startRecording(page);
		const end = await page.evaluate(() => document.querySelector('.outro')!.getBoundingClientRect().top + window.scrollY);
		while ((await page.evaluate(() => window.scrollY)) < end - 900) {
			await page.mouse.wheel(0, 100);
			await page.waitForTimeout(16);
		}
		results.storyScroll = {
			marks: Number(await page.locator('.stage [data-chart="workers"]').getAttribute('data-marks')),
			...(await stopRecording(page)),
			budget: { p95Ms: 20, longestTaskMs: 50 }
		};
		await page.close();
	}

	// 4. The workers chart's transitions as the number of marks grows, and the naive baseline.
	const scaling: Record<string, unknown>[] = [];
	for (const marks of [5_000, 50_000, 500_000]) {
		const row: Record<string, unknown> = { marks };
		for (const renderer of ['pixels', 'canvas-paths', 'svg'] as const) {
			if (renderer === 'svg' && marks > 50_000) {
				row.svg = 'not run: 500,000 SVG elements take minutes to build';
				continue;
			}
			const page = await browser.newPage({ viewport: { width: 940, height: 740 } });
			await page.goto(`${server.origin}/bench/?marks=${marks}&renderer=${renderer}`);
			await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true', null, { timeout: 120_000 });
			await page.waitForTimeout(1500);
			await startRecording(page);
			await page.evaluate(() => (window as any).runTransitions(), null);
			row[renderer] = await stopRecording(page);
			await page.close();
		}
		const pixels = row.pixels as FrameStats;
		const svg = row.svg as FrameStats | string;
		if (typeof svg !== 'string') row.svgToPixelsP95Ratio = round(svg.p95Ms / pixels.p95Ms, 1);
		row.canvasPathsToPixelsP95Ratio = round((row['canvas-paths'] as FrameStats).p95Ms / pixels.p95Ms, 1);
		scaling.push(row);
	}
	results.transitions = scaling;

	await browser.close();
	await server.close();

	mkdirSync(join(root, 'bench-results'), { recursive: true });
	writeFileSync(join(root, 'bench-results/bench.json'), JSON.stringify(results, null, 2) + '\n');

	const js = results.javascript as any;
	const lh = (results.lighthouse as any).median;
	const story = results.storyScroll as any;
	const line = (cells: (string | number)[], width = 18) => console.log(cells.map((c) => String(c).padEnd(width)).join(''));
	console.log('\nPage');
	line(['measure', 'value', 'budget']);
	line(['JS gzip, files', `${(js.gzipBytes / 1000).toFixed(1)} kB`, '≤ 60 kB']);
	line(['JS gzip, inline', `${(js.inlineGzipBytes / 1000).toFixed(1)} kB`, '(page data)']);
	line(['Lighthouse perf', lh.performance, '≥ 0.98']);
	line(['LCP', `${lh.lcpMs} ms`, '']);
	line(['TBT', `${lh.tbtMs} ms`, '≤ 50 ms']);
	line(['CLS', lh.cls, '0']);
	console.log(`\nScrolling the whole story (${story.marks.toLocaleString('en-GB')} marks)`);
	line(['median', 'p95', 'max', '> 20 ms', 'long tasks', 'longest']);
	line([
		`${story.medianMs} ms`,
		`${story.p95Ms} ms`,
		`${story.maxMs} ms`,
		`${(story.over20msShare * 100).toFixed(1)} %`,
		story.longTasks,
		`${story.longestTaskMs} ms`
	]);
	console.log('\nWorkers chart transitions: frame intervals (median / p95 / max, ms) · long tasks; ratios of p95');
	line(['marks', 'pixel buffer', 'canvas path per mark', 'naive SVG', 'paths ÷ pixels', 'SVG ÷ pixels'], 30);
	for (const row of scaling as any[]) {
		const fmt = (s: FrameStats | string) => (typeof s === 'string' ? 'not run' : `${s.medianMs}/${s.p95Ms}/${s.maxMs} · ${s.longTasks}`);
		line(
			[
				row.marks.toLocaleString('en-GB'),
				fmt(row.pixels),
				fmt(row['canvas-paths']),
				fmt(row.svg),
				row.canvasPathsToPixelsP95Ratio,
				row.svgToPixelsP95Ratio ?? '–'
			],
			30
		);
	}
	console.log('\nWritten to bench-results/bench.json');
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
