/**
 * The exchange chart's section of charts.json: an account of what each side gives, in
 * sections (who gives), items (what, who reports it, and its figures drawn as marks of their
 * size) and states that list which items are shown.
 */
import { z } from 'zod';
import { chartSection, figureRef, id, idRef, richText, sourceRef, words } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

const sectionSchema = z.strictObject({
	id: id.meta({ description: 'This section’s id, which items name in their "section".' }),
	heading: words('The heading over the section’s items: "North Korea gives".')
});

const markSchema = z.strictObject({
	figure: figureRef('The figure drawn as a bar of its size (bars of the same unit share one scale).'),
	label: richText('The words beside the bar; {figure-id} inserts a figure: "{oil-cap} barrels a year".'),
	kind: z
		.enum(['cost', 'limit'])
		.optional()
		.meta({ description: '"cost": what giving it cost (drawn in the cost colour); "limit": a cap to compare with (drawn as an outline).' })
});

const itemSchema = z.strictObject({
	id: id.meta({ description: 'This item’s id, which states list in their "items".' }),
	section: idRef('The section the item is listed in, by its id.', (data) =>
		(data.charts.exchange as { sections: { id: string }[] }).sections.map((s) => s.id)
	),
	label: words('What is given, in a word or two (e.g. "Oil").'),
	reportedBy: words('Who reports it, in a few words: "South Korea’s NIS".'),
	detail: richText('One line on what it is; {figure-id} inserts a figure. Needed where the item has no marks.').optional(),
	sources: z
		.array(sourceRef('A source in sources.json for this item.'))
		.min(1, 'at least one source id')
		.meta({ description: 'The sources for this item (ids in sources.json).' }),
	marks: z.array(markSchema).min(1).optional().meta({ description: 'Figures drawn as bars of their size.' })
});

const stateSchema = z.strictObject({
	id: id.meta({ description: 'This state’s id, which a step names in its "state".' }),
	items: z
		.array(
			idRef('An item of this chart, by its id.', (data) =>
				(data.charts.exchange as { items: { id: string }[] }).items.map((item) => item.id)
			)
		)
		.min(1, 'at least one item id')
		.meta({ description: 'The items shown in this state (ids from "items" below).' })
});

const schema = chartSection(stateSchema, {
	sections: z.array(sectionSchema).min(1).meta({ description: 'The headings items are listed under: who gives.' }),
	items: z.array(itemSchema).min(1).meta({ description: 'Everything either side gives, each defined once.' })
});
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
