/**
 * The shifts chart against its data: each row drawn where its figures put it on the clock,
 * days off counted from the figures, words that fit the chart at any width. Expectations are
 * worked out from the data (or from a changed copy of it), never typed in.
 */
import { describe, expect, it } from 'vitest';
import { readRawData, realStory } from '../../support/dataset';
import { shiftsChartState, isDayOff, clockTime, DAYS_IN_YEAR, DAYS_IN_WEEK } from '../../../src/lib/charts/shifts/state';
import { drawingHeight, layoutShifts, FONT_SIZE } from '../../../src/lib/charts/shifts/layout';
import { validateDataset } from '../../../src/lib/server/data/validate';
import { buildStory } from '../../../src/lib/server/story/build';
import type { StoryModel } from '../../../src/lib/story/model';

const story = realStory();
const section = story.charts.shifts;
const value = (model: StoryModel, id: string) => model.figures[id].value;

function expectedHours(model: StoryModel, row: (typeof section.rows)[number]) {
	if (row.hours) return value(model, row.hours);
	return (value(model, row.end!) - value(model, row.start) + 24) % 24 || 24;
}

describe('shifts chart: the day on a 24-hour clock', () => {
	const dayStates = section.states.filter((s) => s.view === 'day');
	it('has day states to test', () => expect(dayStates.length).toBeGreaterThan(0));

	for (const width of [300, 375, 1440]) {
		it(`draws each row from its start hour for its hours, at ${width} px`, () => {
			for (const { id } of dayStates) {
				const state = shiftsChartState(story, id);
				const layout = layoutShifts(state, { width, height: 500 });
				// The clock's 24 hours span from its first hour line to its last.
				const first = layout.gridLines[0].x;
				const hourWidth = (Math.max(...layout.gridLines.map((g) => g.x)) - first) / 24;
				for (const [i, row] of state.rows.entries()) {
					const config = section.rows.find((r) => r.id === row.id)!;
					const bar = layout.bars[i];
					expect((bar.x - first) / hourWidth).toBeCloseTo(value(story, config.start) - state.clockStart);
					expect(bar.width / hourWidth).toBeCloseTo(expectedHours(story, config));
				}
			}
		});
	}

	it('says in words how long each drawn span is, and when it runs into the next day', () => {
		for (const config of section.rows) {
			const state = shiftsChartState(story, dayStates.find((s) => s.rows.includes(config.id))?.id ?? dayStates[0].id);
			const row = state.rows.find((r) => r.id === config.id);
			if (!row) continue;
			const start = value(story, config.start);
			const hours = expectedHours(story, config);
			expect(row.spanText).toContain(`${clockTime(start)} to ${clockTime(start + hours)}`);
			expect(row.spanText).toContain(`${hours} hours`);
			expect(row.endText.includes('next day')).toBe(start + hours > 24);
			expect(state.summary).toContain(row.spanText.split(':')[0]);
		}
	});

	it('follows changed figures: a night shift from 22:00 to 06:00 runs eight hours into the next day', () => {
		const raw = readRawData();
		const reported = section.rows.find((r) => r.end)!;
		const figures = (raw['figures.json'] as { figures: { id: string; value: number }[] }).figures.map((f) =>
			f.id === reported.start ? { ...f, value: 22 } : f.id === reported.end ? { ...f, value: 6 } : f
		);
		const result = validateDataset({ ...raw, 'figures.json': { ...(raw['figures.json'] as object), figures } });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const changed = buildStory(result.dataset);
		const state = changed.charts.shifts.states.find((s) => s.view === 'day' && s.rows.includes(reported.id))!;
		const row = shiftsChartState(changed, state.id).rows.find((r) => r.id === reported.id)!;
		expect(row).toMatchObject({ start: 22, hours: 8, startText: '22:00', endText: '06:00 next day' });
	});
});

describe('shifts chart: the year', () => {
	const yearStates = section.states.filter((s) => s.view === 'year');
	it("counts days off from the figures: a week's share for the law, the reported count for the shift", () => {
		for (const { id } of yearStates) {
			const state = shiftsChartState(story, id);
			const layout = layoutShifts(state, { width: 375, height: 500 });
			for (const [i, row] of state.rows.entries()) {
				const config = section.rows.find((r) => r.id === row.id)!;
				const drawn = Array.from({ length: DAYS_IN_YEAR }, (_, d) => isDayOff(row, d)).filter(Boolean).length;
				if ('perYear' in config.daysOff) expect(drawn).toBe(value(story, config.daysOff.perYear));
				else {
					const perWeek = DAYS_IN_WEEK - value(story, config.daysOff.weekHours) / value(story, config.daysOff.dayHours);
					for (let week = 0; week < Math.floor(DAYS_IN_YEAR / DAYS_IN_WEEK); week++) {
						const off = Array.from({ length: DAYS_IN_WEEK }, (_, d) => isDayOff(row, week * DAYS_IN_WEEK + d)).filter(Boolean).length;
						expect(off).toBe(perWeek);
					}
				}
				expect(layout.years[i].offDays).toBe(drawn);
			}
			expect(layout.keySquares.map((k) => k.off).sort()).toEqual([false, true]);
		}
	});

	it("gives each state the title its data gives it, or the chart's", () => {
		for (const s of section.states) expect(shiftsChartState(story, s.id).title).toBe(s.title ?? section.title);
	});
});

