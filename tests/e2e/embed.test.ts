/**
 * The story and its charts inside other sites' pages, in real Chromium, with the built site
 * on one loopback origin and host pages on another (and a forger on a third): a stock pym.js
 * host, a host running our loader (`scrolly`), a bare iframe (`fixed`), chart embeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, openPage, waitForStep } from '../support/browser';
import { serveBuild } from '../support/site';
import { hostPages, serveHostPages, type HostServer } from '../support/hosts';
import type { StaticServer } from '../support/static-server';
import { realStory } from '../support/dataset';

const story = realStory();
let browser: Browser;
let site: StaticServer;
let hosts: HostServer;
let forger: HostServer;

beforeAll(async () => {
	site = await serveBuild();
	forger = await serveHostPages(() => hostPages(''));
	hosts = await serveHostPages(() => hostPages(site.origin, forger.origin));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await Promise.all([site?.close(), hosts?.close(), forger?.close()]);
});

/** Pages that watch for errors; embed pages are on the site's origin, the host on its own. */
async function hostPage(path: string, viewport = { width: 1280, height: 800 }) {
	const watched = await openPage(browser, hosts.origin, { viewport });
	// The host legitimately loads the site's pages and the forger's; only other origins are outside.
	watched.problems.length = 0;
	const problems: string[] = [];
	watched.page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
	watched.page.on('pageerror', (e) => problems.push(e.message));
	watched.page.on('request', (r) => {
		const origin = new URL(r.url()).origin;
		if (![hosts.origin, site.origin, forger.origin].includes(origin)) problems.push(`outside request: ${r.url()}`);
	});
	await watched.page.goto(`${hosts.origin}${path}`);
	return { page: watched.page, problems };
}

function embedFrame(page: Page, path = '/embed/'): Frame {
	const frame = page.frames().find((f) => f.url().startsWith(`${site.origin}${path}`));
	if (!frame) throw new Error(`no frame for ${path}`);
	return frame;
}

async function waitForFrame(page: Page, path = '/embed/'): Promise<Frame> {
	await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${site.origin}${path}`)), { timeout: 20_000 }).toBe(true);
	const frame = embedFrame(page, path);
	await frame.waitForSelector('.embed-root');
	// The story embed settles its mode on start; chart embeds have one layout.
	if (path === '/embed/') await frame.waitForFunction(() => document.documentElement.dataset.embedMode !== undefined);
	return frame;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.querySelector('.embed-root')!.getBoundingClientRect().height));

describe('a pym.js host (stock pym.js from npm)', () => {
	it('gets the flat story, sized to its content within 1 px, also after narrowing and widening', async () => {
		const { page, problems } = await hostPage('/pym.html');
		const frame = await waitForFrame(page);
		expect(await frame.evaluate(() => document.documentElement.dataset.embedMode)).toBe('flat');
		// The origins really differ: the host cannot read the embed's document.
		expect(await page.evaluate(() => document.querySelector('iframe')!.contentDocument)).toBeNull();
		const iframeHeight = () => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
		for (const width of [1280, 375, 900]) {
			await page.setViewportSize({ width, height: 800 });
			await expect.poll(async () => Math.abs((await iframeHeight()) - (await contentHeight(frame))), { timeout: 15_000 }).toBeLessThanOrEqual(1);
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
		const { page, problems } = await hostPage('/loader.html');
		const frame = await waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		// The loader ran once although the page includes it twice.
		expect(await page.locator('[data-scrolly-embed-ready="1"]').count()).toBe(1);
		// The block grows to the story's height once the story reports it.
		await expect.poll(async () => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(5000);

		const stepTops = await frame.evaluate(() =>
			Object.fromEntries([...document.querySelectorAll('[data-step]')].map((el) => [el.getAttribute('data-step'), el.getBoundingClientRect().top + window.scrollY]))
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
		const { page, problems } = await hostPage('/loader.html');
		const frame = await waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		await expect.poll(() => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(5000);
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
		console.log(`Embedded story trails the host's scrolling by ${lags[Math.floor(lags.length / 2)]} frame(s) at the median, ${worst} at most (${lags.length} host frames compared).`);
		expect(lags.length).toBeGreaterThan(10);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('brings a link in a step into view when the reader tabs to it', async () => {
		const { page, problems } = await hostPage('/loader.html');
		const frame = await waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		await expect.poll(() => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(5000);
		await page.focus('#before');
		// Tab into the embed until a link inside a step has focus.
		let focusedInStep = false;
		for (let i = 0; i < 8 && !focusedInStep; i++) {
			await page.keyboard.press('Tab');
			focusedInStep = await frame.evaluate(() => !!document.activeElement?.closest('[data-step]') && document.activeElement!.tagName === 'A');
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
		const { page, problems } = await hostPage('/loader.html');
		const frame = await waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		await expect.poll(() => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 }).toBeGreaterThan(5000);
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
		const forgerFrame = page.frames().find((f) => f.url().startsWith(forger.origin))!;
		await forgerFrame.waitForFunction(() => document.title === 'forged');
		await page.waitForTimeout(500);
		expect(await snapshot()).toEqual(before);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('a bare iframe (fixed)', () => {
	it('scrolls inside the iframe and its steps activate', async () => {
		const { page, problems } = await hostPage('/bare.html');
		const frame = await waitForFrame(page);
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
		const { page, problems } = await hostPage('/no-loader.html');
		const frame = await waitForFrame(page);
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

describe('chart embeds', () => {
	for (const chart of ['workers', 'shifts', 'exchange'] as const) {
		it(`${chart}: reports its height and steps through its states with buttons and keys`, async () => {
			const { page, problems } = await hostPage('/pym-chart.html');
			await page.evaluate(
				({ site, chart }) => {
					document.body.innerHTML = '<div id="c"></div>';
					new (window as any).pym.Parent('c', `${site}/embed/${chart}/`, {});
				},
				{ site: site.origin, chart }
			);
			const frame = await waitForFrame(page, `/embed/${chart}/`);
			await expect
				.poll(async () => Math.abs((await page.evaluate(() => document.querySelector('#c iframe')!.getBoundingClientRect().height)) - (await contentHeight(frame))), {
					timeout: 15_000
				})
				.toBeLessThanOrEqual(1);
			const states = story.charts[chart].states.map((s) => s.id);
			const shown = () => frame.locator(`[data-chart="${chart}"]`).getAttribute('data-state');
			expect(await shown()).toBe(states[0]);
			await frame.click('[data-step-button="next"]');
			expect(await shown()).toBe(states[1]);
			await frame.press('[data-step-button="next"]', 'ArrowRight');
			expect(await shown()).toBe(states[2]);
			await frame.press('[data-step-button="next"]', 'ArrowLeft');
			await frame.click('[data-step-button="previous"]');
			expect(await shown()).toBe(states[0]);
			expect(await frame.locator('[data-step-button="previous"]').getAttribute('aria-disabled')).toBe('true');
			// At the first state "previous" does nothing, and keeps the reader's focus.
			await frame.click('[data-step-button="previous"]', { force: true });
			expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-step-button'))).toBe('previous');
			expect(await shown()).toBe(states[0]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}
});
