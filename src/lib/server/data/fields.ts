/**
 * The kinds of field every data file uses (ids, text, dates, web addresses), shared by the
 * file schemas in `schema.ts` and each chart's part of charts.json (`config.server.ts`).
 */
import { z } from 'zod';

export const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id in lower case, words joined by hyphens (like "entries-2024")')
	.meta({ description: 'A short, unique name in lower case with hyphens, used to refer to this entry.' });

export const text = z.string().trim().min(1, 'some text (this is empty)');

/** A calendar date an editor types: YYYY-MM-DD, and a real day (no 31 February). */
export const isoDate = z.iso.date({ error: 'a real date written YYYY-MM-DD' });

export const webAddress = z
	.url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' })
	.meta({ description: 'The full web address, starting with http:// or https://.' });

/**
 * A chart's section of charts.json: its title and the states it can show, each with an id,
 * plus whatever else the chart needs (its `extra` fields).
 */
export function chartSection<State extends z.ZodObject<{ id: typeof id }>, Extra extends z.ZodRawShape = Record<never, never>>(
	state: State,
	extra?: Extra
) {
	return z.strictObject({
		title: text.meta({ description: "The chart's title, shown above it." }),
		states: z.array(state).min(1, 'at least one state'),
		...(extra ?? ({} as Extra))
	});
}
