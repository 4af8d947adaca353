/**
 * Each chart inside another site's page through stock pym.js: it reports its height and
 * steps through its states with its buttons and the arrow keys.
 */
import { describe, expect, it } from 'vitest';
import { contentHeight, useEmbedHosts } from '../support/embed-hosts';
import { realStory } from '../support/dataset';

const story = realStory();
const embeds = useEmbedHosts();

describe('chart embeds', () => {
	for (const chart of ['workers', 'shifts', 'exchange'] as const) {
		it(`${chart}: reports its height and steps through its states with buttons and keys`, async () => {
			const { page, problems } = await embeds.hostPage('/pym-chart.html');
			await page.evaluate(
				({ site, chart }) => {
					document.body.innerHTML = '<div id="c"></div>';
					new (window as any).pym.Parent('c', `${site}/embed/${chart}/`, {});
				},
				{ site: embeds.siteOrigin, chart }
			);
			const frame = await embeds.waitForFrame(page, `/embed/${chart}/`);
			await expect
				.poll(
					async () =>
						Math.abs(
							(await page.evaluate(() => document.querySelector('#c iframe')!.getBoundingClientRect().height)) -
								(await contentHeight(frame))
						),
					{
						timeout: 15_000
					}
				)
				.toBeLessThanOrEqual(1);
			const states = story.charts[chart].states.map((s) => s.id);
			const shown = () => frame.locator(`[data-chart="${chart}"]`).getAttribute('data-state');
			expect(await shown()).toBe(states[0]);
			await frame.click('[data-step-button="next"]');
			expect(await shown()).toBe(states[1]);
			await frame.press('[data-step-button="next"]', 'ArrowRight');
			expect(await shown()).toBe(states[2]);
			await frame.press('[data-step-button="next"]', 'ArrowLeft');
			await frame.click('[data-step-button="previous"]');
			expect(await shown()).toBe(states[0]);
			expect(await frame.locator('[data-step-button="previous"]').getAttribute('aria-disabled')).toBe('true');
			// At the first state "previous" does nothing, and keeps the reader's focus.
			await frame.click('[data-step-button="previous"]', { force: true });
			expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-step-button'))).toBe('previous');
			expect(await shown()).toBe(states[0]);
			expect(problems).toEqual([]);
			await page.context().close();
		});
	}

	it('a plain iframe from our snippet is sized to its chart by embed.js, at any width', async () => {
		const { page, problems } = await embeds.hostPage('/chart-autosize.html');
		const frame = await embeds.waitForFrame(page, '/embed/shifts/');
		const gap = async () =>
			Math.abs(
				(await page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height)) - (await contentHeight(frame))
			);
		for (const width of [1280, 360]) {
			await page.setViewportSize({ width, height: 800 });
			await expect.poll(gap, { timeout: 15_000 }).toBeLessThanOrEqual(1);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
