/**
 * The editors' storyboard in real Chromium: every text section in reading order (opening,
 * each step with its chart in the step's state, closing, disagreements, methods), each with
 * every figure it uses and its source, the data's warnings, and no indexing. Expectations
 * come from the data.
 */
import { expect, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';
import { readDataTexts, realStory } from '../support/dataset';
import { validateDataTexts } from '../../src/lib/server/data/validate';
import { plainText, type Inline } from '../../src/lib/story/inline';

const story = realStory();
const site = useSiteAndBrowser();

const figureIdsIn = (nodes: Inline[]): string[] =>
	nodes.flatMap((node) => (node.type === 'figure' ? [node.id] : 'children' in node ? figureIdsIn(node.children) : []));

it('shows every text section and step with the figures each uses, and the warnings', async () => {
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
	await page.goto(`${site.server.origin}/storyboard/`);
	expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
	const boards = await page.evaluate(() =>
		[...document.querySelectorAll('[data-storyboard-step], [data-storyboard-text]')].map((board) => ({
			key: board.getAttribute('data-storyboard-step') ?? board.getAttribute('data-storyboard-text'),
			text: board.querySelector('.text')?.textContent?.replace(/\s+/g, ' ').trim(),
			chart: board.querySelector('[data-chart]')?.getAttribute('data-chart'),
			state: board.querySelector('[data-chart]')?.getAttribute('data-state'),
			figures: [...board.querySelectorAll('tr[data-figure]')].map((row) => row.getAttribute('data-figure')),
			sourcesLinked: [...board.querySelectorAll('tr[data-figure] a[href^="http"]')].length
		}))
	);

	// Every piece of text, in reading order.
	const paragraphs = (key: 'intro' | 'outro' | 'methods') => story[key].map((nodes, i) => ({ key: `${key}-${i + 1}`, nodes }));
	const expected: { key: string; nodes: Inline[]; also?: string[] }[] = [
		...paragraphs('intro'),
		...story.steps.map((step) => ({ key: step.id, nodes: step.nodes })),
		...paragraphs('outro'),
		...story.disagreements.map((d, i) => ({ key: `disagreements-${i + 1}`, nodes: d.nodes, also: d.figureIds })),
		...paragraphs('methods')
	];
	expect(boards.map((b) => b.key)).toEqual(expected.map((e) => e.key));
	const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
	for (const [i, item] of expected.entries()) {
		const board = boards[i];
		expect(board.text, item.key).toBe(squash(plainText(item.nodes)));
		for (const id of [...figureIdsIn(item.nodes), ...(item.also ?? [])]) {
			expect(board.figures, `${item.key} lists ${id}`).toContain(id);
		}
		expect(board.sourcesLinked, item.key).toBe(board.figures.length);
	}

	// Each step's chart, drawn in the step's state.
	for (const step of story.steps) {
		const board = boards.find((b) => b.key === step.id)!;
		expect(board.chart).toBe(step.chart);
		expect(board.state).toBe(step.state);
	}
	const workersStep = story.steps.find((s) => s.chart === 'workers')!;
	const groups = story.charts.workers.states.find((state) => state.id === workersStep.state)!.groups;
	const marks = await page.locator(`[data-storyboard-step="${workersStep.id}"] [data-chart]`).getAttribute('data-marks');
	expect(Number(marks)).toBe(groups.reduce((sum, group) => sum + ('figure' in group ? story.figures[group.figure].value : 1), 0));

	// The warnings check-data gives, listed.
	const result = validateDataTexts(readDataTexts());
	const warnings = result.ok ? result.warnings : [];
	expect(Number(await page.locator('[data-storyboard-warnings]').getAttribute('data-storyboard-warnings'))).toBe(warnings.length);
	expect(await page.locator('[data-storyboard-warnings] li').count()).toBe(warnings.length);
	expect(problems).toEqual([]);
	await page.context().close();
});
