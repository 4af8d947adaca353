import { describe, expect, it } from 'vitest';
import { realStory } from '../../support/dataset';
import { shiftsChartState, isDayOff } from '../../../src/lib/charts/shifts/state';
import { layoutShifts, DAYS } from '../../../src/lib/charts/shifts/layout';

const story = realStory();

describe('shifts chart', () => {
	it('draws the reported shift from 06:00 to 02:00 the next day against an 8-hour legal day', () => {
		const state = shiftsChartState(story, 'reported-shift');
		const [legal, reported] = state.rows;
		expect(legal).toMatchObject({ id: 'legal', hours: 8 });
		expect(reported).toMatchObject({ id: 'reported', startText: '06:00', endText: '02:00 next day' });
		expect(reported.hours).toBe(20);
		expect(reported.lengthText).toBe('more than 18 hours a day');
		const layout = layoutShifts(state, { width: 600, height: 400 });
		expect(layout.bars[1].width / layout.bars[0].width).toBeCloseTo(20 / 8);
	});

	it('the year view marks two days off in every seven for the law, two in the year as reported', () => {
		const state = shiftsChartState(story, 'days-off');
		const [legal, reported] = state.rows;
		const offDays = (row: typeof legal) => Array.from({ length: DAYS }, (_, i) => isDayOff(row, i)).filter(Boolean).length;
		expect(offDays(reported)).toBe(2);
		expect(offDays(legal)).toBe(104);
		expect(state.summary).toContain('two days off a year');
	});

	it('starts with the legal day alone', () => {
		expect(shiftsChartState(story, 'legal-day').rows.map((r) => r.id)).toEqual(['legal']);
	});
});
