/**
 * Every reader: axe-core finds no WCAG 2.2 A/AA or best-practice violation on any route,
 * at several steps of the story, in light and dark schemes; the keyboard moves through the
 * steps; reduced motion jumps straight to each state; a chart that cannot draw leaves its
 * words and numbers in place.
 */
import { describe, expect, it } from 'vitest';
import {
	observedState,
	openPage,
	scrollStepToReadingLine,
	stepAtReadingLine,
	waitForHydration,
	waitForStep,
	waitForStill,
	waitForScrollToStop
} from '../support/browser';
import { axeViolations } from '../support/axe';
import { useSiteAndBrowser } from '../support/site';
import { realStory } from '../support/dataset';
import { tableRows } from '../../src/lib/charts/table-rows';
import { shiftsChartState } from '../../src/lib/charts/shifts/state';

const story = realStory();
const site = useSiteAndBrowser();

describe('axe-core finds no violations', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		it(`on the story at several steps (${colorScheme})`, async () => {
			const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 }, colorScheme });
			await page.goto(`${site.server.origin}/`);
			expect(await axeViolations(page)).toEqual([]);
			for (const step of [story.steps[1] ?? story.steps[0], story.steps[Math.floor(story.steps.length / 2)], story.steps.at(-1)!]) {
				await scrollStepToReadingLine(page, step.id);
				await waitForStep(page, step.id);
				// Contrast is checked on what is shown once the change has finished.
				await waitForStill(page);
				expect(await axeViolations(page), step.id).toEqual([]);
			}
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}

	for (const path of [
		'/storyboard/',
		'/embed/',
		'/embed/?mode=flat',
		'/embed/workers/',
		'/embed/shifts/',
		'/embed/exchange/',
		'/embed-code/'
	]) {
		it(`on ${path}`, async () => {
			const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1024, height: 800 } });
			await page.goto(`${site.server.origin}${path}`);
			await waitForHydration(page);
			await waitForStill(page);
			expect(await axeViolations(page)).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}

	it('on a phone, with the data table open', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 390, height: 844 }, isMobile: true });
		await page.goto(`${site.server.origin}/`);
		const step = story.steps[Math.min(4, story.steps.length - 1)];
		await scrollStepToReadingLine(page, step.id);
		await waitForStep(page, step.id);
		await page.locator('.stage-chart.active summary').click();
		expect(await axeViolations(page)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('keyboard', () => {
	it('a skip link leads to the story, and Page Down moves through the steps in order', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
		await page.goto(`${site.server.origin}/`);
		await waitForHydration(page);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the story');
		const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
		expect(outline).not.toBe('none');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('story');
		const seen: string[] = [];
		for (let i = 0; i < 60 && seen.length < story.steps.length; i++) {
			const before = await page.evaluate(() => window.scrollY);
			await page.keyboard.press('PageDown');
			// Let the (smooth) scroll start.
			const moved = await page
				.waitForFunction((y) => window.scrollY !== y, before, { timeout: 3000 })
				.then(() => true)
				.catch(() => false);
			if (!moved) break; // the end of the page
			// Then let the smooth scroll finish.
			await waitForScrollToStop(page);
			// Once the step engine has caught up with where the page now is, note the active step.
			const atLine = await stepAtReadingLine(page);
			await expect.poll(async () => (await observedState(page)).active).toBe(atLine);
			if (atLine && seen.at(-1) !== atLine) seen.push(atLine);
		}
		expect(seen).toEqual(story.steps.map((s) => s.id));
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('reduced motion', () => {
	it('jumps to each state at once: no bar in mid-flight a frame after a step change', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, {
			viewport: { width: 1440, height: 900 },
			reducedMotion: 'reduce'
		});
		await page.goto(`${site.server.origin}/`);
		// A step whose shifts state draws two days on the clock: their bars' lengths follow the hours.
		const step = story.steps.find(
			(s) => s.chart === 'shifts' && shiftsChartState(story, s.state).rows.length > 1 && shiftsChartState(story, s.state).view === 'day'
		)!;
		const rows = shiftsChartState(story, step.state).rows;
		await scrollStepToReadingLine(page, step.id);
		await waitForStep(page, step.id);
		// Two animation frames later every bar has its full length on screen already.
		const widths = await page.evaluate(
			(ids) =>
				new Promise<number[]>((resolve) =>
					requestAnimationFrame(() =>
						requestAnimationFrame(() =>
							resolve(
								ids.map(
									(id) => document.querySelector(`.stage [data-chart="shifts"] rect.bar[data-row="${id}"]`)!.getBoundingClientRect().width
								)
							)
						)
					)
				),
			rows.map((r) => r.id)
		);
		expect(widths[1] / widths[0]).toBeCloseTo(rows[1].hours / rows[0].hours, 1);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('without JavaScript', () => {
	it('reads in full: every step followed by its chart, the sources, no sticky graphic', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, {
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false
		});
		await page.goto(`${site.server.origin}/`);
		const steps = await page.evaluate(() =>
			[...document.querySelectorAll('[data-step]')].map((step) => {
				// A chart drawn at the pixel has a drawing per screen class, one of them shown.
				const shown = [...step.querySelectorAll('.step-figure [data-chart]')].filter((chart) => chart.getBoundingClientRect().height > 0);
				return { state: shown[0]?.getAttribute('data-state'), shown: shown.length, drawn: shown[0]?.getBoundingClientRect().height > 100 };
			})
		);
		expect(steps).toEqual(story.steps.map((s) => ({ state: s.state, shown: 1, drawn: true })));
		// Styled as with scripts on: the charts' styles come with the prerendered charts, not
		// with their code (titles in the chart's bold sans, the workers key's swatches drawn).
		const looks = await page.evaluate(() => ({
			titles: [...new Set([...document.querySelectorAll('.step-figure .chart-title')].map((t) => getComputedStyle(t).fontWeight))],
			swatchWidths: [...document.querySelectorAll('.step-figure')]
				.filter((figure) => figure.getBoundingClientRect().height > 0)
				.flatMap((figure) => [...figure.querySelectorAll('.swatch.group')])
				.map((swatch) => swatch.getBoundingClientRect().width)
		}));
		// An account (the exchange chart) is as tall as its words: no row cut off or left to scroll.
		const hiddenRows = await page.evaluate(() =>
			[...document.querySelectorAll('.step-figure')]
				.filter((figure) => figure.getBoundingClientRect().height > 0)
				.flatMap((figure) => {
					const body = figure.querySelector('.chart-body')!.getBoundingClientRect();
					return [...figure.querySelectorAll('[data-item]')]
						.filter((row) => row.getBoundingClientRect().bottom > body.bottom + 0.5 || row.getBoundingClientRect().height === 0)
						.map((row) => `${figure.closest('[data-step]')!.getAttribute('data-step')}: ${row.getAttribute('data-item')}`);
				})
		);
		expect(hiddenRows).toEqual([]);
		expect(looks.titles).toEqual(['600']);
		expect(looks.swatchWidths).toHaveLength(story.steps.filter((s) => s.chart === 'workers').length);
		expect(looks.swatchWidths.every((width) => width > 0)).toBe(true);
		expect(await page.locator('.graphic').isVisible()).toBe(false);
		// With scripts off, Chromium refuses the page's script preloads (reported as "csp"); that is
		// the browser honouring the setting, not a failure a reader would see.
		problems.splice(0, problems.length, ...problems.filter((p) => !/^request failed: .*\.js \(csp\)$/.test(p)));
		expect(await page.locator('#sources').isVisible()).toBe(true);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		expect(problems).toEqual([]);
		await page.context().close();
	});
	// Scaled, a drawing of marks a pixel apart beats against the screen's pixels (a moiré of
	// blurred blobs on a desktop) and its labels shrink to a few pixels.
	for (const [width, height, deviceScaleFactor] of [
		[390, 844, 3],
		[1440, 900, 1]
	]) {
		it(`shows the workers chart drawn for the screen, at its own size and labels at their own (${width}×${height} at ratio ${deviceScaleFactor})`, async () => {
			const { page, problems } = await openPage(site.browser, site.server.origin, {
				viewport: { width, height },
				deviceScaleFactor,
				javaScriptEnabled: false
			});
			await page.goto(`${site.server.origin}/`);
			const drawings = await page.evaluate(() =>
				[...document.querySelectorAll('.step-figure [data-chart="workers"] svg')]
					.filter((svg) => svg.getBoundingClientRect().height > 0)
					.map((svg) => {
						const shown = svg.getBoundingClientRect();
						const drawn = (svg as SVGSVGElement).viewBox.baseVal;
						const label = svg.querySelector('text');
						return {
							scale: Math.round((shown.width / drawn.width) * 1000) / 1000,
							fits: shown.width <= (svg.closest('.step-figure') as HTMLElement).clientWidth,
							labelPx: label ? Number(label.getAttribute('font-size')) * (shown.width / drawn.width) : null
						};
					})
			);
			const workersSteps = story.steps.filter((s) => s.chart === 'workers').length;
			expect(drawings).toHaveLength(workersSteps);
			for (const drawing of drawings) {
				expect(drawing.scale).toBe(1);
				expect(drawing.fits).toBe(true);
				if (drawing.labelPx !== null) expect(drawing.labelPx).toBeGreaterThanOrEqual(10);
			}
			problems.splice(0, problems.length, ...problems.filter((p) => !/^request failed: .*\.js \(csp\)$/.test(p)));
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}
});

describe('print', () => {
	it('prints the article with every step followed by its chart in that step’s state', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1024, height: 800 } });
		await page.goto(`${site.server.origin}/`);
		await waitForHydration(page);
		// A reader's pointer heading for the browser's menu fetches the chart code.
		await page.mouse.move(20, 20);
		await page.waitForFunction(() => document.querySelectorAll('.stage [data-chart]').length === 3);
		await page.emulateMedia({ media: 'print' });
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		const printed = await page.evaluate(() =>
			[...document.querySelectorAll('[data-step]')].map((step) => {
				const chart = step.querySelector('.step-figure [data-chart]');
				return { state: chart?.getAttribute('data-state'), visible: !!chart && chart.getBoundingClientRect().height > 100 };
			})
		);
		expect(printed).toEqual(story.steps.map((s) => ({ state: s.state, visible: true })));
		expect(await page.locator('.stage').count()).toBe(0);
		await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
		await page.emulateMedia({ media: 'screen' });
		await page.waitForFunction(() => document.querySelector('.stage'));
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('print straight after loading, by keyboard', () => {
	it('fetches the chart code first, then prints', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1024, height: 800 } });
		await page.addInitScript(() => {
			window.print = () => {
				(window as unknown as { printedCharts: number }).printedCharts = document.querySelectorAll('[data-chart]').length;
			};
		});
		// The first screen's picture is drawn at build time: no chart code until the reader acts.
		await page.goto(`${site.server.origin}/`);
		await waitForHydration(page);
		expect(await page.locator('.stage').count()).toBe(0);
		await page.keyboard.press('Control+P');
		await page.waitForFunction(() => (window as unknown as { printedCharts?: number }).printedCharts !== undefined);
		expect(await page.evaluate(() => (window as unknown as { printedCharts: number }).printedCharts)).toBeGreaterThan(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a chart that cannot draw', () => {
	it('keeps its text alternative and data, the story keeps working, and the error is logged once', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
		// A browser without a working canvas (and so without OffscreenCanvas).
		await page.addInitScript(() => {
			delete (HTMLCanvasElement.prototype as Partial<HTMLCanvasElement>).transferControlToOffscreen;
			HTMLCanvasElement.prototype.getContext = function () {
				throw new Error('canvas is not supported here');
			} as typeof HTMLCanvasElement.prototype.getContext;
		});
		await page.goto(`${site.server.origin}/`);
		// A workers step that draws sourced figures.
		const step = story.steps.find(
			(s) => s.chart === 'workers' && tableRows(story, story.chartTexts.workers[s.state])[0]?.sourceNumbers.length
		)!;
		const figure = tableRows(story, story.chartTexts.workers[step.state])[0].text;
		await scrollStepToReadingLine(page, step.id);
		await waitForStep(page, step.id);
		const workers = page.locator('.stage [data-chart="workers"]');
		await expect.poll(() => workers.getAttribute('data-failed')).toBe('true');
		expect(await workers.locator('figcaption .visually-hidden').textContent()).toContain(figure);
		expect(await workers.locator('table td').first().textContent()).toBe(figure);
		// Other charts and steps carry on.
		const later = story.steps.find((s) => s.chart === 'shifts')!;
		await scrollStepToReadingLine(page, later.id);
		await waitForStep(page, later.id);
		expect((await observedState(page)).charts.shifts).toBe(later.state);
		const errors = problems.filter((p) => p.startsWith('console error'));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain('The workers chart could not be drawn');
		await page.context().close();
	});
});
