/**
 * The first screen shows the first step's chart as a picture drawn at build time; the live
 * chart takes its place on the reader's first scroll. A reader must never see the chart area
 * empty (or the live chart without its marks), the picture jump, or the chart fade in over
 * what was already there. Neither loading the page nor building its charts starts `Intl`,
 * whose first use costs Chromium 60 to 90 ms (see src/lib/format.ts).
 */
import { expect, it } from 'vitest';
import { openPage, waitForHydration } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';

const site = useSiteAndBrowser();

it.each([
	{ width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
	{ width: 1440, height: 900, deviceScaleFactor: 1, isMobile: false, hasTouch: false }
])('gives way to the live chart at $width px with no empty frame, no jump and no fade', async (screen) => {
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
	await page.evaluate(() => {
		const frames: { picture: string | null; stage: 'hidden' | 'shown' | 'none'; chartOpacity: string | null; marks: boolean }[] = [];
		(window as unknown as { openingFrames: typeof frames }).openingFrames = frames;
		const record = () => {
			const picture = document.querySelector('.first-picture img');
			const box = picture?.getBoundingClientRect();
			const stage = document.querySelector('.stage');
			const chart = document.querySelector('.stage-chart.active');
			frames.push({
				picture: box ? `${box.x} ${box.width}×${box.height}` : null,
				stage: !stage ? 'none' : stage.classList.contains('ready') && getComputedStyle(stage).opacity === '1' ? 'shown' : 'hidden',
				chartOpacity: chart ? getComputedStyle(chart).opacity : null,
				marks: !!chart?.querySelector('canvas[data-drawn]')
			});
			if (stage?.classList.contains('ready') && !picture) return;
			requestAnimationFrame(record);
		};
		requestAnimationFrame(record);
	});
	await page.mouse.move(screen.width / 2, screen.height / 2);
	await page.mouse.wheel(0, 4);
	await page.waitForFunction(() => document.querySelector('.stage.ready') && !document.querySelector('.first-picture'));
	const frames = await page.evaluate(
		() =>
			(window as unknown as { openingFrames: { picture: string | null; stage: string; chartOpacity: string | null; marks: boolean }[] })
				.openingFrames
	);
	// Every frame shows the picture or the live chart; the picture keeps its place and size
	// while the stage builds under it; the chart, once shown, is shown whole.
	expect(frames.filter((f) => f.picture === null && f.stage !== 'shown')).toEqual([]);
	expect(new Set(frames.map((f) => f.picture).filter(Boolean)).size).toBe(1);
	expect(frames.filter((f) => f.stage === 'shown').map((f) => f.chartOpacity)).toEqual(
		frames.filter((f) => f.stage === 'shown').map(() => '1')
	);
	expect(
		frames.filter((f) => f.stage === 'shown' && !f.marks),
		'the live chart is shown only once its canvas has painted the marks'
	).toEqual([]);
	expect(
		frames.some((f) => f.stage === 'hidden' && f.picture !== null),
		'the stage built under the picture'
	).toBe(true);
	expect(await page.evaluate(() => (window as unknown as { intlUses: string[] }).intlUses), 'Intl used by the page or its charts').toEqual(
		[]
	);
	expect(problems).toEqual([]);
	await page.context().close();
});
