/**
 * What the shifts chart shows at a state: working days on a 24-hour clock, or a year of days
 * worked and days off. Pure: (story, state id) → state. The rows, their figures and their
 * words all come from the `shifts` section of charts.json; only arithmetic happens here.
 */
import type { StoryModel } from '../../story/model.ts';
import { sourceNumber } from '../../story/model.ts';
import type { ChartStateBase } from '../types.ts';
import { figureWords } from '../figure-words.ts';

export const DAYS_IN_YEAR = 365;
export const DAYS_IN_WEEK = 7;

export interface ShiftRow {
	id: string;
	label: string;
	/** The hour the day starts, on the 24-hour clock. */
	start: number;
	/** How many hours it runs from its start (it may run past midnight). */
	hours: number;
	/** "06:00 to 02:00 next day: 20 hours on the clock". */
	spanText: string;
	startText: string;
	endText: string;
	/** How the source puts the day's length: "8 hours", "more than 18 hours a day". */
	lengthText: string;
	/** How the row is drawn, where the reader needs telling. */
	note?: string;
	/** Days off: some days of every week, or a count in the year. */
	daysOff: { kind: 'weekly'; perWeek: number } | { kind: 'yearly'; count: number };
	/** The row in the year view: "two days off a year". */
	yearText: string;
	sourceNumbers: number[];
	/** The figures the row draws, by id. */
	figureIds: string[];
}

export interface ShiftsChartState extends ChartStateBase {
	view: 'day' | 'year';
	rows: ShiftRow[];
	/** The earliest start of any row the chart can show: the clock starts there in every state. */
	clockStart: number;
}

/** "06:00", "14:30": an hour of the day (any number of hours, wrapped to the clock). */
export function clockTime(hour: number): string {
	const minutes = Math.round((((hour % 24) + 24) % 24) * 60);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}

const hoursText = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)} ${n === 1 ? 'hour' : 'hours'}`;

function shiftRow(model: StoryModel, config: StoryModel['charts']['shifts']['rows'][number]): ShiftRow {
	const f = model.figures;
	const start = f[config.start].value;
	const hours = config.end !== undefined ? (f[config.end].value - start + 24) % 24 || 24 : Math.min(24, f[config.hours!].value);
	const nextDay = start + hours > 24;
	const endText = `${clockTime(start + hours)}${nextDay ? ' next day' : ''}`;
	const daysOff: ShiftRow['daysOff'] =
		'perYear' in config.daysOff
			? { kind: 'yearly', count: f[config.daysOff.perYear].value }
			: // The days of the week left after its working days; a week of more working days than it has leaves none.
				{
					kind: 'weekly',
					perWeek: Math.max(0, Math.round(DAYS_IN_WEEK - f[config.daysOff.weekHours].value / f[config.daysOff.dayHours].value))
				};
	const figureIds = [
		config.start,
		...(config.end ? [config.end] : []),
		...(config.hours ? [config.hours] : []),
		...('perYear' in config.daysOff ? [config.daysOff.perYear] : [config.daysOff.weekHours, config.daysOff.dayHours])
	];
	// Figures named in the row's words count as shown too.
	for (const text of [config.length, config.note ?? '', config.year]) {
		for (const [, id] of text.matchAll(/\{([a-z0-9-]+)\}/g)) figureIds.push(id);
	}
	const unique = [...new Set(figureIds)];
	return {
		id: config.id,
		label: config.label,
		start,
		hours,
		startText: clockTime(start),
		endText,
		spanText: `${clockTime(start)} to ${endText}: ${hoursText(hours)} on the clock`,
		lengthText: figureWords(model, config.length),
		note: config.note === undefined ? undefined : figureWords(model, config.note),
		daysOff,
		yearText: figureWords(model, config.year),
		sourceNumbers: [...new Set(unique.map((id) => sourceNumber(model, id)))].sort((a, b) => a - b),
		figureIds: unique
	};
}

export function shiftsChartState(model: StoryModel, stateId: string): ShiftsChartState {
	const section = model.charts.shifts;
	const state = section.states.find((s) => s.id === stateId);
	if (!state) throw new Error(`The shifts chart has no state "${stateId}"`);
	const rows = state.rows.map((rowId) =>
		shiftRow(
			model,
			section.rows.find((row) => row.id === rowId)!
		)
	);
	const clockStart = Math.min(...section.rows.map((row) => Math.floor(model.figures[row.start].value)));
	const summary =
		state.view === 'day'
			? `A 24-hour clock from ${clockTime(clockStart)}. ` +
				rows.map((r) => `${r.label}: ${r.lengthText}, drawn ${r.spanText.replace(': ', ', ')}.${r.note ? ` ${r.note}` : ''}`).join(' ')
			: `A year of ${DAYS_IN_YEAR} days, one column a week. ` + rows.map((r) => `${r.label}: ${r.yearText}`).join('. ') + '.';
	return {
		id: state.id,
		title: state.title ?? section.title,
		view: state.view,
		rows,
		clockStart,
		summary: summary.replace(/\.\./g, '.')
	};
}

/** Whether day `i` (from 0) of the year, which starts on a week's first working day, is a day off. */
export function isDayOff(row: Pick<ShiftRow, 'daysOff'>, i: number): boolean {
	if (row.daysOff.kind === 'weekly') return i % DAYS_IN_WEEK >= DAYS_IN_WEEK - row.daysOff.perWeek;
	// When in the year the days fall was not reported: they are drawn at its end, and the row's words say so.
	return i >= DAYS_IN_YEAR - row.daysOff.count;
}
