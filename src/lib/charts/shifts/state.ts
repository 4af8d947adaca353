/**
 * What the shifts chart shows at a state: one working day against Russia's legal day, or
 * a year of days off. Pure: (story, state id) → state, with every figure from the data.
 */
import type { StoryModel } from '../../story/model.ts';
import { sourceNumber } from '../../story/model.ts';
import type { ChartStateBase } from '../types.ts';

export const shiftRowIds = ['legal', 'reported'] as const;

export interface ShiftRow {
	id: (typeof shiftRowIds)[number];
	label: string;
	/** Length of the working day, in hours from its start. */
	hours: number;
	/** Clock times at either end, where the source gives them. */
	startText?: string;
	endText?: string;
	/** How the source puts the day's length: "8 hours", "more than 18 hours a day". */
	lengthText: string;
	/** Days off in a 365-day year: every day at weekly positions 5 and 6, or a count. */
	daysOff: { kind: 'weekly'; perWeek: number } | { kind: 'yearly'; count: number };
	daysOffText: string;
	sourceNumbers: number[];
	/** The figures the row draws, by id. */
	figureIds: string[];
}

export interface ShiftsChartState extends ChartStateBase {
	view: 'day' | 'year';
	rows: ShiftRow[];
}

export function shiftsChartState(model: StoryModel, stateId: string): ShiftsChartState {
	const state = model.charts.shifts.states.find((s) => s.id === stateId);
	if (!state) throw new Error(`The shifts chart has no state "${stateId}"`);
	const f = model.figures;
	const legalDay = f['legal-day'];
	const start = f['shift-start'];
	const end = f['shift-end'];
	const rows: Record<ShiftRow['id'], ShiftRow> = {
		legal: {
			id: 'legal',
			label: "Russia's legal day",
			hours: legalDay.value,
			lengthText: `${legalDay.text} hours (${f['legal-week'].text} hours a week)`,
			daysOff: { kind: 'weekly', perWeek: 2 },
			daysOffText: 'a five-day week: two days off in every seven',
			sourceNumbers: [sourceNumber(model, 'legal-day')],
			figureIds: ['legal-day', 'legal-week']
		},
		reported: {
			id: 'reported',
			label: 'Reported shift',
			// The shift ends after midnight: 06:00 to 02:00 the next day.
			hours: (end.value - start.value + 24) % 24 || 24,
			startText: start.text,
			endText: `${end.text} next day`,
			lengthText: `${f['hours-a-day'].text} hours a day`,
			daysOff: { kind: 'yearly', count: f['days-off'].value },
			daysOffText: `${f['days-off'].text} days off a year`,
			sourceNumbers: [sourceNumber(model, 'shift-start')],
			figureIds: ['shift-start', 'shift-end', 'hours-a-day', 'days-off']
		}
	};
	const shown = state.rows.map((id) => rows[id]);
	const summary =
		state.view === 'day'
			? shown.map((r) => `${r.label}: ${r.startText ? `${r.startText} to ${r.endText}, ` : ''}${r.lengthText}`).join('. ') + '.'
			: shown.map((r) => `${r.label}: ${r.daysOffText}`).join('. ') + '.';
	return {
		id: state.id,
		title: model.charts.shifts.title,
		view: state.view,
		rows: shown,
		summary: `A ${state.view === 'day' ? '24-hour day' : 'year of 365 days'}. ${summary}`
	};
}

/** Whether day `i` (0–364) of the year is a day off in a row's pattern. */
export function isDayOff(row: Pick<ShiftRow, 'daysOff'>, i: number): boolean {
	if (row.daysOff.kind === 'weekly') return i % 7 >= 7 - row.daysOff.perWeek;
	// When in the year the two days fall was not reported: they are drawn at its end.
	return i >= 365 - row.daysOff.count;
}