describe('shifts chart: words that fit', () => {
	// Text widths are estimated here from characters; the browser test measures the real ones.
	const box = (t: { text: string; x: number; y: number; anchor?: string }) => {
		const w = t.text.length * FONT_SIZE * 0.55;
		const left = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
		return { left, right: left + w, top: t.y - FONT_SIZE, bottom: t.y + 3 };
	};
	for (const size of [
		{ width: 300, height: 220 },
		{ width: 375, height: 600 },
		{ width: 1440, height: 700 }
	]) {
		it(`no two lines overlap and all lie inside the chart, at ${size.width}×${size.height}`, () => {
			for (const { id } of section.states) {
				const layout = layoutShifts(shiftsChartState(story, id), size);
				const boxes = layout.texts.map(box);
				for (const b of boxes) {
					expect(b.left).toBeGreaterThanOrEqual(0);
					expect(b.right).toBeLessThanOrEqual(layout.width);
					expect(b.bottom).toBeLessThanOrEqual(layout.height + 0.5);
				}
				for (let i = 0; i < boxes.length; i++)
					for (let j = i + 1; j < boxes.length; j++) {
						const [a, b] = [boxes[i], boxes[j]];
						const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom - 3 && b.top < a.bottom - 3;
						expect(overlap, `${layout.texts[i].text} / ${layout.texts[j].text}`).toBe(false);
					}
				expect(layout.width * layout.scale).toBeCloseTo(size.width);
			}
		});

		it(`the clock's hour lines stop short of the words, and still reach every bar, at ${size.width}×${size.height}`, () => {
			for (const { id } of section.states.filter((s) => s.view === 'day')) {
				const layout = layoutShifts(shiftsChartState(story, id), size);
				for (const words of layout.texts.filter((t) => t.kind !== 'tick')) {
					const w = box(words);
					for (const line of layout.gridLines) {
						const crosses = w.left < line.x && line.x < w.right && w.top < line.y2 && line.y1 < w.bottom;
						expect(crosses, `the hour line at x ${line.x} crosses "${words.text}"`).toBe(false);
					}
				}
				const hours = new Set(layout.gridLines.map((line) => line.x));
				for (const bar of layout.bars)
					for (const x of hours) {
						const besideBar = layout.gridLines.some((line) => line.x === x && line.y1 <= bar.y && line.y2 >= bar.y + bar.height);
						expect(besideBar, `the hour line at x ${x} beside bar ${bar.id}`).toBe(true);
					}
			}
		});
	}
});

describe('shifts chart: figures it cannot draw', () => {
	it('are refused: a day longer than the clock, more days off than a year has, naming the figure', () => {
		const raw = readRawData();
		const list = (raw['figures.json'] as { figures: { id: string; value: number }[] }).figures;
		const hoursRow = section.rows.find((r) => r.hours);
		const yearRow = section.rows.find((r) => 'perYear' in r.daysOff);
		const cases = [
			hoursRow && { id: hoursRow.hours!, value: 25 },
			yearRow && { id: (yearRow.daysOff as { perYear: string }).perYear, value: 367 }
		].filter((c) => !!c);
		expect(cases.length).toBeGreaterThan(0);
		for (const c of cases) {
			const figures = list.map((f) => (f.id === c.id ? { ...f, value: c.value } : f));
			const result = validateDataset({ ...raw, 'figures.json': { ...(raw['figures.json'] as object), figures } });
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(`figures[${list.findIndex((f) => f.id === c.id)}].value`);
		}
	});
});

describe('shifts chart: the height its drawing needs (the stage keeps the chart to it)', () => {
	const states = section.states.map(({ id }) => shiftsChartState(story, id));
	const lowest = (layout: ReturnType<typeof layoutShifts>) =>
		Math.max(...layout.texts.map((t) => t.y + 3), ...layout.bars.map((b) => b.y + b.height), ...layout.years.map((y) => y.top + y.height));
	for (const width of [300, 390, 840]) {
		it(`in a box that tall, every state is drawn at full size and the tallest reaches its foot, at ${width} px`, () => {
			const height = drawingHeight(states, width);
			const layouts = states.map((state) => layoutShifts(state, { width, height }));
			for (const layout of layouts) {
				expect(layout.scale).toBe(1);
				expect(lowest(layout)).toBeLessThanOrEqual(height);
			}
			// No more than the tallest needs: its last words sit within a line of the box's foot.
			expect(Math.max(...layouts.map(lowest))).toBeGreaterThan(height - 2 * FONT_SIZE - 14);
			// One pixel less, the tallest state no longer fits at full size.
			expect(states.some((state) => layoutShifts(state, { width, height: height - 1 }).scale < 1)).toBe(true);
		});
	}
});

describe('shifts chart: one scale for a view', () => {
	// A day with one row, then the same day with a second row joining it, from the data's first
	// state, so the rule is tested whatever days the story's steps show.
	const base = { ...shiftsChartState(story, section.states[0].id), view: 'day' as const };
	const row = base.rows[0];
	const fewest = { ...base, id: 'one-row', rows: [row] };
	const most = { ...base, id: 'two-rows', rows: [row, { ...row, id: `${row.id}-again` }] };
	it('a row joining the clock never shrinks the rows already drawn, where the clock has too little room', () => {
		for (const width of [300, 360, 390]) {
			const size = { width, height: drawingHeight([most], width) - 40 };
			const [before, after] = [layoutShifts(fewest, size, [fewest, most]), layoutShifts(most, size, [fewest, most])];
			expect(after.scale).toBeLessThan(1);
			expect(before.scale).toBe(after.scale);
			// The first row's bar is where it was, the same size.
			expect(after.bars[0]).toEqual(before.bars[0]);
			// Laid out alone, the one-row day would have been drawn larger: the rule is what holds it.
			expect(layoutShifts(fewest, size).scale).toBeGreaterThan(before.scale);
		}
	});
});
