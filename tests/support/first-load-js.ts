/**
 * What JavaScript a phone loads for a page before the reader scrolls: every script file it
 * fetches and every inline script in the HTML, each gzipped at level 9 (as the build's
 * precompressed `.gz` files are). One measure for the size budget test and `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions } from 'playwright-core';

/** The phone `npm run bench` and the budget test emulate (issue 16: the phones readers use). */
export const PHONE_SCREEN = { width: 390, height: 844, deviceScaleFactor: 3 };
const PHONE: BrowserContextOptions = {
	viewport: { width: PHONE_SCREEN.width, height: PHONE_SCREEN.height },
	deviceScaleFactor: PHONE_SCREEN.deviceScaleFactor,
	isMobile: true,
	hasTouch: true
};

export interface FirstLoadJs {
	/** Each script file fetched, by path, with its gzip size. */
	files: { path: string; gzipBytes: number }[];
	/** Every script file, gzipped. */
	filesGzipBytes: number;
	/** The HTML's inline scripts (SvelteKit's start-up code and the page's data), gzipped together. */
	inlineGzipBytes: number;
	/** Files and inline scripts: what the budget counts. */
	totalGzipBytes: number;
}

const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Opens `url` on a phone, waits until its JavaScript has taken over and the network has been
 * quiet for half a second, never scrolling, touching or moving a pointer (any of which fetches
 * the charts), and counts the JavaScript it loaded.
 */
export async function measureFirstLoadJs(browser: Browser, url: string): Promise<FirstLoadJs> {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	const origin = new URL(url).origin;
	const pending: Promise<{ path: string; gzipBytes: number }>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() !== 'script') return;
		pending.push(response.body().then((body) => ({ path: response.url().replace(origin, ''), gzipBytes: gzipBytes(body) })));
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
	await page.waitForLoadState('networkidle');
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((script) => ['', 'module', 'text/javascript'].includes(script.getAttribute('type') ?? ''))
			.map((script) => script.textContent ?? '')
			.join('\n')
	);
	const files = (await Promise.all(pending)).sort((a, b) => b.gzipBytes - a.gzipBytes);
	await context.close();
	const filesGzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
	const inlineGzipBytes = inline ? gzipBytes(inline) : 0;
	return { files, filesGzipBytes, inlineGzipBytes, totalGzipBytes: filesGzipBytes + inlineGzipBytes };
}
