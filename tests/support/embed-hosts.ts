/**
 * The two- and three-origin set-up for the embed tests: the built site on one loopback
 * origin, host pages on another, a forger on a third, one Chromium; and helpers to open a
 * host page that records errors and requests leaving those origins, and to find the embed.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser';
import { serveBuild } from './site';
import { hostPages, serveHostPages, type HostServer } from './hosts';
import type { StaticServer } from './static-server';

export function useEmbedHosts() {
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

	/** A host page that records errors and any request beyond the three origins. */
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

	/** The embed's frame once it has started (the story embed settles its mode on start). */
	async function waitForFrame(page: Page, path = '/embed/'): Promise<Frame> {
		const find = () => page.frames().find((f) => f.url().startsWith(`${site.origin}${path}`));
		await expect.poll(() => !!find(), { timeout: 20_000 }).toBe(true);
		const frame = find()!;
		await frame.waitForSelector('.embed-root');
		if (path === '/embed/') await frame.waitForFunction(() => document.documentElement.dataset.embedMode !== undefined);
		return frame;
	}

	return {
		hostPage,
		waitForFrame,
		get siteOrigin() {
			return site.origin;
		},
		get forgerOrigin() {
			return forger.origin;
		}
	};
}

/** Waits until the story runs in scrolly mode and the block has grown to the story's height. */
export async function waitForScrolly(page: Page, frame: Frame, block = '#embed'): Promise<void> {
	await frame.waitForFunction(() => document.documentElement.dataset.embedMode === 'scrolly', null, { timeout: 20_000 });
	const storyHeight = await contentHeight(frame);
	await expect
		.poll(() => page.evaluate((selector) => document.querySelector(selector)!.getBoundingClientRect().height, block), { timeout: 15_000 })
		.toBeCloseTo(storyHeight, -1);
}

/** Whether the story shows the position the host is scrolled to (its block's offset, within the story's travel). */
export async function storyMatchesHost(page: Page, frame: Frame, block = '#embed'): Promise<boolean> {
	const host = await page.evaluate((selector) => {
		const box = document.querySelector(selector)!.getBoundingClientRect();
		const frameHeight = document.querySelector(`${selector} iframe`)!.getBoundingClientRect().height;
		return Math.round(Math.min(Math.max(0, -box.top), box.height - frameHeight));
	}, block);
	const story = await frame.evaluate(() => Math.round(window.scrollY));
	return Math.abs(host - story) <= 1;
}

/** Where each step starts in the embedded story, in the story's own pixels. */
export const stepTops = (frame: Frame): Promise<Record<string, number>> =>
	frame.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('[data-step]')].map((el) => [
				el.getAttribute('data-step')!,
				el.getBoundingClientRect().top + window.scrollY
			])
		)
	);

/**
 * Scrolls the host (its window, or the element that scrolls it) so that a step of the story
 * sits just past the story's reading line, as a reader scrolling the host page would.
 */
export async function scrollHostToStep(page: Page, top: number, scroller: string | null = null): Promise<void> {
	await page.evaluate(
		({ top, scroller }) => {
			const block = document.getElementById('embed')!;
			const iframe = block.querySelector('iframe')!;
			const bar = Number(block.dataset.offsetTop ?? 0);
			const viewTop = scroller ? Math.max(0, document.querySelector(scroller)!.getBoundingClientRect().top) : 0;
			const delta = block.getBoundingClientRect().top - viewTop - bar + top - iframe.getBoundingClientRect().height * 0.6 + 24;
			(scroller ? document.querySelector(scroller)! : window).scrollBy({ top: delta, behavior: 'instant' });
		},
		{ top, scroller }
	);
}

/** The active step's index in the embedded story (-1 before the first). */
export const activeIndex = (frame: Frame) =>
	frame.evaluate(() => [...document.querySelectorAll('[data-step]')].findIndex((el) => el.getAttribute('aria-current') === 'step'));

/** The embed's content height, as a host should size it. */
export const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.querySelector('.embed-root')!.getBoundingClientRect().height));
