/**
 * The story inside other sites' pages, in real Chromium, with the built site on one loopback
 * origin and host pages on another (and a forger on a third): a stock pym.js host, a host
 * running our loader (`scrolly`), a bare iframe (`fixed`), and scrolly with no loader.
 */
import { describe, expect, it } from 'vitest';
import { waitForStep } from '../support/browser';
import { contentHeight, scrollHostToStep, stepTops, storyMatchesHost, useEmbedHosts, waitForScrolly } from '../support/embed-hosts';
import { realStory } from '../support/dataset';

const story = realStory();
const embeds = useEmbedHosts();

describe('a pym.js host (stock pym.js from npm)', () => {
	it('gets the flat story, sized to its content within 1 px after narrowing and widening and after a forged height, its controls clickable', async () => {
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

		// Each step's own controls take clicks.
		const details = frame.locator('[data-step] .step-figure details').first();
		await details.locator('summary').click();
		await expect.poll(() => details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);

		// This host left pym's xdomain open ({}): a forged height may land, but does not stick.
		await page.evaluate(() => window.postMessage('pymxPYMxstoryxPYMxheightxPYMx37', '*'));
		await expect.poll(iframeHeight).toBeLessThan(100);
		await expect
			.poll(async () => Math.abs((await iframeHeight()) - (await contentHeight(frame))), { timeout: 5000 })
			.toBeLessThanOrEqual(1);
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
		await expect.poll(() => storyMatchesHost(page, frame)).toBe(true);

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
			const at = await page.evaluate(() => window.scrollY);
			await page.mouse.wheel(0, 120);
			// One notch at a time, as a hand turns the wheel: the next once this one has moved the page.
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(at);
		}
		expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 500);
		// The host has stopped and the story shows where it stopped.
		await expect.poll(() => storyMatchesHost(page, frame), { timeout: 10_000 }).toBe(true);

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
		const median = lags[Math.floor(lags.length / 2)];
		const p90 = lags[Math.floor(lags.length * 0.9)];
		console.log(
			`Embedded story trails the host's scrolling by ${median} frame(s) at the median, ${p90} at the 90th percentile, ${worst} at most (${lags.length} host frames compared).`
		);
		expect(lags.length).toBeGreaterThan(10);
		// The story shows the host's position in the same or the next frame, nearly always.
		expect(median).toBeLessThanOrEqual(1);
		expect(p90).toBeLessThanOrEqual(4);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it.each([
		['a desktop', { width: 1280, height: 800 }],
		['a phone, the graphic above the words', { width: 390, height: 844 }]
	])('brings a link in a step into sight, clear of the graphic, when the reader tabs to it, on %s', async (_, viewport) => {
		const { page, problems } = await embeds.hostPage('/loader.html', viewport);
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
		// Not under the sticky graphic: what the reader sees at the link is the link.
		const seen = () =>
			frame.evaluate(() => {
				const link = document.activeElement!;
				const r = link.getClientRects()[0];
				return link.contains(document.elementFromPoint(r.left + Math.min(4, r.width / 2), r.top + r.height / 2));
			});
		await expect.poll(seen).toBe(true);
		// And the story shows the host's position, not a scroll of its own to the link.
		await expect.poll(() => storyMatchesHost(page, frame)).toBe(true);
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it("ignores forged messages from a third origin on both sides, and posts only to the story's origin", async () => {
		const { page, problems } = await embeds.hostPage('/loader.html');
		const frame = await embeds.waitForFrame(page);
		await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly');
		await expect
			.poll(() => page.evaluate(() => document.getElementById('embed')!.getBoundingClientRect().height), { timeout: 15_000 })
			.toBeGreaterThan(5000);
		await expect.poll(() => storyMatchesHost(page, frame)).toBe(true);
		await frame.evaluate(() => window.addEventListener('message', (e) => e.data === 'forged' && (document.body.dataset.forged = '1')));
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
		// Each side gets the forger's last message after its forged ones: by then it has handled them.
		await page.waitForFunction(() => document.body.dataset.forged === '1');
		await frame.waitForFunction(() => document.body.dataset.forged === '1');
		expect(await snapshot()).toEqual(before);

		// The loader posts the reader's position to the story's origin only. Something else
		// takes the story's place in its iframe (a redirect, a hijacked page): takes the story's place in its iframe (a redirect, a hijacked page).
		const impostor = (await (await page.$('#embed iframe'))!.contentFrame())!;
		await impostor.evaluate((forger) => (location.href = `${forger}/forger.html`), embeds.forgerOrigin);
		await expect.poll(() => impostor.url().startsWith(embeds.forgerOrigin)).toBe(true);
		await impostor.waitForFunction(() => Array.isArray((window as unknown as { received?: unknown[] }).received));
		// The loader keeps posting as the reader scrolls; none of it reaches the other origin.
		for (let i = 0; i < 5; i++) {
			await page.evaluate(() => window.scrollBy(0, 200));
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
		}
		expect(await impostor.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
		expect(problems).toEqual([]);
		await page.context().close();
	});
});

describe('inside the story, as on any page', () => {
	it('scrolls the host with Space and Shift+Space after a click in the story, and opens links in a new tab', async () => {
		const { page, problems } = await embeds.hostPage('/loader.html');
		const frame = await embeds.waitForFrame(page);
		await waitForScrolly(page, frame);
		// A step whose text has a link, brought to the reading line.
		const linked = await frame.evaluate(() =>
			document.querySelector('[data-step] .step-card a[href^="http"]')!.closest('[data-step]')!.getAttribute('data-step')!
		);
		await scrollHostToStep(page, (await stepTops(frame))[linked]);
		await waitForStep(frame, linked);
		await expect.poll(() => storyMatchesHost(page, frame)).toBe(true);

		const box = (await page.locator('#embed iframe').boundingBox())!;
		await page.mouse.click(box.x + 4, box.y + box.height / 2);
		const frameHeight = box.height;
		for (const [key, direction] of [
			['Space', 1],
			['Shift+Space', -1]
		] as const) {
			const before = await page.evaluate(() => window.scrollY);
			await page.keyboard.press(key);
			// About a page, as the host's own Space would move it.
			await expect
				.poll(async () => direction * ((await page.evaluate(() => window.scrollY)) - before), { timeout: 5000 })
				.toBeGreaterThan(frameHeight * 0.8);
		}
		await expect.poll(() => storyMatchesHost(page, frame)).toBe(true);

		await scrollHostToStep(page, (await stepTops(frame))[linked]);
		await waitForStep(frame, linked);
		const storyUrl = frame.url();
		const link = frame.locator(`[data-step="${linked}"] .step-card a[href^="http"]`).first();
		const href = (await link.getAttribute('href'))!;
		// No internet here: the linked site answers from the test.
		await page.context().route(href, (route) => route.fulfill({ body: 'elsewhere', contentType: 'text/html' }));
		const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
		await popup.waitForLoadState();
		expect(popup.url()).toBe(href);
		expect(frame.url()).toBe(storyUrl);
		expect(page.url()).toContain('/loader.html');
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
