/**
 * Reads the prerendered site as a reader without JavaScript, a crawler and a share card
 * would: every word of the story, a static rendering of every chart state, the sources,
 * the meta tags, no outside requests, and a build under a base path.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { realStory } from '../support/dataset';
import { plainText } from '../../src/lib/story/inline';
import { buildDir } from '../support/site';

const story = realStory();
const root = join(import.meta.dirname, '../..');
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function readPage(dir: string, page = 'index.html') {
	const file = join(dir, page);
	if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` first (npm test does this).`);
	return parseHTML(readFileSync(file, 'utf8')).document;
}

describe('the prerendered story', () => {
	const document = readPage(buildDir);
	const bodyText = squash(document.body.textContent);

	it('holds the headline, dek, opening, every step and the closing text', () => {
		expect(squash(document.querySelector('h1')?.textContent)).toBe(story.headline);
		expect(bodyText).toContain(story.dek);
		for (const paragraph of [...story.intro, ...story.outro]) expect(bodyText).toContain(squash(plainText(paragraph)));
		for (const step of story.steps) {
			const element = document.querySelector(`[data-step="${step.id}"] .step-card`);
			expect(squash(element?.textContent), step.id).toBe(squash(plainText(step.nodes)));
		}
	});

	it('holds a static rendering of each step’s chart in that step’s state', () => {
		for (const step of story.steps) {
			const figure = document.querySelector(`[data-step="${step.id}"] .step-figure [data-chart]`);
			expect(figure?.getAttribute('data-chart'), step.id).toBe(step.chart);
			expect(figure?.getAttribute('data-state'), step.id).toBe(step.state);
			// Drawn, not just labelled: SVG marks for the two SVG charts, rows of text for the exchange.
			if (step.chart === 'exchange') expect(figure!.querySelectorAll('.row.visible').length).toBeGreaterThan(0);
			else expect(figure!.querySelectorAll('svg rect, svg path[d]').length, step.id).toBeGreaterThan(0);
			// And in words, with the numbers, for screen readers.
			expect(squash(figure!.querySelector('figcaption')?.textContent)).toMatch(/\d/);
		}
	});

	it('draws the workers chart’s marks as a pattern of exactly the figure’s count', () => {
		const figure = document.querySelector('[data-step="w-permits"] .step-figure [data-chart]')!;
		expect(figure.getAttribute('data-marks')).toBe('30023');
		expect(squash(figure.textContent)).toContain('30,023');
		expect(squash(figure.textContent)).toContain('11,490');
	});

	it('leaves the sticky graphic to JavaScript: its place is kept, its charts come with their code', () => {
		expect(document.querySelector('.graphic')).not.toBeNull();
		expect(document.querySelectorAll('.graphic [data-chart]').length).toBe(0);
	});

	it('lists every source with publisher, title, date and link, numbered as the charts cite them', () => {
		for (const source of story.sources) {
			const item = document.querySelector(`[data-source="${source.id}"]`);
			expect(item, source.id).not.toBeNull();
			const text = squash(item!.textContent);
			expect(text).toContain(source.publisher);
			expect(text).toContain(source.title);
			expect(item!.querySelector(`a[href="${source.url}"]`)).not.toBeNull();
			expect(item!.getAttribute('id')).toBe(`source-${source.number}`);
		}
		for (const figure of Object.values(story.figures)) expect(document.querySelector(`[data-figure-row="${figure.id}"]`)).not.toBeNull();
	});

	it('notes where the estimates disagree', () => {
		for (const d of story.disagreements) expect(bodyText).toContain(d.topic);
	});

	it('has title, description, canonical and share-card tags with a share image the build draws', () => {
		const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
		expect(squash(document.querySelector('title')?.textContent)).toBe(story.headline);
		expect(meta('meta[name="description"]')).toBe(story.dek);
		expect(meta('meta[property="og:title"]')).toBe(story.headline);
		expect(meta('meta[property="og:description"]')).toBe(story.dek);
		expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
		const image = meta('meta[property="og:image"]')!;
		expect(image).toMatch(/share\.png$/);
		expect(existsSync(join(buildDir, 'share.png'))).toBe(true);
		expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBeTruthy();
	});

	it('carries a Content-Security-Policy with no inline or eval scripts allowed', () => {
		for (const page of ['index.html', 'storyboard/index.html', 'embed/index.html', 'embed/workers/index.html', 'embed-code/index.html']) {
			const csp = readPage(buildDir, page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
			const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			expect(scriptSrc, page).toMatch(/'self'/);
			expect(scriptSrc, page).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
			expect(csp, page).toMatch(/default-src 'self'/);
			expect(csp, page).toMatch(/object-src 'none'/);
		}
	});

	it('asks for nothing from another site', () => {
		const urls = [...document.querySelectorAll('script[src], link[href], img[src], iframe[src]')].map(
			(el) => el.getAttribute('src') ?? el.getAttribute('href')!
		);
		const outside = urls.filter((url) => /^(https?:)?\/\//.test(url));
		expect(outside).toEqual([]);
		expect(readFileSync(join(buildDir, 'index.html'), 'utf8')).not.toMatch(/@import|fonts\.googleapis|cdn\./);
	});
});

describe('the embed pages', () => {
	const pages = ['embed/index.html', 'embed/workers/index.html', 'embed/shifts/index.html', 'embed/exchange/index.html'];

	it.each(pages)('%s is kept out of search results and points to the story as canonical', (page) => {
		const document = readPage(buildDir, page);
		expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('/');
	});

	it('serves the host loader as embed.js, small and dependency-free', () => {
		const loader = readFileSync(join(buildDir, 'embed.js'), 'utf8');
		expect(loader).toContain('data-scrolly-embed');
		expect(loader).not.toMatch(/\bimport\b|\brequire\(/);
		expect(loader.length).toBeLessThan(6000);
		// Never posts to any origin, never inserts markup.
		expect(loader).not.toMatch(/postMessage\([^)]*'\*'/);
		expect(loader).not.toMatch(/innerHTML|insertAdjacentHTML|document\.write/);
	});

	it('the embed-code page shows a snippet for the story and for each chart', () => {
		const document = readPage(buildDir, 'embed-code/index.html');
		for (const snippet of ['loader', 'pym', 'amp', 'workers', 'shifts', 'exchange']) {
			expect(document.querySelector(`[data-snippet="${snippet}"]`)?.textContent, snippet).toBeTruthy();
		}
		expect(document.querySelector('[data-snippet="loader"]')!.textContent).toContain('embed.js');
		expect(document.querySelectorAll('iframe[data-preview]').length).toBe(16);
	});
});

describe('a build under a base path', () => {
	const base = '/graphics/nk-workers';
	const dir = join(root, 'build-base-test');

	beforeAll(() => {
		rmSync(dir, { recursive: true, force: true });
		execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'], {
			cwd: root,
			env: { ...process.env, BASE_PATH: base, BUILD_DIR: 'build-base-test', SITE_URL: 'https://news.example.org' },
			stdio: 'pipe'
		});
	}, 180_000);

	it('links every asset and page under the base path', () => {
		const document = readPage(dir);
		const urls = [...document.querySelectorAll('script[src], link[href], a[href]')]
			.map((el) => el.getAttribute('src') ?? el.getAttribute('href')!)
			.filter((url) => !/^(https?:|mailto:|#)/.test(url));
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url.startsWith(base) || url.startsWith('./') || url.startsWith('../'), url).toBe(true);
		const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content');
		expect(meta('meta[property="og:image"]')).toBe(`https://news.example.org${base}/share.png`);
		expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`https://news.example.org${base}/`);
		expect(existsSync(join(dir, 'share.png'))).toBe(true);
	});
});
