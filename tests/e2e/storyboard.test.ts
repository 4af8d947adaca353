/**
 * The editors' storyboard in real Chromium: every step with its text, its chart in the
 * step's state and the figures it shows, kept out of search engines.
 */
import { expect, it } from 'vitest';
import { openPage } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';
import { realStory } from '../support/dataset';

const story = realStory();
const site = useSiteAndBrowser();

it('shows every step with its chart state and every figure it uses, with sources', async () => {
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: { width: 1440, height: 900 } });
	await page.goto(`${site.server.origin}/storyboard/`);
	expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
	const boards = await page.evaluate(() =>
		[...document.querySelectorAll('[data-storyboard-step]')].map((section) => ({
			id: section.getAttribute('data-storyboard-step'),
			chart: section.querySelector('[data-chart]')?.getAttribute('data-chart'),
			state: section.querySelector('[data-chart]')?.getAttribute('data-state'),
			figures: [...section.querySelectorAll('tr[data-figure]')].map((row) => row.getAttribute('data-figure')),
			sourcesLinked: [...section.querySelectorAll('tr[data-figure] a[href^="http"]')].length
		}))
	);
	expect(boards.map((b) => b.id)).toEqual(story.steps.map((s) => s.id));
	for (const step of story.steps) {
		const board = boards.find((b) => b.id === step.id)!;
		expect(board.chart).toBe(step.chart);
		expect(board.state).toBe(step.state);
		for (const id of step.figureIds) expect(board.figures, `${step.id} lists ${id}`).toContain(id);
		expect(board.sourcesLinked).toBe(board.figures.length);
	}
	// Charts are drawn, not blank: the workers boards carry their mark counts.
	const marks = await page.locator('[data-storyboard-step="w-permits"] [data-chart]').getAttribute('data-marks');
	expect(marks).toBe('30023');
	expect(problems).toEqual([]);
	await page.context().close();
});
