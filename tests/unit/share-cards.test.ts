/**
 * Share cards are drawn from the data: every mark the chart state counts, the figures'
 * words, and an alt text whose every number is a figure the card shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableRows } from '../../src/lib/charts/table-rows';
import { realStory } from '../support/dataset';
import { cardView, shareCard } from '../../src/lib/share/cards';
import { cardIds, cardSvg, posterSvg } from '../../src/lib/server/share/render';
import { PAGE_FALLBACK, SANS, SERIF } from '../../src/lib/server/share/fonts';
import { workersChartState } from '../../src/lib/charts/workers/state';

const model = realStory();
const numbersIn = (text: string) => text.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? [];
const unescape = (text: string) =>
	text
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
const svgText = (svg: string) => unescape([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' '));
// The shifts chart's frame (a 24-hour day, a 365-day year) is drawn, not a figure.
const frame = new Set(['24', '365']);

describe.each(cardIds)('the %s card', (card) => {
	const view = cardView(model, card);
	const { alt } = shareCard(model, card);
	const svg = cardSvg(model, card);

	it('shows the title, and the headline on a chart’s card', () => {
		expect(svgText(svg)).toContain(view.title.split(' ')[0]);
		expect(alt).toContain(view.title);
		if (card !== 'story') expect(alt).toContain(model.headline);
	});

	it('says in its alt text only numbers that are figures the card draws', () => {
		// The data's own words for what the chart shows: figures with their labels, exchange details.
		const text = model.chartTexts[view.chart][view.state];
		const figures = text.figureIds.flatMap((id) => [model.figures[id].text, model.figures[id].label]);
		const rows = tableRows(model, text).flatMap((row) => [row.text, row.counts]);
		const allowed = new Set([...figures, ...rows, model.headline].flatMap(numbersIn));
		const drawn = svgText(svg);
		for (const number of numbersIn(alt)) {
			if (frame.has(number) && view.chart === 'shifts') continue;
			expect(allowed, `${number} in the alt text`).toContain(number);
			expect(drawn, `${number} drawn on the card`).toContain(number);
		}
	});
});

describe('the workers chart on a card', () => {
	it('draws exactly one mark per person the state counts', () => {
		const card = cardIds.find((id) => cardView(model, id).chart === 'workers')!;
		const view = cardView(model, card);
		const state = workersChartState(model, view.state);
		const svg = cardSvg(model, card);
		const cellOf = (id: string) => Number(svg.match(new RegExp(`<pattern id="${id}"[^>]*width="([\\d.]+)"`))![1]);
		state.groups.forEach((group, i) => {
			const marks = (id: string) => {
				const cell = cellOf(id);
				return [...svg.matchAll(new RegExp(`<rect [^>]*width="([\\d.]+)" height="([\\d.]+)" fill="url\\(#${id}\\)"`, 'g'))].reduce(
					// Each run stops at its last mark, short of the cell's space: cells begun are marks.
					(sum, m) => sum + Math.ceil(Number(m[1]) / cell) * Math.ceil(Number(m[2]) / cell),
					0
				);
			};
			expect(marks(`group-${i}`), group.label).toBe(group.count);
			if (group.part) expect(marks(`part-${i}`), group.part.label).toBe(group.part.count);
		});
	});
});

describe('the opening poster, an SVG image in the reader’s browser', () => {
	it('names the page’s own font stacks after each packaged font, so it reads in the page’s type', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const stack = (name: string) => css.match(new RegExp(`--${name}:\\s*([^;]+);`))?.[1].trim();
		expect(PAGE_FALLBACK[SANS]).toBe(stack('font-sans'));
		expect(PAGE_FALLBACK[SERIF]).toBe(stack('font-serif'));
		const poster = posterSvg(model, 'light');
		const families = [...poster.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]);
		expect(families.length).toBeGreaterThan(0);
		for (const family of families) expect(family).toMatch(/(sans-serif|serif)$/);
	});
});
