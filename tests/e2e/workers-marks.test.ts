/**
 * The workers chart in real Chromium draws exactly the marks `data-marks` says, each apart
 * from every other: counted in the canvas's own pixels as connected groups of painted pixels
 * (touching at a corner counts as touching), at phone, laptop and desktop pixel ratios, in the
 * story and in the chart's embed. Every painted pixel is one of the two mark colours, opaque,
 * and as many marks are highlighted as the state's parts count.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { openPage, scrollStepToReadingLine, waitForStep } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';
import { realStory } from '../support/dataset';

const story = realStory();
/** Chromium's advice to this test's own repeated reads of the canvas, not a problem of the page. */
const pageProblems = (problems: string[]) => problems.filter((p) => !p.includes('willReadFrequently'));
const site = useSiteAndBrowser();

/** What a state draws, from the data: every group's figure, one mark each; its highlighted parts. */
function expected(stateId: string) {
	const state = story.charts.workers.states.find((s) => s.id === stateId)!;
	let marks = 0;
	let highlighted = 0;
	for (const group of state.groups) {
		if (!('figure' in group)) {
			marks += 1;
			continue;
		}
		marks += story.figures[group.figure].value;
		if (group.part) highlighted += story.figures[group.part].value;
	}
	return { marks, highlighted };
}

/** Counts the marks on the chart's canvas: components of painted pixels, by colour. */
function countMarks(target: Page | Frame, root: string) {
	return target.evaluate((root) => {
		const canvas = document.querySelector(`${root} [data-chart="workers"] canvas`) as HTMLCanvasElement | null;
		if (!canvas || canvas.width === 0) return null;
		const { width, height } = canvas;
		// The page hands its canvas to a worker, so it is read as the reader sees it: copied
		// pixel for pixel onto a canvas of the test's own.
		const copy = document.createElement('canvas');
		copy.width = width;
		copy.height = height;
		const copyContext = copy.getContext('2d', { willReadFrequently: true })!;
		copyContext.drawImage(canvas, 0, 0);
		const data = new Uint32Array(copyContext.getImageData(0, 0, width, height).data.buffer);
		// The two mark colours as the browser itself parses them.
		const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
		const style = getComputedStyle(canvas);
		const colourOf = (name: string) => {
			probe.clearRect(0, 0, 1, 1);
			probe.fillStyle = style.getPropertyValue(name);
			probe.fillRect(0, 0, 1, 1);
			return new Uint32Array(probe.getImageData(0, 0, 1, 1).data.buffer)[0];
		};
		const group = colourOf('--mark-group');
		const part = colourOf('--mark-part');
		const label = new Int32Array(width * height).fill(-1);
		const parent: number[] = [];
		const find = (a: number): number => {
			while (parent[a] !== a) a = parent[a] = parent[parent[a]];
			return a;
		};
		let strange = 0;
		for (let y = 0; y < height; y++) {
			for (let x = 0; x < width; x++) {
				const i = y * width + x;
				if (data[i] === 0) continue;
				if (data[i] !== group && data[i] !== part) strange++;
				let own = -1;
				const look = (n: number) => {
					if (label[n] < 0) return;
					const root = find(label[n]);
					if (own < 0) own = root;
					else if (root !== own) parent[root] = own;
				};
				if (x > 0) look(i - 1);
				if (y > 0) {
					look(i - width);
					if (x > 0) look(i - width - 1);
					if (x < width - 1) look(i - width + 1);
				}
				if (own < 0) {
					own = parent.length;
					parent.push(own);
				}
				label[i] = own;
			}
		}
		const roots = new Map<number, number>();
		for (let i = 0; i < label.length; i++) if (label[i] >= 0) roots.set(find(label[i]), data[i]);
		let highlighted = 0;
		for (const colour of roots.values()) if (colour === part) highlighted++;
		return { marks: roots.size, highlighted, strange };
	}, root);
}

async function expectStateDrawn(target: Page | Frame, root: string, stateId: string, painter: 'worker' | 'main' = 'worker') {
	const want = expected(stateId);
	const chart = target.locator(`${root} [data-chart="workers"]`);
	expect(await chart.getAttribute('data-state')).toBe(stateId);
	expect(Number(await chart.getAttribute('data-marks'))).toBe(want.marks);
	// Once the canvas has taken over and the marks have settled, every one is counted.
	await expect
		.poll(() => countMarks(target, root), { timeout: 15_000 })
		.toEqual({ marks: want.marks, highlighted: want.highlighted, strange: 0 });
	// Chromium has OffscreenCanvas: the marks are painted off the main thread (issue 16).
	expect(await chart.locator('canvas').getAttribute('data-painter')).toBe(painter);
}

