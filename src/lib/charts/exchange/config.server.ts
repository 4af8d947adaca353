/**
 * The exchange chart's section of charts.json: items (what flows each way, defined once) and
 * states that list which items are shown.
 */
import { z } from 'zod';
import { chartSection, figureRef, id, idRef, richText, sourceRef, words } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

const itemSchema = z.strictObject({
	id: id.meta({ description: 'This item’s id, which states list in their "items".' }),
	direction: z.enum(['to-russia', 'to-north-korea']).meta({ description: 'Which way it flows: "to-russia" or "to-north-korea".' }),
	label: words('What flows, in a word or two (e.g. "Oil").'),
	detail: richText('One line under the label.'),
	sources: z
		.array(sourceRef('A source in sources.json for this item.'))
		.min(1, 'at least one source id')
		.meta({ description: 'The sources for this item (ids in sources.json).' }),
	bars: z
		.array(figureRef('A figure drawn as a bar.'))
		.length(2)
		.optional()
		.meta({ description: 'Two figure ids drawn as bars to compare.' })
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
		.meta({ description: 'The items shown in this state (ids from "items" above).' })
});

const schema = chartSection(stateSchema, {
	items: z.array(itemSchema).min(1).meta({ description: 'Everything that can flow between the two countries, each defined once.' })
});
export type ExchangeSection = z.infer<typeof schema>;

export const exchangeConfig: ChartConfig<ExchangeSection> = {
	schema,
	references(section, check) {
		check.uniqueIds('items', section.items);
		const itemIds = new Set(section.items.map((item) => item.id));
		section.items.forEach((item, i) => {
			const at = `items[${i}]`;
			item.sources.forEach((sourceId, k) => check.source(`${at}.sources[${k}]`, sourceId));
			item.bars?.forEach((figureId, k) => check.figure(`${at}.bars[${k}]`, figureId));
			check.text(`${at}.detail`, item.detail);
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
