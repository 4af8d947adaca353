/**
 * The exchange chart's section of charts.json: an account of what each side gives, in
 * sections (who gives), items (what, who reports it, and its figures drawn as marks of their
 * size) and states that list which items are shown.
 */
import { z } from 'zod';
import { chartSection, id, text } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

const sectionSchema = z.strictObject({
	id,
	heading: text.meta({ description: 'The heading over the section\'s items: "North Korea gives".' })
});

const markSchema = z.strictObject({
	figure: id.meta({ description: 'The figure drawn as a bar of its size (bars of the same unit share one scale).' }),
	label: text.meta({ description: 'The words beside the bar; {figure-id} inserts a figure: "{oil-cap} barrels a year".' }),
	kind: z
		.enum(['cost', 'limit'])
		.optional()
		.meta({ description: '"cost": what giving it cost (drawn in the cost colour); "limit": a cap to compare with (drawn as an outline).' })
});

const itemSchema = z.strictObject({
	id,
	section: id.meta({ description: 'The id of the section the item is listed in.' }),
	label: text,
	reportedBy: text.meta({ description: 'Who reports it, in a few words: "South Korea\'s intelligence service".' }),
	detail: text
		.optional()
		.meta({ description: 'One line on what it is; {figure-id} inserts a figure. Needed where the item has no marks.' }),
	sources: z.array(id).min(1, 'at least one source id'),
	marks: z.array(markSchema).min(1).optional().meta({ description: 'Figures drawn as bars of their size.' })
});

const stateSchema = z.strictObject({
	id,
	items: z.array(id).min(1, 'at least one item id')
});

const schema = chartSection(stateSchema, { sections: z.array(sectionSchema).min(1), items: z.array(itemSchema).min(1) });
export type ExchangeSection = z.infer<typeof schema>;

export const exchangeConfig: ChartConfig<ExchangeSection> = {
	schema,
	references(section, check) {
		check.uniqueIds('sections', section.sections);
		check.uniqueIds('items', section.items);
		const sectionIds = new Set(section.sections.map((s) => s.id));
		const itemIds = new Set(section.items.map((item) => item.id));
		section.items.forEach((item, i) => {
			const at = `items[${i}]`;
			if (!sectionIds.has(item.section))
				check.problem(`${at}.section`, 'the id of a section in exchange.sections', `"${item.section}", which is not there`);
			item.sources.forEach((sourceId, k) => check.source(`${at}.sources[${k}]`, sourceId));
			item.marks?.forEach((mark, k) => {
				const figure = check.figure(`${at}.marks[${k}].figure`, mark.figure);
				if (figure && !(figure.value >= 0)) check.problem(`${at}.marks[${k}].figure`, 'a figure of zero or more', `${figure.value}`);
				check.text(`${at}.marks[${k}].label`, mark.label);
			});
			if (item.detail !== undefined) check.text(`${at}.detail`, item.detail);
			else if (!item.marks) check.problem(at, 'a "detail" line or "marks" (an item needs words or figures)', 'neither');
		});
		section.states.forEach((state, s) =>
			state.items.forEach((itemId, k) => {
				if (!itemIds.has(itemId)) {
					check.problem(`states[${s}].items[${k}]`, 'the id of an item in exchange.items', `"${itemId}", which is not there`);
				}
			})
		);
	}
};
