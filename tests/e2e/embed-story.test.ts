/**
 * The story inside other sites' pages, in real Chromium, with the built site on one loopback
 * origin and host pages on another (and a forger on a third): a stock pym.js host, a host
 * running our loader (`scrolly`), a bare iframe (`fixed`), and scrolly with no loader.
 */
import { describe, expect, it } from 'vitest';
import { waitForStep } from '../support/browser';
import { contentHeight, useEmbedHosts } from '../support/embed-hosts';
import { realStory } from '../support/dataset';

const story = realStory();
const embeds = useEmbedHosts();

describe('a pym.js host (stock pym.js from npm)', () => {
	it('gets the flat story, sized to its content within 1 px, also after narrowing and widening', async () => {
		const { page, problems } = await embeds.hostPage('/pym.html');
		const frame = await embeds.waitForFrame(page);
		expect(await frame.evaluate(() => document.documentElement.dataset.embedMode)).toBe('flat');
		// The origins really differ: the host cannot read the embed's document.
		expect(await page.evaluate(() => document.querySelector('iframe')!.contentDocument)).toBeNull();
		const iframeHeight = () => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
		for (const width of [1280, 375, 900]) {
			await page.setViewportSize({ width, height: 800 });
			await expect
				.poll(async () => Math.abs((await iframeHeight()) - (await contentHeight(frame))), { timeout: 15_000 })
				.toBeLessThanOrEqual(1);
		}
		// Flat: every step is followed by its chart, frozen in the step's state.
		const figures = await frame.evaluate(() =>
			[...document.querySelectorAll('[data-step]')].map((s) => s.querySelector('.step-figure [data-chart]')?.getAttribute('data-state'))
		);
		expect(figures).toEqual(story.steps.map((s) => s.state));
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a host running our loader (scrolly)', () => {
	it('activates each step where a reader of the stand-alone page would see it, with the graphic in view', async () => {
		const { page, problems } = await embeds.hostPage('/loader.html');
		const frame = await embeds.waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		// The loader ran once although the page includes it twice.
		expect(await page.locator('[data-scrolly-embed-ready="1"]').count()).toBe(1);
		// The block grows to the story's height once the story reports it.
		await expect
			.poll(async () => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 })
			.toBeGreaterThan(5000);

		const stepTops = await frame.evaluate(() =>
			Object.fromEntries(
				[...document.querySelectorAll('[data-step]')].map((el) => [
					el.getAttribute('data-step'),
					el.getBoundingClientRect().top + window.scrollY
				])
			)
		);
		for (const step of story.steps) {
			await page.evaluate(
				({ top }) => {
					const block = document.getElementById('embed')!;
					const blockTop = block.getBoundingClientRect().top + window.scrollY;
					window.scrollTo(0, blockTop + top - window.innerHeight * 0.6 + 24);
				},
				{ top: stepTops[step.id] }
			);
			await waitForStep(frame, step.id, 5000);
			expect(await frame.locator('.stage [data-chart="' + step.chart + '"]').getAttribute('data-state')).toBe(step.state);
			// The iframe is stuck to the top of the host's viewport, the graphic inside it.
			const box = await page.evaluate(() => {
				const r = document.querySelector('#embed iframe')!.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, vh: window.innerHeight };
			});
			expect(Math.abs(box.top)).toBeLessThanOrEqual(1);
			expect(box.bottom).toBeLessThanOrEqual(box.vh + 1);
			const graphic = await frame.evaluate(() => {
				const r = document.querySelector('.graphic')!.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, vh: window.innerHeight };
			});
			expect(graphic.top).toBeGreaterThanOrEqual(-1);
			expect(graphic.bottom).toBeLessThanOrEqual(graphic.vh + 1);
		}

		// Past the end, the embed scrolls away with the page.
		await page.evaluate(() => {
			const block = document.getElementById('embed')!;
			window.scrollTo(0, block.getBoundingClientRect().bottom + window.scrollY - 200);
		});
		await expect.poll(() => page.evaluate(() => document.querySelector('#embed iframe')!.getBoundingClientRect().bottom)).toBeLessThan(300);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('scrolls the host when the wheel turns over the iframe, and trails it by few frames', async () => {
		const { page, problems } = await embeds.hostPage('/loader.html');
		const frame = await embeds.waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		await expect
			.poll(() => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 })
			.toBeGreaterThan(5000);
		await page.evaluate(() => window.scrollTo(0, document.getElementById('embed')!.getBoundingClientRect().top + window.scrollY + 2000));
		await page.waitForTimeout(300);

		// Record, on both sides, every frame's scroll position against one clock.
		await page.evaluate(() => {
			const w = window as any;
			w.__samples = [];
			const block = document.getElementById('embed')!;
			const tick = () => {
				w.__samples.push([performance.timeOrigin + performance.now(), Math.round(-block.getBoundingClientRect().top)]);
				if (w.__samples.length < 400) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		await frame.evaluate(() => {
			const w = window as any;
			w.__samples = [];
			const tick = () => {
				w.__samples.push([performance.timeOrigin + performance.now(), Math.round(window.scrollY)]);
				if (w.__samples.length < 400) requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		const before = await page.evaluate(() => window.scrollY);
		const box = await page.locator('#embed iframe').boundingBox();
		await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
		for (let i = 0; i < 12; i++) {
			await page.mouse.wheel(0, 120);
			await page.waitForTimeout(40);
		}
		await page.waitForTimeout(500);
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 500);

		const hostSamples: [number, number][] = await page.evaluate(() => (window as any).__samples);
		const childSamples: [number, number][] = await frame.evaluate(() => (window as any).__samples);
		// For each host position, how long until the story shows it.
		const frameMs = 1000 / 60;
		let worst = 0;
		const lags: number[] = [];
		for (const [time, y] of hostSamples) {
			const caughtUp = childSamples.find(([t, childY]) => t >= time - 1 && Math.abs(childY - y) <= 1);
			if (!caughtUp) continue;
			const frames = Math.max(0, Math.round((caughtUp[0] - time) / frameMs));
			lags.push(frames);
			worst = Math.max(worst, frames);
		}
		lags.sort((a, b) => a - b);
		console.log(
			`Embedded story trails the host's scrolling by ${lags[Math.floor(lags.length / 2)]} frame(s) at the median, ${worst} at most (${lags.length} host frames compared).`
		);
		expect(lags.length).toBeGreaterThan(10);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('brings a link in a step into view when the reader tabs to it', async () => {
		const { page, problems } = await embeds.hostPage('/loader.html');
		const frame = await embeds.waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		await expect
			.poll(() => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 })
			.toBeGreaterThan(5000);
		await page.focus('#before');
		// Tab into the embed until a link inside a step has focus.
		let focusedInStep = false;
		for (let i = 0; i < 8 && !focusedInStep; i++) {
			await page.keyboard.press('Tab');
			focusedInStep = await frame.evaluate(
				() => !!document.activeElement?.closest('[data-step]') && document.activeElement!.tagName === 'A'
			);
		}
		expect(focusedInStep).toBe(true);
		await expect
			.poll(async () => {
				const inFrame = await frame.evaluate(() => {
					const r = document.activeElement!.getBoundingClientRect();
					return { top: r.top, bottom: r.bottom };
				});
				const iframeTop = await page.evaluate(() => document.querySelector('#embed iframe')!.getBoundingClientRect().top);
				const vh = await page.evaluate(() => window.innerHeight);
				return inFrame.top + iframeTop >= 0 && inFrame.bottom + iframeTop <= vh;
			})
			.toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('ignores forged messages from a third origin on both sides', async () => {
		const { page, problems } = await embeds.hostPage('/loader.html');
		const frame = await embeds.waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		await expect
			.poll(() => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 })
			.toBeGreaterThan(5000);
		await page.waitForTimeout(300);
		const snapshot = async () => ({
			hostScroll: await page.evaluate(() => window.scrollY),
			blockHeight: await page.evaluate(() => document.getElementById('embed')!.style.height),
			hostUrl: page.url(),
			hostImages: await page.evaluate(() => document.images.length),
			childScroll: await frame.evaluate(() => window.scrollY),
			childUrl: frame.url(),
			childImages: await frame.evaluate(() => document.images.length),
			active: await frame.evaluate(() => document.querySelector('[aria-current="step"]')?.getAttribute('data-step') ?? null)
		});
		const before = await snapshot();
		await page.evaluate(() => (document.getElementById('forger') as HTMLIFrameElement).contentWindow!.postMessage('forge', '*'));
		const forgerFrame = page.frames().find((f) => f.url().startsWith(embeds.forgerOrigin))!;
		await forgerFrame.waitForFunction(() => document.title === 'forged');
		await page.waitForTimeout(500);
		expect(await snapshot()).toEqual(before);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a bare iframe (fixed)', () => {
	it('scrolls inside the iframe and its steps activate', async () => {
		const { page, problems } = await embeds.hostPage('/bare.html');
		const frame = await embeds.waitForFrame(page);
		expect(await frame.evaluate(() => document.documentElement.dataset.embedMode)).toBe('fixed');
		for (const step of [story.steps[0], story.steps[8], story.steps.at(-1)!]) {
			await frame.evaluate((id) => {
				const el = document.querySelector(`[data-step="${id}"]`)!;
				window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.6 + 24);
			}, step.id);
			await waitForStep(frame, step.id);
			expect(await frame.locator(`.stage [data-chart="${step.chart}"]`).getAttribute('data-state')).toBe(step.state);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('scrolly mode with no loader answering', () => {
	it('falls back to scrolling inside the iframe after about two seconds', async () => {
		const { page, problems } = await embeds.hostPage('/no-loader.html');
		const frame = await embeds.waitForFrame(page);
		expect(await frame.evaluate(() => document.documentElement.dataset.embedMode)).toBe('scrolly');
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'fixed', null, { timeout: 4000 });
		expect(await frame.evaluate(() => getComputedStyle(document.documentElement).overflowY)).not.toBe('hidden');
		const step = story.steps[3];
		await frame.evaluate((id) => {
			const el = document.querySelector(`[data-step="${id}"]`)!;
			window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.6 + 24);
		}, step.id);
		await waitForStep(frame, step.id);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
