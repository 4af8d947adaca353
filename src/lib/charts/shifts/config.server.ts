/**
 * The shifts chart's section of charts.json: the rows it can draw (each naming its figures
 * and its words) and states that show some of them on a 24-hour clock ("day") or as a
 * year of days worked and days off ("year").
 */
import { z } from 'zod';
import { chartSection, id, text } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

const words = text.meta({ description: 'Words for the chart; {figure-id} inserts a figure from figures.json.' });

const daysOffSchema = z.union([
	z
		.strictObject({
			weekHours: id.meta({ description: 'The figure for the hours of a working week (40).' }),
			dayHours: id.meta({ description: 'The figure for the hours of a working day (8): the week has weekHours ÷ dayHours working days.' })
		})
		.meta({ description: 'Days off every week: the days of a seven-day week left after weekHours ÷ dayHours working days.' }),
	z.strictObject({ perYear: id.meta({ description: 'The figure for the days off in a whole year.' }) })
]);

const rowSchema = z.strictObject({
	id,
	label: text.meta({ description: 'What the row is, as its label reads: "Reported shift".' }),
	start: id.meta({ description: 'The figure for the hour the day starts (a time of day, 0–24).' }),
	end: id.optional().meta({ description: 'The figure for the hour the day ends (past midnight means the next day). Give end or hours.' }),
	hours: id.optional().meta({ description: 'The figure for the length of the day in hours, where no end time is given.' }),
	length: words.meta({ description: 'How the source puts the length of the day: "{legal-day} hours".' }),
	note: words.optional().meta({ description: 'What the reader should know about how the row is drawn.' }),
	daysOff: daysOffSchema,
	year: words.meta({ description: 'The row in the year view: "{days-off} days off a year".' })
});

const stateSchema = z.strictObject({
	id,
	view: z.enum(['day', 'year']).meta({ description: '"day": the rows on a 24-hour clock; "year": the days of a year.' }),
	title: text.optional().meta({ description: "The chart's title in this state, if it differs from the chart's title." }),
	rows: z.array(id).min(1, 'at least one row id')
});

const schema = chartSection(stateSchema, { rows: z.array(rowSchema).min(1) });
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
			if (row.hours !== undefined) {
				const figure = check.figure(`${at}.hours`, row.hours);
				if (figure && !(figure.value > 0 && figure.value <= 24))
					check.problem(`${at}.hours`, 'a figure for hours in a day (more than 0, at most 24)', `${figure.value}`);
			}
			if ((row.end === undefined) === (row.hours === undefined))
				check.problem(at, 'either "end" or "hours" (one of them)', row.end ? 'both' : 'neither');
			if ('perYear' in row.daysOff) {
				const figure = check.figure(`${at}.daysOff.perYear`, row.daysOff.perYear);
				if (figure && !(figure.value >= 0 && figure.value <= 365))
					check.problem(`${at}.daysOff.perYear`, 'a figure for days in a year (0–365)', `${figure.value}`);
			} else {
				const week = check.figure(`${at}.daysOff.weekHours`, row.daysOff.weekHours);
				const day = check.figure(`${at}.daysOff.dayHours`, row.daysOff.dayHours);
				if (week && day && !(day.value > 0 && week.value / day.value <= 7)) {
					check.problem(`${at}.daysOff`, 'a week of at most seven working days (weekHours ÷ dayHours)', `${week.value} ÷ ${day.value}`);
				}
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
