/**
 * The workers chart's section of charts.json: states made of groups, each group one figure
 * drawn as marks (one per person), with an optional highlighted part; or a single mark that
 * shows what one mark stands for. A state may retitle the chart and may be seen close up.
 */
import { z } from 'zod';
import { chartSection, figureRef, id, text } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';
import { MAX_WORKERS_MARKS } from './limits.ts';
import { formatCount } from '../../format.ts';

const figureGroupSchema = z.strictObject({
	figure: figureRef('The figure drawn as marks, one per person.'),
	part: figureRef('A figure highlighted inside the group (a part of it, no larger).').optional(),
	label: text.optional().meta({ description: "The group's label on the chart, where the figure's own label would mislead here." }),
	partLabel: text.optional().meta({ description: "The highlighted part's label on the chart, in place of its figure's label." })
});

const personGroupSchema = z.strictObject({
	person: text.meta({ description: 'A single mark, labelled with this text: what one mark stands for ("One person").' })
});

const stateSchema = z.strictObject({
	id: id.meta({ description: 'This state’s id, which a step names in its "state".' }),
	title: text.optional().meta({ description: "The chart's title in this state, where it differs from the chart's title." }),
	closeUp: z.boolean().optional().meta({
		description:
			'Seen close up: the camera zooms in on this state\u2019s few marks (each still one person) and says so; every other state is drawn at one scale.'
	}),
	groups: z
		.array(z.union([figureGroupSchema, personGroupSchema]))
		.min(1, 'at least one group')
		.max(6, 'at most six groups side by side')
		.meta({ description: 'The blocks of marks drawn side by side: each a figure (with an optional highlighted part), or a single person.' })
});

const schema = chartSection(stateSchema);
export type WorkersSection = z.infer<typeof schema>;

export const workersConfig: ChartConfig<WorkersSection> = {
	schema,
	references(section, check) {
		section.states.forEach((state, s) => {
			let marks = 0;
			const counted: string[] = [];
			state.groups.forEach((group, g) => {
				if (!('figure' in group)) return;
				const at = `states[${s}].groups[${g}]`;
				const whole = check.figure(`${at}.figure`, group.figure);
				marks += whole?.value ?? 0;
				if (whole) counted.push(`"${whole.id}" ${formatCount(whole.value)}`);
				if (group.part === undefined) return;
				const part = check.figure(`${at}.part`, group.part);
				if (whole && part && part.value > whole.value) {
					// The numbers come from figures.json: say which figures, so the editor knows where to look.
					check.problem(
						`${at}.part`,
						`a part no larger than its group (${whole.value}, figure "${whole.id}" in figures.json)`,
						`${part.value} (figure "${part.id}" in figures.json)`
					);
				}
			});
			if (marks > MAX_WORKERS_MARKS) {
				check.problem(
					`states[${s}].groups`,
					`at most ${formatCount(MAX_WORKERS_MARKS)} marks in one state of the workers chart, one per person (more cannot be drawn on a phone): check the figures' values, or show fewer groups`,
					`${formatCount(marks)} marks (figures in figures.json: ${counted.join(', ')})`
				);
			}
		});
	}
};
