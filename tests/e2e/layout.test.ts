/**
 * Words and picture in step, measured as a reader would see them on phones, a tablet and a
 * desktop. Scrolling down the story a fraction of a screen at a time:
 * - wherever the page is, the words never paint over the chart (what is on top at points
 *   spread over the chart's drawing is the chart);
 * - when a step becomes active, its words are on screen;
 * - once the step has settled, its words' box meets none of the chart's drawing: its title,
 *   labels, marks, bars and rows (each element's box, clipped to the drawing area).
 * And a change of chart reads as one graphic changing: never two charts showing at once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { READING_LINE } from '../../src/lib/story/engine';
import { TRANSITION_MS } from '../../src/lib/charts/motion';
import { openPage, scrollStepToReadingLine, stepTextSelector, waitForHydration } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';
import { realStory } from '../support/dataset';

const story = realStory();
const site = useSiteAndBrowser();
const viewports = [
	{ width: 360, height: 640, isMobile: true, hasTouch: true },
	{ width: 390, height: 844, isMobile: true, hasTouch: true },
	{ width: 820, height: 1180, isMobile: true, hasTouch: true },
	{ width: 1440, height: 900, isMobile: false, hasTouch: false }
];

/** The story, hydrated, on a screen of this size. */
async function openStory(viewport: (typeof viewports)[number]) {
	const watched = await openPage(site.browser, site.server.origin, {
		viewport: { width: viewport.width, height: viewport.height },
		isMobile: viewport.isMobile,
		hasTouch: viewport.hasTouch
	});
	await watched.page.goto(`${site.server.origin}/`);
	await waitForHydration(watched.page);
	return watched;
}

interface Probe {
	/** Scroll to this position, */
	y?: number;
	/** or put this step's words just above the reading line, and wait for its chart to settle. */
	stepId?: string;
	line: number;
}

interface Seen {
	/** The step whose words are at the reading line, measured from the page. */
	atLine: string | null;
	/** The step the page marks as active, once it agrees or after 5 s. */
	active: string | null;
	/** The top of the step's words, in viewport pixels. */
	wordsTop: number | null;
	/** The chart's drawn elements that the step's words overlap. */
	overlaps: string[];
	/** Points spread over the chart's drawing where something other than the chart is on top. */
	covered: string[];
}

