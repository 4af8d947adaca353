/**
 * The exchange chart's section of charts.json: items (what flows each way, defined once) and
 * states that list which items are shown.
 */
import { z } from 'zod';
import { chartSection, id, text } from '../../server/data/fields.ts';
import type { ChartConfig } from '../../server/data/chart-config.ts';

const itemSchema = z.strictObject({
	id,
	direction: z.enum(['to-russia', 'to-north-korea']),
	label: text,
	detail: text.meta({ description: 'One line; {figure-id} inserts a figure from figures.json.' }),
	sources: z.array(id).min(1, 'at least one source id'),
	bars: z.array(id).length(2).optional().meta({ description: 'Two figure ids drawn as bars to compare.' })
});

const stateSchema = z.strictObject({
	id,
	items: z.array(id).min(1, 'at least one item id')
});

const schema = chartSection(stateSchema, { items: z.array(itemSchema).min(1) });
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
