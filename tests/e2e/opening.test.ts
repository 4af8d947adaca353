/**
 * The first screen shows the first step's chart standing still, drawn without the chart code;
 * the live chart takes its place on the reader's first scroll. A reader must never see the
 * chart area empty (or the live chart without its marks), the still move or change as the live
 * chart takes over, or the chart fade in over what was already there. Neither loading the page
 * nor building its charts starts `Intl`, whose first use costs Chromium 60 to 90 ms (see
 * src/lib/format.ts).
 */
import { expect, it } from 'vitest';
import { PNG } from 'pngjs';
import pixelmatch from 'pixelmatch';
import { openPage, waitForHydration } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';

const site = useSiteAndBrowser();

it.each([
	{ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
	{ width: 1440, height: 900, deviceScaleFactor: 1, isMobile: false, hasTouch: false }
])('gives way to the live chart at $width px unseen: no change to the picture, no empty frame, no fade', async (screen) => {
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: screen, ...screen });
	await page.addInitScript(() => {
		const uses: string[] = [];
		(window as unknown as { intlUses: string[] }).intlUses = uses;
		for (const name of Object.getOwnPropertyNames(Intl)) {
			const original = (Intl as unknown as Record<string, unknown>)[name];
			if (typeof original !== 'function') continue;
			(Intl as unknown as Record<string, unknown>)[name] = new Proxy(original, {
				construct: (target, args) => (uses.push(`Intl.${name}`), Reflect.construct(target as new (...a: unknown[]) => object, args)),
				apply: (target, self, args) => (uses.push(`Intl.${name}`), Reflect.apply(target as () => unknown, self, args))
			});
		}
		const wrap = (owner: object, name: string) => {
			const original = (owner as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
			(owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
				uses.push(name);
				return original.apply(this, args);
			};
		};
		wrap(Number.prototype, 'toLocaleString');
		wrap(Date.prototype, 'toLocaleString');
		wrap(Date.prototype, 'toLocaleDateString');
		wrap(String.prototype, 'localeCompare');
	});
	await page.goto(`${site.server.origin}/`);
	await waitForHydration(page);
	await page.waitForSelector('[data-opening] svg.marks > g rect', { state: 'attached' });
	// The graphic as the reader sees it, wherever the scroll has put it (a locator's screenshot
	// would scroll it into view, which is itself a first scroll).
	const shootGraphic = async (height: number) => {
		const box = (await page.locator('.graphic').boundingBox())!;
		return PNG.sync.read(await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height }, animations: 'disabled' }));
	};
	const shownHeight = await page.evaluate(() => {
		const box = document.querySelector('.graphic')!.getBoundingClientRect();
		return Math.floor(Math.min(box.bottom, innerHeight) - box.top) - 16;
	});
	const still = await shootGraphic(shownHeight);
	await page.evaluate(() => {
		const frames: {
			still: string | null;
			stage: 'hidden' | 'shown' | 'none';
			chartOpacity: string | null;
			marks: boolean;
			stageInert: boolean | null;
		}[] = [];
		(window as unknown as { openingFrames: typeof frames }).openingFrames = frames;
		const record = () => {
			const still = document.querySelector('[data-opening] .chart');
			const box = still?.getBoundingClientRect();
			const stage = document.querySelector('.stage');
			const chart = document.querySelector('.stage-chart.active');
			frames.push({
				still: box ? `${box.x} ${box.width}×${box.height}` : null,
				stage: !stage ? 'none' : stage.classList.contains('ready') && getComputedStyle(stage).opacity === '1' ? 'shown' : 'hidden',
				chartOpacity: chart ? getComputedStyle(chart).opacity : null,
				marks: !!chart?.querySelector('canvas[data-drawn]'),
				// Out of reach of screen readers and the keyboard while hidden, so the chart is never there twice.
				stageInert: (stage as HTMLElement | null)?.inert ?? null
			});
			if (stage?.classList.contains('ready') && !still) return;
			requestAnimationFrame(record);
		};
		requestAnimationFrame(record);
	});
	await page.mouse.move(screen.width / 2, screen.height / 2);
	await page.mouse.wheel(0, 4);
	await page.waitForFunction(() => document.querySelector('.stage.ready') && !document.querySelector('[data-opening]'));
	const frames = await page.evaluate(
		() =>
			(
				window as unknown as {
					openingFrames: { still: string | null; stage: string; chartOpacity: string | null; marks: boolean; stageInert: boolean | null }[];
				}
			).openingFrames
	);
	// Every frame shows the still or the live chart; the still keeps its place and size
	// while the stage builds under it; the chart, once shown, is shown whole.
	expect(frames.filter((f) => f.still === null && f.stage !== 'shown')).toEqual([]);
	expect(new Set(frames.map((f) => f.still).filter(Boolean)).size).toBe(1);
	expect(frames.filter((f) => f.stage === 'shown').map((f) => f.chartOpacity)).toEqual(
		frames.filter((f) => f.stage === 'shown').map(() => '1')
	);
	expect(
		frames.filter((f) => f.stage === 'shown' && !f.marks),
		'the live chart is shown only once its canvas has painted the marks'
	).toEqual([]);
	expect(
		frames.some((f) => f.stage === 'hidden' && f.still !== null),
		'the stage built under the still'
	).toBe(true);
	expect(
		frames.filter((f) => f.stage !== 'none').map((f) => f.stageInert),
		'the stage is inert exactly while hidden'
	).toEqual(frames.filter((f) => f.stage !== 'none').map((f) => f.stage === 'hidden'));
	expect(await page.evaluate(() => (window as unknown as { intlUses: string[] }).intlUses), 'Intl used by the page or its charts').toEqual(
		[]
	);
	// The live chart looks as the still did: the same title, marks, labels, key and caption in
	// the same places, pixel for pixel but for the odd edge of a mark (canvas against SVG). Seen
	// from where the still was: a page moved by part of a device pixel draws its text afresh.
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	await page.waitForTimeout(100);
	const live = await shootGraphic(shownHeight);
	expect([live.width, live.height]).toEqual([still.width, still.height]);
	const changed = pixelmatch(still.data, live.data, undefined, still.width, still.height, { threshold: 0.1 });
	expect(changed / (still.width * still.height), "share of the graphic's pixels changed by the hand-over").toBeLessThan(0.001);
	expect(problems).toEqual([]);
	await page.context().close();
});

