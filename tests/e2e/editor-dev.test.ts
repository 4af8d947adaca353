/**
 * An editor with `npm run dev` open: saving a data file updates the page; a save with a
 * warning shows it in the page's warnings panel; a broken save shows the problems in the
 * browser (Vite's overlay and the page itself), never a blank page; the next good save recovers. Runs the dev server on a copy of the project, so the
 * real data files are never touched.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { copyProject, root } from '../support/project-copy';
import { readDataTexts, readRawData } from '../support/dataset';
import { validateDataTexts } from '../../src/lib/server/data/validate';

let project: string;
let dev: ChildProcess;
let origin: string;
let browser: Browser;

function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

beforeAll(async () => {
	project = copyProject('nk-dev-');
	const port = await freePort();
	origin = `http://127.0.0.1:${port}`;
	dev = spawn(
		process.execPath,
		[join(root, 'node_modules/vite/bin/vite.js'), 'dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{
			cwd: project,
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('vite dev did not start in 60 s')), 60_000);
		dev.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes(String(port))) {
				clearTimeout(timer);
				resolve();
			}
		});
	});
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	dev?.kill();
	if (project) rmSync(project, { recursive: true, force: true });
});

function editJson(file: string, edit: (data: any) => void) {
	const path = join(project, 'data', file);
	const data = JSON.parse(readFileSync(path, 'utf8'));
	edit(data);
	writeFileSync(path, JSON.stringify(data, null, 2) + '\n');
}

it('shows a saved change, lists the problems of a broken save, and recovers', async () => {
	const page = await browser.newPage();
	// The first visit lets Vite finish optimizing dependencies, which may reload the page once.
	await page.goto(`${origin}/`);
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 60_000 });
	await page.waitForLoadState('networkidle');
	await page.reload();
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 60_000 });
	const headline = () =>
		page
			.locator('h1')
			.first()
			.textContent({ timeout: 5000 })
			.catch(() => '');
	// Vite's client says when its live connection is up; a save before that would go unheard,
	// as it would for an editor saving in the same instant the page loads.
	const connected = () => page.waitForEvent('console', { predicate: (m) => m.text().includes('[vite] connected'), timeout: 60_000 });

	let live = connected();
	editJson('story.json', (story) => (story.headline = 'A headline the editor just changed'));
	await expect.poll(headline, { timeout: 60_000 }).toContain('just changed');
	await live;

	// A figure's number typed by hand is a warning: the page still builds, and the panel says so.
	const panelCount = () =>
		page
			.locator('[data-data-warnings]')
			.getAttribute('data-data-warnings', { timeout: 1000 })
			.then(Number)
			.catch(() => 0);
	const before = validateDataTexts(readDataTexts(join(project, 'data')));
	const warningsBefore = before.ok ? before.warnings.length : NaN;
	await expect.poll(panelCount, { timeout: 30_000 }).toBe(warningsBefore);
	const figure = (readRawData()['figures.json'] as { figures: { id: string; value: number; unit: string }[] }).figures.find(
		(f) => f.unit === 'people' && f.value >= 1000
	)!;
	live = connected();
	editJson('story.json', (story) => story.methods.push(`About ${figure.value.toLocaleString('en-GB')} of them.`));
	await expect.poll(panelCount, { timeout: 60_000 }).toBe(warningsBefore + 1);
	await live;
	await page.locator('[data-data-warnings] summary').click();
	const paragraph = (readRawData()['story.json'] as { methods: string[] }).methods.length + 1;
	const warning = page.locator('[data-data-warnings] li', { hasText: `methods › paragraph ${paragraph}` });
	expect(await warning.textContent()).toContain(`{${figure.id}}`);

	const first = (readRawData()['figures.json'] as { figures: { id: string; value: number }[] }).figures[0];
	const place = `figures.json › figure 1 "${first.id}" › value`;
	editJson('figures.json', (data) => (data.figures[0].value = 'fifty thousand'));
	// Vite's overlay shows the problem at once; after a reload the page lists it too, and the
	// overlay is back, so the problem stays on screen until a good save.
	const overlayNamesProblem = () =>
		page.waitForFunction((text) => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.includes(text), place, {
			timeout: 30_000
		});
	await overlayNamesProblem();
	// The last good save's warnings are not shown beside the problems of this one.
	await expect.poll(panelCount, { timeout: 30_000 }).toBe(0);
	live = connected();
	await page.reload();
	await expect.poll(() => page.locator('body > pre').textContent(), { timeout: 30_000 }).toContain(place);
	expect(await page.locator('body > h1').textContent()).toBe('Something needs fixing');
	await live;
	await overlayNamesProblem();

	// The error page reloads itself on the next good save.
	editJson('figures.json', (data) => (data.figures[0].value = first.value));
	await expect.poll(headline, { timeout: 60_000 }).toContain('just changed');
	expect(await page.locator('vite-error-overlay').count()).toBe(0);
	await page.close();
});
