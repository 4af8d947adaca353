/** The built site, served for a test file; fails clearly when `npm run build` has not run. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDirectory, type StaticServer } from './static-server';
import { launchBrowser } from './browser';

export const buildDir = join(import.meta.dirname, '../../build');

export async function serveBuild(options: { dir?: string; base?: string } = {}): Promise<StaticServer> {
	const dir = options.dir ?? buildDir;
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}: run \`npm run build\` first (npm test does this).`);
	}
	return serveDirectory(dir, { base: options.base });
}

/**
 * For a browser test file: the built site served on a loopback port and one Chromium, both
 * started before the file's tests and stopped after them.
 */
export function useSiteAndBrowser(): { readonly server: StaticServer; readonly browser: Browser } {
	let server: StaticServer;
	let browser: Browser;
	beforeAll(async () => {
		server = await serveBuild();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get server() {
			return server;
		},
		get browser() {
			return browser;
		}
	};
}
