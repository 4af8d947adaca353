/**
 * The exchange chart against its data: rows built up step by step with the new ones marked,
 * who reports each, and bars in proportion to their figures on one scale per unit.
 */
import { describe, expect, it } from 'vitest';
import { realStory } from '../../support/dataset';
import { arrivingRows, exchangeChartState, rowGroups } from '../../../src/lib/charts/exchange/state';

const story = realStory();
const section = story.charts.exchange;
const rowsOf = (stateId: string) => exchangeChartState(story, stateId).sections.flatMap((s) => s.rows);

describe('exchange chart', () => {
	it('shows the items each state lists, marking those the state before did not show', () => {
		section.states.forEach((state, i) => {
			const rows = rowsOf(state.id);
			expect(rows.map((r) => r.id).sort()).toEqual([...state.items].sort());
			const before = new Set(i > 0 ? section.states[i - 1].items : []);
			for (const row of rows) expect(row.isNew).toBe(!before.has(row.id));
		});
	});

	it('animates in only the rows a move brings, in either direction, and none on a first drawing', () => {
		const ids = section.states.map((s) => s.id);
		for (const [i, from] of ids.entries())
			for (const to of ids.slice(i + 1)) {
				const [before, after] = [exchangeChartState(story, from), exchangeChartState(story, to)];
				const itemsOf = (id: string) => section.states.find((s) => s.id === id)!.items;
				expect([...arrivingRows(before, after)].sort()).toEqual(
					itemsOf(to)
						.filter((item) => !itemsOf(from).includes(item))
						.sort()
				);
				expect([...arrivingRows(after, before)].sort()).toEqual(
					itemsOf(from)
						.filter((item) => !itemsOf(to).includes(item))
						.sort()
				);
			}
		expect(arrivingRows(null, exchangeChartState(story, ids.at(-1)!)).size).toBe(0);
		expect(arrivingRows(exchangeChartState(story, ids[0]), exchangeChartState(story, ids.at(-1)!)).size).toBeGreaterThan(0);
	});

	it("lists items under their sections, in the data's order, and says who reports each", () => {
		for (const state of section.states) {
			const chart = exchangeChartState(story, state.id);
			const order = section.sections.map((s) => s.id);
			const shownOrder = chart.sections.map((s) => s.id);
			expect(shownOrder).toEqual(order.filter((id) => shownOrder.includes(id)));
			for (const view of chart.sections) {
				expect(chart.summary).toContain(view.heading);
				for (const row of view.rows) {
					const item = section.items.find((it) => it.id === row.id)!;
					expect(item.section).toBe(view.id);
					expect(chart.summary).toContain(`reported by ${item.reportedBy}`);
				}
			}
		}
	});

	it('draws every figure as a bar in proportion to it, on one scale per unit', () => {
		const last = section.states.at(-1)!.id;
		const marks = section.items.flatMap((item) => item.marks ?? []);
		const drawn = rowsOf(last).flatMap((r) => r.marks);
		for (const mark of drawn) {
			const figure = story.figures[mark.figureId];
			expect(mark.label).toContain(figure.text);
			const sameUnit = marks.map((m) => story.figures[m.figure]).filter((f) => f.unit === figure.unit);
			const largest = Math.max(...sameUnit.map((f) => f.valueHigh ?? f.value));
			expect(mark.share).toBeCloseTo((figure.valueHigh ?? figure.value) / largest);
			if (figure.valueHigh !== undefined) expect(mark.lowShare).toBeCloseTo(figure.value / largest);
		}
		// Every mark the data names is drawn once every item is shown.
		const allItems = new Set(section.states.flatMap((s) => s.items));
		const expected = section.items.filter((i) => allItems.has(i.id)).flatMap((i) => i.marks ?? []).length;
		const everyState = new Set(section.states.flatMap((s) => rowsOf(s.id).flatMap((r) => r.marks.map((m) => `${r.id}/${m.figureId}`))));
		expect(everyState.size).toBe(expected);
	});
});

describe('rows short of room', () => {
	const last = story.steps.filter((s) => s.chart === 'exchange').at(-1)!;
	const sections = exchangeChartState(story, last.state).sections;

	it('keeps every row whole while there is room', () => {
		for (const { rows } of sections)
			expect(rowGroups(rows, false).map((group) => (group.run ? null : group.row.id))).toEqual(rows.map((r) => r.id));
	});

	it('names neighbouring earlier rows in one run, keeps rows new to the state whole, and loses none', () => {
		expect(sections.some(({ rows }) => rows.some((r) => !r.isNew))).toBe(true);
		for (const { rows } of sections) {
			const groups = rowGroups(rows, true);
			expect(groups.flatMap((group) => (group.run ? group.rows : [group.row])).map((r) => r.id)).toEqual(rows.map((r) => r.id));
			for (const group of groups) {
				if (group.run) expect(group.rows.every((r) => !r.isNew)).toBe(true);
				else expect(group.row.isNew).toBe(true);
			}
			// No two runs side by side: neighbours share one.
			groups.forEach((group, i) => expect(group.run && groups[i + 1]?.run).toBeFalsy());
		}
	});
});
