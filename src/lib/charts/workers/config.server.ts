/**
 * The workers chart's section of charts.json: states made of groups, each group one figure
 * drawn as marks (one per person), with an optional highlighted part.
 */
import { z } from 'zod';
import { chartSection, figureRef, id } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';
import { MAX_WORKERS_MARKS } from './limits.ts';

const groupSchema = z.strictObject({
	figure: figureRef('The figure drawn as marks, one per person.'),
	part: figureRef('A figure highlighted inside the group (a part of it, no larger).').optional()
});

const stateSchema = z.strictObject({
	id: id.meta({ description: 'This state’s id, which a step names in its "state".' }),
	groups: z
		.array(groupSchema)
		.min(1, 'at least one group')
		.max(6, 'at most six groups side by side')
		.meta({ description: 'The groups of marks side by side, one figure each (at most six).' })
});

const schema = chartSection(stateSchema);
export type WorkersSection = z.infer<typeof schema>;

export const workersConfig: ChartConfig<WorkersSection> = {
	schema,
	references(section, check) {
		section.states.forEach((state, s) => {
			let marks = 0;
			state.groups.forEach((group, g) => {
				const at = `states[${s}].groups[${g}]`;
				const whole = check.figure(`${at}.figure`, group.figure);
				marks += whole?.value ?? 0;
				if (group.part === undefined) return;
				const part = check.figure(`${at}.part`, group.part);
				if (whole && part && part.value > whole.value) {
					check.problem(`${at}.part`, `a part no larger than its group (${whole.value})`, `${part.value}`);
				}
			});
			if (marks > MAX_WORKERS_MARKS) {
				const count = (n: number) => n.toLocaleString('en-GB');
				check.problem(
					`states[${s}].groups`,
					`at most ${count(MAX_WORKERS_MARKS)} marks in one state of the workers chart, one per person (more cannot be drawn on a phone): check the figures' values, or show fewer groups`,
					`${count(marks)} marks`
				);
			}
		});
	}
};
