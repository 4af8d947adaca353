/**
 * Reads the prerendered site as a reader without JavaScript, a crawler and a share card
 * would: every word of the story, a static rendering of every chart state, the sources,
 * the meta tags, no outside requests. Every expectation comes from the data the site was built
 * from, so the same tests run twice: on `build/` from the real data, and on a build (under a
 * base path) of a copy of the data with every count of people changed and a figure renamed,
 * which proves a valid edit keeps them green.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { OPENING_GUESSES, noScriptFigures } from '../../src/lib/story/prerender-boxes';
import { dataDir, datasetFrom, readDataTexts, readRawData } from '../support/dataset';
import { formatWarning, validateDataTexts } from '../../src/lib/server/data/validate';
import { buildProject, copyProject, editDataTexts } from '../support/project-copy';
import { buildStory } from '../../src/lib/server/story/build';
import { plainText } from '../../src/lib/story/inline';
import type { StoryModel } from '../../src/lib/story/model';
import { buildDir } from '../support/site';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function readPage(dir: string, page = 'index.html') {
	const file = join(dir, page);
	if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` first (npm test does this).`);
	return parseHTML(readFileSync(file, 'utf8')).document;
}

interface BuiltSite {
	dir: string;
	story: StoryModel;
}

/** The tests every build must pass, whatever its data; `site` is read once the build exists. */
function describePrerenderedStory(name: string, site: () => BuiltSite) {
	describe(name, () => {
		let story: StoryModel;
		let dir: string;
		let document: Document;
		let bodyText: string;
		beforeAll(() => {
			({ story, dir } = site());
			document = readPage(dir);
			bodyText = squash(document.body.textContent);
		});
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
				// One figure, or for a chart drawn at the pixel one per screen class (prerender-boxes.ts).
				const figures = [...document.querySelectorAll(`[data-step="${step.id}"] .step-figure [data-chart]`)];
				expect(figures.length, step.id).toBe(noScriptFigures(step.chart).length);
				for (const figure of figures) {
					expect(figure.getAttribute('data-chart'), step.id).toBe(step.chart);
					expect(figure.getAttribute('data-state'), step.id).toBe(step.state);
					// Drawn, not just labelled: SVG marks for the two SVG charts, a row per item the state lists for the exchange.
					if (step.chart === 'exchange') {
						const items = story.charts.exchange.states.find((s) => s.id === step.state)!.items;
						expect(figure.querySelectorAll('[data-item]').length, step.id).toBe(items.length);
					} else expect(figure.querySelectorAll('svg rect, svg path[d]').length, step.id).toBeGreaterThan(0);
					// And in words, with the numbers, for screen readers.
					expect(squash(figure.querySelector('figcaption')?.textContent)).toMatch(/\d/);
				}
			}
		});

		it('draws the workers chart’s marks as a pattern of exactly the figures’ count', () => {
			const steps = story.steps.filter((step) => step.chart === 'workers');
			expect(steps.length).toBeGreaterThan(0);
			for (const step of steps) {
				const groups = story.charts.workers.states.find((state) => state.id === step.state)!.groups;
				// A lone mark (what one mark stands for) is one mark; a figure's group, its value.
				const marks = groups.reduce((sum, group) => sum + ('figure' in group ? story.figures[group.figure].value : 1), 0);
				for (const figure of document.querySelectorAll(`[data-step="${step.id}"] .step-figure [data-chart]`)) {
					expect(figure.getAttribute('data-marks'), step.id).toBe(String(marks));
					for (const id of groups.flatMap((group) => ('figure' in group ? [group.figure, ...(group.part ? [group.part] : [])] : []))) {
						expect(squash(figure.textContent), `${step.id} shows ${id}`).toContain(story.figures[id].text);
					}
				}
			}
		});

		it("opens the sticky graphic on the first step's chart, standing still: its words, and its marks drawn for each layout's screens", () => {
			const first = story.steps[0];
			const charts = document.querySelectorAll('.graphic [data-chart]');
			expect(charts.length).toBe(1);
			expect(charts[0].getAttribute('data-chart')).toBe(first.chart);
			expect(charts[0].getAttribute('data-state')).toBe(first.state);
			expect(squash(charts[0].querySelector('.chart-title')?.textContent)).toBe(story.chartTexts[first.chart][first.state].title);
			if (first.chart !== 'workers') return;
			const drawings = [...charts[0].querySelectorAll('[data-screens]')];
			expect(drawings.map((drawing) => drawing.getAttribute('data-screens'))).toEqual(OPENING_GUESSES.map((guess) => guess.screens));
			for (const drawing of drawings) expect(drawing.querySelectorAll('svg > g rect').length).toBeGreaterThan(0);
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
			expect(existsSync(join(dir, 'share.png'))).toBe(true);
			expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBeTruthy();
		});

		it('carries a Content-Security-Policy with no inline or eval scripts allowed', () => {
			for (const page of ['index.html', 'storyboard/index.html', 'embed/index.html', 'embed/workers/index.html', 'embed-code/index.html']) {
				const csp = readPage(dir, page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
				const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
				expect(scriptSrc, page).toMatch(/'self'/);
				expect(scriptSrc, page).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
				expect(csp, page).toMatch(/default-src 'self'/);
				expect(csp, page).toMatch(/object-src 'none'/);
			}
		});

		it('asks for nothing from another site', () => {
			// Links that load something (a canonical link or a share card's address loads nothing).
			const loading = 'script[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], img[src], iframe[src]';
			const urls = [...document.querySelectorAll(loading)].map(
				(el) => el.getAttribute('src') ?? el.getAttribute('href')!
			);
			const outside = urls.filter((url) => /^(https?:)?\/\//.test(url));
			expect(outside).toEqual([]);
			expect(readFileSync(join(dir, 'index.html'), 'utf8')).not.toMatch(/@import|fonts\.googleapis|cdn\./);
		});
	});
}

