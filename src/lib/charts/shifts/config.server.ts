/** The shifts chart's section of charts.json: a day view or a year view of chosen rows. */
import { z } from 'zod';
import { chartSection, id } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

export const shiftRows = ['legal', 'reported'] as const;

const stateSchema = z.strictObject({
	id,
	view: z.enum(['day', 'year']).meta({ description: '"day": hours of one day; "year": the days of a year.' }),
	rows: z.array(z.enum(shiftRows)).min(1)
});

const schema = chartSection(stateSchema);
export type ShiftsSection = z.infer<typeof schema>;

export const shiftsConfig: ChartConfig<ShiftsSection> = {
	schema,
	references() {}
};
