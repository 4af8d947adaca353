/**
 * The shifts chart's section of charts.json: the rows it can draw (each naming its figures
 * and its words) and states that show some of them on a 24-hour clock ("day") or as a
 * year of days worked and days off ("year").
 */
import { z } from 'zod';
import { chartSection, figureRef, id, idRef, richText, words } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

const daysOffSchema = z
	.union([
		z
			.strictObject({
				weekHours: figureRef('The figure for the hours of a working week (40).'),
				dayHours: figureRef('The figure for the hours of a working day (8): the week has weekHours ÷ dayHours working days.')
			})
			.meta({ description: 'Days off every week: the days of a seven-day week left after weekHours ÷ dayHours working days.' }),
		z
			.strictObject({ perYear: figureRef('The figure for the days off in a whole year.') })
			.meta({ description: 'Days off in a whole year.' })
	])
	.meta({ description: "The row's days off: every week (weekHours, dayHours) or in a year (perYear)." });

const rowSchema = z.strictObject({
	id: id.meta({ description: 'This row\'s id, which states list in their "rows".' }),
	label: words('What the row is, as its label reads: "Reported shift".'),
	start: figureRef('The figure for the hour the day starts (a time of day, 0–24).'),
	end: figureRef('The figure for the hour the day ends (past midnight means the next day). Give end or hours.').optional(),
	hours: figureRef('The figure for the length of the day in hours, where no end time is given.').optional(),
	length: richText('How the source puts the length of the day: "{legal-day} hours".'),
	note: richText('What the reader should know about how the row is drawn.').optional(),
	daysOff: daysOffSchema,
	year: richText('The row in the year view: "{days-off} days off a year".')
});

const stateSchema = z.strictObject({
	id: id.meta({ description: 'This state’s id, which a step names in its "state".' }),
	view: z.enum(['day', 'year']).meta({ description: '"day": the rows on a 24-hour clock; "year": the days of a year.' }),
	title: words("The chart's title in this state, if it differs from the chart's title.").optional(),
	rows: z
		.array(idRef('A row of this chart, by its id.', (data) => (data.charts.shifts as { rows: { id: string }[] }).rows.map((row) => row.id)))
		.min(1, 'at least one row id')
		.meta({ description: 'The rows drawn in this state (ids from "rows" above).' })
});

const schema = chartSection(stateSchema, {
	rows: z.array(rowSchema).min(1).meta({ description: 'Every row the chart can draw: a working day, with its figures and words.' })
});
export type ShiftsSection = z.infer<typeof schema>;

export const shiftsConfig: ChartConfig<ShiftsSection> = {
	schema,
	references(section, check) {
		check.uniqueIds('rows', section.rows);
		const rowIds = new Set(section.rows.map((row) => row.id));
		section.rows.forEach((row, i) => {
			const at = `rows[${i}]`;
			for (const field of ['start', 'end'] as const) {
				const figureId = row[field];
				if (figureId === undefined) continue;
				const figure = check.figure(`${at}.${field}`, figureId);
				if (figure && !(figure.value >= 0 && figure.value <= 24))
					check.problem(`${at}.${field}`, 'a figure for an hour of the day (0–24)', `${figure.value}`);
			}
			// Hours in a day and days in a year are kept within the clock and the year by their units' limits.
			if (row.hours !== undefined) check.figure(`${at}.hours`, row.hours);
			if ((row.end === undefined) === (row.hours === undefined))
				check.problem(at, 'either "end" or "hours" (one of them)', row.end ? 'both' : 'neither');
			if ('perYear' in row.daysOff) check.figure(`${at}.daysOff.perYear`, row.daysOff.perYear);
			else {
				check.figure(`${at}.daysOff.weekHours`, row.daysOff.weekHours);
				check.figure(`${at}.daysOff.dayHours`, row.daysOff.dayHours);
			}
			check.text(`${at}.length`, row.length);
			if (row.note !== undefined) check.text(`${at}.note`, row.note);
			check.text(`${at}.year`, row.year);
		});
		section.states.forEach((state, s) =>
			state.rows.forEach((rowId, k) => {
				if (!rowIds.has(rowId))
					check.problem(`states[${s}].rows[${k}]`, 'the id of a row in shifts.rows', `"${rowId}", which is not there`);
			})
		);
	}
};