const screens = [
	{ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
	{ width: 1280, height: 800, deviceScaleFactor: 1.25 },
	{ width: 1440, height: 900, deviceScaleFactor: 1 }
];
// Close up, the most marks, and two counts side by side with their parts.
const workersSteps = story.steps.filter((s) => s.chart === 'workers');
const pick = [
	workersSteps.find((s) => story.charts.workers.states.find((c) => c.id === s.state)?.closeUp),
	workersSteps.reduce((a, b) => (expected(b.state).marks > expected(a.state).marks ? b : a)),
	workersSteps.find(
		(s) => story.charts.workers.states.find((c) => c.id === s.state)!.groups.length > 1 && expected(s.state).highlighted > 0
	)
].filter((s) => s !== undefined);

describe('every mark drawn, and drawn apart, counted in the canvas', () => {
	for (const screen of screens) {
		it(`in the story at ${screen.width}×${screen.height}, ratio ${screen.deviceScaleFactor}`, async () => {
			const { page, problems } = await openPage(site.browser, site.server.origin, {
				viewport: { width: screen.width, height: screen.height },
				...screen
			});
			await page.goto(`${site.server.origin}/`);
			for (const step of pick) {
				await scrollStepToReadingLine(page, step.id);
				await waitForStep(page, step.id);
				await expectStateDrawn(page, '.stage', step.state);
			}
			expect(pageProblems(problems)).toEqual([]);
			await page.context().close();
		});
	}

	it('in the chart embed at 375 px, ratio 2', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, {
			viewport: { width: 375, height: 680 },
			deviceScaleFactor: 2
		});
		await page.goto(`${site.server.origin}/embed/workers/`);
		// Stepped with its own buttons to the state that draws the most marks.
		const states = story.charts.workers.states.map((s) => s.id);
		const most = states.reduce((a, b) => (expected(b).marks > expected(a).marks ? b : a));
		const shown = () => page.locator('[data-chart="workers"]').getAttribute('data-state');
		for (let i = 0; i < states.indexOf(most); i++) {
			await page.click('[data-step-button="next"]');
			await expect.poll(shown).toBe(states[i + 1]);
		}
		await expectStateDrawn(page, 'body', most);
		expect(pageProblems(problems)).toEqual([]);
		await page.context().close();
	});
});

describe('painted on the main thread where a worker cannot paint', () => {
	const most = pick[1]!;
	it('draws every mark, apart, in a browser without OffscreenCanvas', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
		await page.addInitScript(() => {
			delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
		});
		await page.goto(`${site.server.origin}/`);
		await scrollStepToReadingLine(page, most.id);
		await waitForStep(page, most.id);
		await expectStateDrawn(page, '.stage', most.state, 'main');
		expect(pageProblems(problems)).toEqual([]);
		await page.context().close();
	});

	it('draws every mark when the worker fails to load, and says why in the console', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
		await page.route('**/marks.worker-*.js', (route) =>
			route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("broken worker")' })
		);
		await page.goto(`${site.server.origin}/`);
		await scrollStepToReadingLine(page, most.id);
		await waitForStep(page, most.id);
		await expectStateDrawn(page, '.stage', most.state, 'main');
		expect(pageProblems(problems)).toEqual([
			expect.stringMatching(/^console warning: The workers chart paints on the main thread: .*broken worker/)
		]);
		await page.context().close();
	});

	it('shows the chart with its words and numbers, and says why, when no painter can load', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
		// The worker fails; then the main-thread painter, the only code fetched after it, cannot load.
		let workerTried = false;
		await page.route('**/*.js', (route) => {
			if (route.request().url().includes('/marks.worker-')) {
				workerTried = true;
				return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'throw new Error("broken worker")' });
			}
			return workerTried ? route.abort() : route.continue();
		});
		await page.goto(`${site.server.origin}/`);
		await page.mouse.move(720, 450);
		await page.mouse.wheel(0, 4);
		// The stage waits for the chart in view to say it is drawn, but never for ever.
		await page.waitForFunction(() => document.querySelector('.stage.ready') && !document.querySelector('[data-opening]'), null, {
			timeout: 5000
		});
		const chart = page.locator('.stage-chart.active [data-chart="workers"]');
		await expect.poll(() => chart.locator('.chart-title').isVisible()).toBe(true);
		expect(await chart.locator('canvas[data-drawn]').count()).toBe(0);
		expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(0);
		expect(pageProblems(problems)).toEqual([
			expect.stringMatching(/^console warning: The workers chart paints on the main thread/),
			expect.stringMatching(/^request failed: /),
			expect.stringMatching(/^console error: Failed to load resource/),
			expect.stringMatching(/^console error: The workers chart could not load its painter; its words and numbers stay in place/)
		]);
		await page.context().close();
	});
});
