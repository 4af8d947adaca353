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

/** The embed's content height, as a host should size it. */
export const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.querySelector('.embed-root')!.getBoundingClientRect().height));