it('hands a keyboard reader over with the picture: focus, and a data table they opened, move to the live chart', async () => {
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
	await page.goto(`${site.server.origin}/`);
	await waitForHydration(page);
	// Focused without a key (a key would itself fetch the chart code), then opened with one.
	await page.focus('[data-opening] summary');
	await page.keyboard.press('Enter');
	await page.waitForFunction(() => document.querySelector('.stage.ready') && !document.querySelector('[data-opening]'));
	await page.waitForFunction(() => document.activeElement?.matches('.stage-chart.active summary'), null, { timeout: 5000 });
	expect(await page.evaluate(() => document.querySelector('.stage-chart.active details')?.hasAttribute('open'))).toBe(true);
	expect(problems).toEqual([]);
	await page.context().close();
});

it.each([
	{ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true, screens: 'narrow' },
	{ width: 1440, height: 900, deviceScaleFactor: 1, isMobile: false, hasTouch: false, screens: 'wide' }
])('shows the first state drawn before any script runs, or if none ever does ($width px)', async ({ screens, ...screen }) => {
	// What the still shows of the first state: its marks (as drawn), its labels and its close-up note.
	const opening = () =>
		[...document.querySelectorAll<HTMLElement>('[data-opening] .plot')].map((plot) => {
			const shown = (element: Element) => element.getBoundingClientRect().width > 0;
			const marks = [...plot.querySelectorAll('svg rect')].filter(shown).filter((rect) => !rect.closest('pattern'));
			return {
				drawings: [...plot.querySelectorAll('[data-screens]')].filter(shown).map((drawing) => drawing.getAttribute('data-screens')),
				marksDrawn: marks.length > 0 && marks.every((rect) => rect.getBoundingClientRect().height > 0),
				labels: [...plot.querySelectorAll('text')].filter(shown).map((text) => text.textContent),
				closeUp: [...plot.querySelectorAll('.close-up')].filter(shown).length
			};
		})[0];
	const scriptless = await openPage(site.browser, site.server.origin, { viewport: screen, ...screen });
	await scriptless.page.route('**/*.js', (route) => route.abort());
	await scriptless.page.goto(`${site.server.origin}/`, { waitUntil: 'load' });
	const before = await scriptless.page.evaluate(opening);
	await scriptless.page.context().close();

	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: screen, ...screen });
	await page.goto(`${site.server.origin}/`);
	await waitForHydration(page);
	await page.waitForSelector('[data-opening] svg.marks > g rect', { state: 'attached' });
	const hydrated = await page.evaluate(opening);
	expect(before.drawings).toEqual([screens]);
	expect(before.marksDrawn).toBe(true);
	expect(before.labels.length).toBeGreaterThan(0);
	expect({ labels: before.labels, closeUp: before.closeUp }).toEqual({ labels: hydrated.labels, closeUp: hydrated.closeUp });
	expect(hydrated.drawings).toEqual([]);
	expect(hydrated.marksDrawn).toBe(true);
	expect(problems).toEqual([]);
	await page.context().close();
});
