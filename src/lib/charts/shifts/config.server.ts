/** The shifts chart's section of charts.json: a day view or a year view of chosen rows. */
import { z } from 'zod';
import { chartSection, id } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

export const shiftRows = ['legal', 'reported'] as const;

const stateSchema = z.strictObject({
	id: id.meta({ description: 'This state’s id, which a step names in its "state".' }),
	view: z.enum(['day', 'year']).meta({ description: '"day": hours of one day; "year": the days of a year.' }),
	rows: z
		.array(z.enum(shiftRows))
		.min(1)
		.meta({ description: 'The rows drawn: "legal" (the legal working day) and "reported" (the shift workers described).' })
});

const schema = chartSection(stateSchema);
export type ShiftsSection = z.infer<typeof schema>;

export const shiftsConfig: ChartConfig<ShiftsSection> = {
	schema,
	references() {}
};
