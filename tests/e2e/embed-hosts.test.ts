/**
 * The story in host pages as newsrooms build them, in real Chromium, with the built site on
 * one loopback origin, the host pages on another and an ad frame on a third: a sticky header
 * and a fixed bottom ad, a clipping wrapper, a scrolling `<main>`, a reload and a rotation
 * half-way, a late loader, a container added after load, a forging ad beside a pym.js embed,
 * a dark theme, and a story that never answers.
 */
import { describe, expect, it } from 'vitest';
import { waitForStep } from '../support/browser';
import { activeIndex, contentHeight, scrollHostToStep, stepTops, useEmbedHosts, waitForScrolly } from '../support/embed-hosts';
import { realStory } from '../support/dataset';

const story = realStory();
const embeds = useEmbedHosts();
/** Three steps to check at: the first, one in the middle, the last. */
const sampled = [story.steps[0], story.steps[Math.floor(story.steps.length / 2)], story.steps.at(-1)!];

/** The iframe's box in the host's viewport. */
const iframeBox = (page: import('playwright-core').Page) =>
	page.evaluate(() => {
		const r = document.querySelector('#embed iframe')!.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, vh: window.innerHeight };
	});

/**
 * Scrolls the host through the story's block, at `stops` evenly spaced places from its start,
 * and expects the whole iframe in view at each, from `top` (under any header) to the bottom.
 */
async function expectHeldInView(page: import('playwright-core').Page, stops: number[], top = 0) {
	const { start, end } = await page.evaluate(() => {
		const r = document.getElementById('embed')!.getBoundingClientRect();
		return { start: r.top + window.scrollY, end: r.bottom + window.scrollY - window.innerHeight };
	});
	for (const stop of stops) {
		await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), start + (end - start) * stop);
		await expect
			.poll(async () => {
				const box = await iframeBox(page);
				return Math.abs(box.top - top) <= 1 && Math.abs(box.bottom - box.vh) <= 1;
			})
			.toBe(true);
	}
}