describePrerenderedStory('the prerendered story', () => ({ dir: buildDir, story: buildStory(datasetFrom(dataDir)) }));

describe('the embed pages', () => {
	const pages = ['embed/index.html', 'embed/workers/index.html', 'embed/shifts/index.html', 'embed/exchange/index.html'];

	it.each(pages)('%s is kept out of search results and points to the story as canonical', (page) => {
		const document = readPage(buildDir, page);
		expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
		expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('/');
	});

	it('serves the host loader as embed.js, one small file', () => {
		// What it does (and that it never posts to another origin or inserts markup) is tested
		// in the browser, in tests/e2e/embed-*.test.ts; here only its weight.
		const loader = readFileSync(join(buildDir, 'embed.js'));
		expect(loader.toString('utf8')).toContain('data-scrolly-embed');
		expect(gzipSync(loader).length).toBeLessThan(4096);
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

/**
 * A valid edit an editor might make: every count of people one higher (so every number on the
 * page changes), a figure drawn by the workers chart renamed everywhere it is used, and a new
 * figure not used yet (which builds, with a warning).
 */
const UNUSED_FIGURE = 'not-used-yet';

function changeFigures(project: string): string {
	const charts = readRawData()['charts.json'] as { workers: { states: { groups: { part?: string }[] }[] } };
	const renamed = charts.workers.states.flatMap((state) => state.groups).find((group) => group.part)!.part!;
	editDataTexts(project, (text, file) => {
		if (file === 'figures.json') {
			const data = JSON.parse(text) as { figures: { id: string; unit: string; value: number; valueHigh?: number }[] };
			for (const figure of data.figures.filter((f) => f.unit === 'people')) {
				figure.value += 1;
				if (figure.valueHigh !== undefined) figure.valueHigh += 1;
			}
			data.figures.push({ ...data.figures[0], id: UNUSED_FIGURE });
			text = JSON.stringify(data, null, 2);
		}
		return text.replaceAll(`"${renamed}"`, `"${renamed}-renamed"`).replaceAll(`{${renamed}}`, `{${renamed}-renamed}`);
	});
	return `${renamed}-renamed`;
}

describe('a build of changed data, under a base path', () => {
	const base = '/graphics/nk-workers';
	let project: string;
	let renamed: string;
	let buildOutput: string;

	beforeAll(() => {
		project = copyProject('nk-changed-');
		renamed = changeFigures(project);
		const build = buildProject(project, { BASE_PATH: base, SITE_URL: 'https://news.example.org' });
		if (build.status !== 0) throw new Error(`The changed data did not build:\n${build.output}`);
		buildOutput = build.output;
	}, 240_000);

	it('ends its output with the data warnings an editor must read, not the bundler\'s timings', () => {
		const lastLines = buildOutput.trim().split('\n').slice(-4).join('\n');
		expect(lastLines).toContain('1 data warning: listed at the top of this build');
		// Built with SITE_URL: nothing to say about share cards.
		expect(buildOutput).not.toContain('SITE_URL was not set');
		expect(buildOutput).not.toContain('PLUGIN_TIMINGS');
	});

	it('really is different data', () => {
		const changed = datasetFrom(join(project, 'data'));
		const original = datasetFrom(dataDir);
		expect(changed.figures.map((f) => f.value)).not.toEqual(original.figures.map((f) => f.value));
		expect(changed.figures.map((f) => f.id)).toContain(renamed);
	});

	describePrerenderedStory('passes every test of the prerendered story', () => ({
		dir: join(project, 'build'),
		story: buildStory(datasetFrom(join(project, 'data')))
	}));

	it('lists the changed data\'s warnings on its storyboard', () => {
		const result = validateDataTexts(readDataTexts(join(project, 'data')));
		const warnings = result.ok ? result.warnings.map(formatWarning) : [];
		expect(warnings.some((text) => text.includes(UNUSED_FIGURE))).toBe(true);
		const list = readPage(join(project, 'build'), 'storyboard/index.html').querySelector('[data-storyboard-warnings]')!;
		expect(Number(list.getAttribute('data-storyboard-warnings'))).toBe(warnings.length);
		expect([...list.querySelectorAll('li')].map((item) => squash(item.textContent))).toEqual(warnings.map(squash));
	});

	it('links every asset and page under the base path', () => {
		const dir = join(project, 'build');
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
