/**
 * A reader scrolling the story in real Chromium, on a phone and on a desktop: each step
 * becomes active at the reading line and its chart shows the step's state; jumps, reloads
 * and flings land on the right step; no console error, failed request or outside request.
 */
import { describe, expect, it } from 'vitest';
import { observedState, openPage, scrollStepToReadingLine, stepAtReadingLine, waitForScrollToStop, waitForStep } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';
import { realStory } from '../support/dataset';

const story = realStory();
const viewports = [
	{ name: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true },
	{ name: 'desktop', width: 1440, height: 900, isMobile: false, hasTouch: false }
];

const site = useSiteAndBrowser();

for (const viewport of viewports) {
	describe(`${viewport.name} ${viewport.width}×${viewport.height}`, () => {
		const options = {
			viewport: { width: viewport.width, height: viewport.height },
			isMobile: viewport.isMobile,
			hasTouch: viewport.hasTouch
		};

		it('activates every step at the reading line and shows its chart state', async () => {
			const { page, problems } = await openPage(site.browser, site.server.origin, options);
			await page.goto(`${site.server.origin}/`);
			const before = await observedState(page);
			expect(before.active).toBeNull();
			for (const step of story.steps) {
				await scrollStepToReadingLine(page, step.id);
				await waitForStep(page, step.id, 5000);
				const seen = await observedState(page);
				expect(seen.active, `active step when ${step.id} is at the reading line`).toBe(step.id);
				expect(seen.visibleChart).toBe(step.chart);
				expect(seen.charts[step.chart]).toBe(step.state);
				expect(await page.locator('[aria-current="step"]').count()).toBe(1);
			}
			const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(scrollWidth, 'no horizontal scrolling').toBeLessThanOrEqual(viewport.width);
			expect(problems).toEqual([]);
			await page.context().close();
		});

		it('lands on the right step after an anchor jump, a reload and a fling', async () => {
			const { page, problems } = await openPage(site.browser, site.server.origin, options);
			const target = story.steps.find((s) => s.chart === 'exchange' && s.index > 0)!;
			await page.goto(`${site.server.origin}/#step-${target.id}`);
			await waitForStep(page, target.id);
			expect((await observedState(page)).charts.exchange).toBe(target.state);

			const middle = story.steps[Math.floor(story.steps.length / 2)];
			await scrollStepToReadingLine(page, middle.id);
			await waitForStep(page, middle.id);
			// A file still loading when the page reloads (the marks worker, say) is cut short by the
			// reload itself: not a problem the reader sees. Any other problem still counts.
			const beforeReload = problems.length;
			await page.reload();
			problems.push(...problems.splice(beforeReload).filter((problem) => !problem.endsWith('(net::ERR_ABORTED)')));
			await waitForStep(page, middle.id);
			expect((await observedState(page)).charts[middle.chart]).toBe(middle.state);

			// A fling: large wheel turns in quick succession, then wait for scrolling to stop.
			await scrollStepToReadingLine(page, story.steps[0].id);
			for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1500);
			await waitForScrollToStop(page);
			const expected = await stepAtReadingLine(page);
			await waitForStep(page, expected);
			const last = story.steps.find((s) => s.id === expected)!;
			expect((await observedState(page)).charts[last.chart]).toBe(last.state);
			expect(problems).toEqual([]);
			await page.context().close();
		});
	});
}

it.each([320, 1920])('has no horizontal scrolling at %i px wide, at any step', async (width) => {
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width, height: 900 } });
	await page.goto(`${site.server.origin}/`);
	for (const step of story.steps) {
		await scrollStepToReadingLine(page, step.id);
		await waitForStep(page, step.id);
		expect(await page.evaluate(() => document.documentElement.scrollWidth), step.id).toBeLessThanOrEqual(width);
	}
	expect(problems).toEqual([]);
	await page.context().close();
});

it('resizing from desktop to phone keeps the step at the reading line', async () => {
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
	await page.goto(`${site.server.origin}/`);
	const step = story.steps[4];
	await scrollStepToReadingLine(page, step.id);
	await waitForStep(page, step.id);
	await page.setViewportSize({ width: 390, height: 844 });
	await scrollStepToReadingLine(page, step.id);
	await waitForStep(page, step.id);
	expect((await observedState(page)).charts[step.chart]).toBe(step.state);
	expect(problems).toEqual([]);
	await page.context().close();
});

it('draws the workers chart on canvas once JavaScript runs, with one mark per person', async () => {
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
	await page.goto(`${site.server.origin}/`);
	// The workers step that draws the most marks.
	const first = story.steps
		.filter((s) => s.chart === 'workers')
		.reduce((a, b) => ((story.chartTexts.workers[b.state].marks ?? 0) > (story.chartTexts.workers[a.state].marks ?? 0) ? b : a));
	await scrollStepToReadingLine(page, first.id);
	await waitForStep(page, first.id);
	const marks = await page.locator('.stage [data-chart="workers"]').getAttribute('data-marks');
	expect(Number(marks)).toBeGreaterThanOrEqual(50000);
	// The canvas (it takes over when the browser is idle) holds a painted pixel for every mark.
	const painted = () =>
		page.evaluate(() => {
			const canvas = document.querySelector('.stage [data-chart="workers"] canvas') as HTMLCanvasElement | null;
			if (!canvas || canvas.width === 0) return 0;
			// Painted by a worker: read as the reader sees it, copied onto a canvas of our own.
			const copy = document.createElement('canvas');
			copy.width = canvas.width;
			copy.height = canvas.height;
			const context = copy.getContext('2d')!;
			context.drawImage(canvas, 0, 0);
			const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
			let count = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
			return count;
		});
	await expect.poll(painted, { timeout: 5000 }).toBeGreaterThanOrEqual(50000);
	expect(problems).toEqual([]);
	await page.context().close();
});