describe('host pages as newsrooms build them', () => {
	it('sits between a sticky header and a fixed bottom ad (data-offset-top, data-offset-bottom)', async () => {
		const { page, problems } = await embeds.hostPage('/bars.html');
		const frame = await embeds.waitForFrame(page);
		await waitForScrolly(page, frame);
		const tops = await stepTops(frame);
		for (const step of sampled) {
			await scrollHostToStep(page, tops[step.id]);
			await waitForStep(frame, step.id);
			const box = await iframeBox(page);
			expect(box.top).toBeGreaterThanOrEqual(59);
			expect(box.bottom).toBeLessThanOrEqual(box.vh - 90 + 1);
			// The graphic, its title first, is whole between the header and the ad.
			const graphic = await frame.evaluate(() => {
				const r = document.querySelector('.graphic')!.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom };
			});
			expect(box.top + graphic.top).toBeGreaterThanOrEqual(59);
			expect(box.top + graphic.bottom).toBeLessThanOrEqual(box.vh - 90 + 1);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('never leaves a blank block inside an overflow-x: hidden wrapper', async () => {
		const { page, problems } = await embeds.hostPage('/clipped.html');
		const frame = await embeds.waitForFrame(page);
		await waitForScrolly(page, frame);
		// The whole iframe is in view at every position inside the block.
		await expectHeldInView(
			page,
			Array.from({ length: 9 }, (_, i) => i / 8)
		);
		const tops = await stepTops(frame);
		await scrollHostToStep(page, tops[sampled[1].id]);
		await waitForStep(frame, sampled[1].id);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('holds the story with sticky once a panel hidden at load is shown, as on a page that showed it at once', async () => {
		const { page, problems } = await embeds.hostPage('/hidden-panel.html');
		// Hidden, the loader meets it with no box at all: scrolling past measures nothing to judge.
		await page.evaluate(() => window.scrollTo({ top: 200, behavior: 'instant' }));
		await page.waitForTimeout(300);
		await page.click('#show');
		const frame = await embeds.waitForFrame(page);
		await waitForScrolly(page, frame);
		// In view under the site's 60 px header.
		await expectHeldInView(page, [0.2, 0.4, 0.6, 0.8], 60);
		// Held by the browser, not moved by script on every scroll.
		expect(await page.evaluate(() => document.querySelector<HTMLIFrameElement>('#embed iframe')!.style.position)).toBe('sticky');
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('follows a <main> that scrolls instead of the window', async () => {
		const { page, problems } = await embeds.hostPage('/main-scroller.html');
		const frame = await embeds.waitForFrame(page);
		await waitForScrolly(page, frame);
		const tops = await stepTops(frame);
		for (const step of sampled) {
			await scrollHostToStep(page, tops[step.id], 'main');
			await waitForStep(frame, step.id);
			const box = await iframeBox(page);
			expect(Math.abs(box.top)).toBeLessThanOrEqual(1);
		}
		expect(await page.evaluate(() => window.scrollY)).toBe(0);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('puts the reader back on the same step after a reload half-way, and after rotating a phone', async () => {
		const { page, problems } = await embeds.hostPage('/loader.html', { width: 390, height: 844 });
		let frame = await embeds.waitForFrame(page);
		await waitForScrolly(page, frame);
		const target = 6;
		await scrollHostToStep(page, (await stepTops(frame))[story.steps[target].id]);
		await waitForStep(frame, story.steps[target].id);

		// Rotation: landscape and back; the reader stays on the step (±1).
		for (const size of [
			{ width: 844, height: 390 },
			{ width: 390, height: 844 }
		]) {
			await page.setViewportSize(size);
			await expect.poll(() => activeIndex(frame), { timeout: 10_000 }).toBeGreaterThanOrEqual(target - 1);
			expect(await activeIndex(frame)).toBeLessThanOrEqual(target + 1);
		}

		// Reload: the loader has remembered where the reader is.
		await expect.poll(() => page.evaluate(() => Object.keys(sessionStorage).length)).toBeGreaterThan(0);
		await page.reload();
		frame = await embeds.waitForFrame(page);
		await waitForScrolly(page, frame);
		await expect.poll(() => activeIndex(frame), { timeout: 10_000 }).toBeGreaterThanOrEqual(target - 1);
		expect(await activeIndex(frame)).toBeLessThanOrEqual(target + 1);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('upgrades without adding a history entry when the loader runs late, and upgrades a container added after load', async () => {
		const { page, problems } = await embeds.hostPage('/late.html');
		const fixed = await embeds.waitForFrame(page);
		expect(await fixed.evaluate(() => document.documentElement.dataset.embedMode)).toBe('fixed');
		const entries = await page.evaluate(() => history.length);
		await page.addScriptTag({ url: `${embeds.siteOrigin}/embed.js` });
		await expect.poll(() => page.frames().some((f) => f.url().includes('mode=scrolly'))).toBe(true);
		const frame = page.frames().find((f) => f.url().includes('mode=scrolly'))!;
		await waitForScrolly(page, frame);
		expect(await page.evaluate(() => history.length)).toBe(entries);

		// A container added to the page later (infinite scroll) is upgraded too.
		await page.evaluate((site) => {
			const block = document.createElement('div');
			block.id = 'added';
			block.dataset.scrollyEmbed = `${site}/embed/`;
			document.querySelector('main')!.append(block);
		}, embeds.siteOrigin);
		await expect.poll(() => page.frames().filter((f) => f.url().includes('mode=scrolly')).length).toBe(2);
		expect(await page.locator('#added iframe').getAttribute('title')).toBeTruthy();
		expect(await page.evaluate(() => history.length)).toBe(entries);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('ignores an ad frame forging pym.js messages beside our pym snippet', async () => {
		const { page, problems } = await embeds.hostPage('/pym-forged.html');
		const frame = await embeds.waitForFrame(page);
		const height = () => page.evaluate(() => document.querySelector('#story iframe')!.getBoundingClientRect().height);
		await expect.poll(async () => Math.abs((await height()) - (await contentHeight(frame))), { timeout: 15_000 }).toBeLessThanOrEqual(1);
		const url = page.url();
		await page.evaluate(() => (document.getElementById('forger') as HTMLIFrameElement).contentWindow!.postMessage('forge', '*'));
		// The forger's last message arrives after its forged ones: by then pym has handled them.
		await page.waitForFunction(() => document.body.dataset.forged === '1');
		expect(page.url()).toBe(url);
		expect(Math.abs((await height()) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('shows the dark theme the host asks for, whatever the reader prefers', async () => {
		const { page, problems } = await embeds.hostPage('/dark.html');
		await page.emulateMedia({ colorScheme: 'light' });
		const frame = await embeds.waitForFrame(page);
		const background = () => frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const [r, g, b] = (await background()).match(/\d+/g)!.map(Number);
		expect(Math.max(r, g, b)).toBeLessThan(60);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('gives the host its page back when the story never answers', async () => {
		const { page } = await embeds.hostPage('/down.html');
		// Within a few seconds of the frame loading, the block is a plain iframe no taller than the view.
		await page.waitForFunction(
			() => {
				const block = document.getElementById('embed')!;
				return block.dataset.scrollyEmbedReady === '1' && block.style.height === '';
			},
			null,
			{ timeout: 20_000 }
		);
		const box = await iframeBox(page);
		expect(box.bottom - box.top).toBeLessThanOrEqual(box.vh);
		expect(await page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height)).toBeLessThanOrEqual(box.vh + 1);
		await page.context().close();
	});
});
