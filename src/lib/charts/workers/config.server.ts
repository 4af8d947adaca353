/**
 * The workers chart's section of charts.json: states made of groups, each group one figure
 * drawn as marks (one per person), with an optional highlighted part.
 */
import { z } from 'zod';
import { chartSection, id } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

const groupSchema = z.strictObject({
	figure: id.meta({ description: 'The figure drawn as marks, one per person.' }),
	part: id.optional().meta({ description: 'A figure highlighted inside the group (a part of it).' })
});

const stateSchema = z.strictObject({
	id,
	groups: z.array(groupSchema).min(1, 'at least one group').max(6, 'at most six groups side by side')
});

const schema = chartSection(stateSchema);
export type WorkersSection = z.infer<typeof schema>;

export const workersConfig: ChartConfig<WorkersSection> = {
	schema,
	references(section, check) {
		section.states.forEach((state, s) =>
			state.groups.forEach((group, g) => {
				const at = `states[${s}].groups[${g}]`;
				const whole = check.figure(`${at}.figure`, group.figure);
				if (group.part === undefined) return;
				const part = check.figure(`${at}.part`, group.part);
				if (whole && part && part.value > whole.value) {
					check.problem(`${at}.part`, `a part no larger than its group (${whole.value})`, `${part.value}`);
				}
			})
		);
	}
};