/** One look at the page, all in the page (one round trip, so the test stays quick). */
function probe(page: Page, options: Probe): Promise<Seen> {
	return page.evaluate(async ({ y, stepId, line }) => {
		type Box = { left: number; top: number; right: number; bottom: number };
		const meet = (a: Box, b: Box): Box => ({
			left: Math.max(a.left, b.left),
			top: Math.max(a.top, b.top),
			right: Math.min(a.right, b.right),
			bottom: Math.min(a.bottom, b.bottom)
		});
		const empty = (b: Box) => b.right - b.left < 1 || b.bottom - b.top < 1;
		const words = (id: string) => document.querySelector(`[data-step="${id}"] .step-card`)!;
		const frame = () => new Promise(requestAnimationFrame);
		const until = async (ok: () => boolean) => {
			for (const started = performance.now(); !ok() && performance.now() - started < 5000;) await frame();
		};
		const atLine = () =>
			[...document.querySelectorAll('[data-step]')]
				.filter((el) => el.querySelector('.step-card')!.getBoundingClientRect().top <= innerHeight * line)
				.at(-1)
				?.getAttribute('data-step') ?? null;
		const active = () => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null;
		const chart = () => document.querySelector('.stage .stage-chart.active');

		const top = stepId ? words(stepId).getBoundingClientRect().top + scrollY - innerHeight * line + 24 : y!;
		window.scrollTo({ top, behavior: 'instant' });
		await until(() => active() === atLine() && !!chart()?.querySelector('[data-chart]'));
		if (stepId)
			await until(
				() =>
					getComputedStyle(chart()!).opacity === '1' &&
					document
						.querySelector('.stage')!
						.getAnimations({ subtree: true })
						.every((a) => a.playState !== 'running')
			);

		const figure = chart()?.querySelector('[data-chart]');
		const bodyElement = figure?.querySelector('.chart-body');
		const body = bodyElement?.getBoundingClientRect();
		const covered: string[] = [];
		for (const fx of body ? [0.05, 0.5, 0.95] : [])
			for (const fy of [0.05, 0.5, 0.95]) {
				const x = body!.left + fx * body!.width;
				const y = body!.top + fy * body!.height;
				if (y < 0 || y >= innerHeight) continue;
				const onTop = document.elementFromPoint(x, y);
				if (onTop && !onTop.closest('.graphic')) covered.push(`(${Math.round(x)}, ${Math.round(y)}) ${onTop.tagName}.${onTop.className}`);
			}
		const overlaps: string[] = [];
		const current = atLine();
		if (stepId && current && figure) {
			const wordsBox = words(current).getBoundingClientRect();
			const screen = { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
			for (const el of [figure, ...figure.querySelectorAll('*')]) {
				if (!el.checkVisibility({ visibilityProperty: true })) continue;
				// What the drawing area clips is not drawn.
				let box: Box = el.getBoundingClientRect();
				if (el !== figure && bodyElement!.contains(el)) box = meet(box, body!);
				box = meet(box, screen);
				if (!empty(box) && !empty(meet(box, wordsBox)))
					overlaps.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${JSON.stringify(box)}`);
			}
		}
		return { atLine: current, active: active(), wordsTop: current ? words(current).getBoundingClientRect().top : null, overlaps, covered };
	}, options);
}

for (const viewport of viewports) {
	it(`${viewport.width}×${viewport.height}: the words never cover the chart, and arrive with it`, async () => {
		const { page, problems } = await openStory(viewport);
		const { end, screenHeight } = await page.evaluate(() => {
			const last = document.querySelector('[data-step]:last-of-type .step-card')!;
			return { end: last.getBoundingClientRect().top + scrollY, screenHeight: innerHeight };
		});
		let previous: string | null = null;
		const settled: string[] = [];
		for (let y = 0; y <= end; y += Math.round(screenHeight * 0.4)) {
			const seen = await probe(page, { y, line: READING_LINE });
			expect(seen.active, `at ${y}px: the active step is the one whose words are at the reading line`).toBe(seen.atLine);
			expect(seen.covered, `at ${y}px: the chart is on top of the words`).toEqual([]);
			if (seen.atLine === null || seen.atLine === previous) continue;
			previous = seen.atLine;
			// A step has become active: look at it where a reader's scrolling makes it active, its
			// words at the reading line, once its chart has settled.
			const at = await probe(page, { stepId: seen.atLine, line: READING_LINE });
			expect(at.active).toBe(seen.atLine);
			expect(at.wordsTop, `${seen.atLine}: words on screen when active`).toBeGreaterThanOrEqual(0);
			expect(at.wordsTop! + 24, `${seen.atLine}: words on screen when active`).toBeLessThanOrEqual(screenHeight);
			expect(at.overlaps, `${seen.atLine}: the words' box meets the chart's drawing`).toEqual([]);
			expect(at.covered, `${seen.atLine}: the chart is on top of the words`).toEqual([]);
			settled.push(seen.atLine);
		}
		expect(settled).toEqual(story.steps.map((s) => s.id));
		expect(problems).toEqual([]);
		await page.context().close();
	});
}

describe('a change of chart', () => {
	it('clears the outgoing chart before the incoming one builds: never two charts, or titles, at once', async () => {
		const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
		await page.goto(`${site.server.origin}/`);
		await waitForHydration(page);
		const changes = story.steps.filter((step, i) => i > 0 && story.steps[i - 1].chart !== step.chart);
		expect(changes.length).toBeGreaterThan(0);
		for (const step of changes) {
			const previous = story.steps[step.index - 1];
			await scrollStepToReadingLine(page, previous.id);
			await page.waitForFunction(
				(id) =>
					document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id &&
					document.querySelectorAll('.stage [data-chart]').length > 1,
				previous.id
			);
			// Scroll the next step's words to the reading line and watch every frame until settled.
			const { mostShowing, incomingShown } = await page.evaluate(
				async ({ selector, chart, line }) => {
					const opacity = (el: Element) => Number(getComputedStyle(el).opacity);
					const el = document.querySelector(selector)!;
					window.scrollTo({ top: el.getBoundingClientRect().top + scrollY - innerHeight * line + 24, behavior: 'instant' });
					let mostShowing = 0;
					let incomingShown = false;
					const started = performance.now();
					while (performance.now() - started < 3000) {
						await new Promise(requestAnimationFrame);
						const showing = [...document.querySelectorAll('.stage .stage-chart')].filter(
							(c) => opacity(c) > 0.02 && getComputedStyle(c).visibility !== 'hidden'
						);
						mostShowing = Math.max(mostShowing, showing.length);
						const incoming = document.querySelector(`.stage .stage-chart:has([data-chart="${chart}"])`);
						if (incoming && opacity(incoming) === 1 && incoming.getAnimations().length === 0) {
							incomingShown = true;
							break;
						}
					}
					return { mostShowing, incomingShown };
				},
				{ selector: stepTextSelector(step.id), chart: step.chart, line: READING_LINE }
			);
			expect(incomingShown, `${previous.chart} → ${step.chart}: the incoming chart shows`).toBe(true);
			expect(mostShowing, `${previous.chart} → ${step.chart}: charts showing at once`).toBe(1);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a chart from step to step', () => {
	// Its "Sources" line lists more sources at some steps than others: were the caption to grow,
	// the drawing would jump at a change of step that changes nothing else. A chart kept to its
	// drawing's height (a short chart on a tall screen) is as tall as each state needs; its title
	// and drawing still start in the same place.
	for (const viewport of [viewports[0], viewports[3]]) {
		it(`${viewport.width}×${viewport.height}: keeps its drawing in place and the same size through its steps`, async () => {
			const { page, problems } = await openStory(viewport);
			const sizes = new Map<string, Set<string>>();
			const places = new Map<string, number[][]>();
			const sourceLines = new Map<string, Set<string>>();
			for (const step of story.steps) {
				await scrollStepToReadingLine(page, step.id);
				await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, step.id);
				const seen = await page.evaluate((chart) => {
					const figure = document.querySelector(`.stage [data-chart="${chart}"]`);
					if (!figure) return null;
					const graphic = figure.closest('.stage-chart')!.getBoundingClientRect();
					const body = figure.querySelector('.chart-body')!.getBoundingClientRect();
					const title = figure.querySelector('.chart-title')!.getBoundingClientRect();
					const height = figure.classList.contains('kept') ? 'as its state needs' : body.height;
					return {
						size: `${body.width}×${height}`,
						// From the graphic's corner: a chart coming in moves with its graphic.
						place: [title.top - graphic.top, body.left - graphic.left, body.top - graphic.top],
						sources: figure.querySelector('.chart-sources')!.textContent!
					};
				}, step.chart);
				if (!seen) continue;
				sizes.set(step.chart, (sizes.get(step.chart) ?? new Set()).add(seen.size));
				places.set(step.chart, [...(places.get(step.chart) ?? []), seen.place]);
				sourceLines.set(step.chart, (sourceLines.get(step.chart) ?? new Set()).add(seen.sources));
			}
			// Some chart's steps cite different sources, or this test would not test the caption.
			expect([...sourceLines.values()].some((lines) => lines.size > 1)).toBe(true);
			for (const [chart, seen] of sizes) expect([...seen], `${chart}: the drawing's size at each of its steps`).toHaveLength(1);
			// Where its title and drawing start, to within half a pixel (a chart coming in is
			// measured as it moves, which leaves the odd rounding error).
			for (const [chart, seen] of places)
				for (const [i, what] of ['title top', 'drawing left', 'drawing top'].entries()) {
					const at = seen.map((place) => place[i]);
					expect(Math.max(...at) - Math.min(...at), `${chart}: ${what} at each of its steps: ${at.join(', ')}`).toBeLessThan(0.5);
				}
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}
});

describe('a short chart on a tall screen', () => {
	// On a desktop the shifts chart and the exchange's account need less than half the graphic's
	// height: at the top of the graphic, they left its lower half empty, far from the words.
	it('1440×900: sits in the middle of the graphic at its tallest state, its title still from step to step', async () => {
		const { page, problems } = await openStory(viewports[3]);
		for (const chart of ['shifts', 'exchange']) {
			const steps = story.steps.filter((step) => step.chart === chart);
			// A reader pauses on the step before: the chart, built out of sight, is measured meanwhile.
			const before = story.steps[story.steps.indexOf(steps[0]) - 1];
			await scrollStepToReadingLine(page, before.id);
			await page.waitForFunction((id) => document.querySelector(`.stage [data-chart="${id}"].kept`), chart, { timeout: 15_000 });
			const seen: { top: number; bottom: number; graphicTop: number; graphicBottom: number; drawingToCaption: number }[] = [];
			for (const step of steps) {
				await scrollStepToReadingLine(page, step.id);
				await page.waitForFunction((id) => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') === id, step.id);
				await page.waitForTimeout(TRANSITION_MS * 2);
				seen.push(
					await page.evaluate((id) => {
						const figure = document.querySelector(`.stage [data-chart="${id}"]`)!;
						const graphic = figure.closest('.stage-chart')!.getBoundingClientRect();
						const title = figure.querySelector('.chart-title')!.getBoundingClientRect();
						const caption = figure.querySelector('figcaption')!.getBoundingClientRect();
						// What the drawing shows: the shifts chart's svg, the exchange chart's account (its box is the whole drawing's).
						const drawing = figure.querySelector('.chart-body svg, .chart-body .account')!.getBoundingClientRect();
						return {
							top: title.top,
							bottom: caption.bottom,
							graphicTop: graphic.top,
							graphicBottom: graphic.bottom,
							drawingToCaption: caption.top - drawing.bottom
						};
					}, chart)
				);
			}
			// The caption (sources, the data) just under what the drawing shows, at every step.
			for (const [i, s] of seen.entries()) {
				expect(s.drawingToCaption, `${chart}, step ${steps[i].id}: from the drawing to its caption`).toBeGreaterThanOrEqual(-1);
				expect(s.drawingToCaption, `${chart}, step ${steps[i].id}: from the drawing to its caption`).toBeLessThan(24);
			}
			const titles = seen.map((s) => s.top);
			expect(Math.max(...titles) - Math.min(...titles), `${chart}: where its title is at each step: ${titles.join(', ')}`).toBeLessThan(
				0.5
			);
			const tallest = seen.reduce((a, b) => (b.bottom - b.top > a.bottom - a.top ? b : a));
			const [above, below] = [tallest.top - tallest.graphicTop, tallest.graphicBottom - tallest.bottom];
			expect(above, `${chart}: room above the chart, at its tallest`).toBeGreaterThan(40);
			expect(Math.abs(above - below), `${chart}: room above (${above} px) and below (${below} px) the chart at its tallest`).toBeLessThan(
				2
			);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('the opening', () => {
	it('shares its left edge with the words that follow it, at every width', async () => {
		for (const viewport of viewports) {
			const { page, problems } = await openStory(viewport);
			const [headline, lead] = await page.evaluate(() =>
				['h1', '.lead p'].map((selector) => Math.round(document.querySelector(selector)!.getBoundingClientRect().left))
			);
			expect(headline, `${viewport.width}×${viewport.height}: the headline's left edge against the lead's`).toBe(lead);
			expect(problems).toEqual([]);
			await page.context().close();
		}
	});
});
