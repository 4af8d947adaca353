import { describe, expect, it } from 'vitest';
import { realStory } from '../../support/dataset';
import { exchangeChartState } from '../../../src/lib/charts/exchange/state';
import { layoutExchange } from '../../../src/lib/charts/exchange/layout';

const story = realStory();

describe('exchange chart', () => {
	it('builds up step by step, new items marked', () => {
		const ids = story.charts.exchange.states.map((s) => s.id);
		let shown = 0;
		for (const id of ids) {
			const state = exchangeChartState(story, id);
			const visible = state.rows.filter((r) => r.visible).length;
			expect(visible).toBeGreaterThan(shown);
			expect(state.rows.filter((r) => r.isNew).length).toBe(visible - shown);
			shown = visible;
		}
	});

	it('lists flows to Russia before flows back, and both in the text alternative', () => {
		const state = exchangeChartState(story, 'oil-money');
		const directions = state.rows.map((r) => r.direction);
		expect(directions.indexOf('to-north-korea')).toBeGreaterThan(directions.lastIndexOf('to-russia'));
		expect(state.summary).toMatch(/From North Korea to Russia: Workers/);
		expect(state.summary).toMatch(/From Russia to North Korea: .*Oil \(more than 1,000,000 in eight months/);
	});

	it('gives every row a slot inside the chart that no other row shares', () => {
		const state = exchangeChartState(story, 'oil-money');
		const { rows } = layoutExchange(state.rows);
		for (let i = 1; i < rows.length; i++) expect(rows[i].top).toBeGreaterThanOrEqual(rows[i - 1].top + rows[i - 1].height);
		expect(rows.at(-1)!.top + rows.at(-1)!.height).toBeLessThanOrEqual(100);
	});
});
