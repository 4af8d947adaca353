/**
 * The kinds of field every data file uses (ids, text, dates, web addresses, references to
 * figures and sources), shared by the file schemas in `schema.ts` and each chart's part of
 * charts.json (`config.server.ts`). Every field an editor types carries a description, which
 * their text editor shows on hover; references also carry a hint that lists the ids the data
 * holds now, so the generated JSON Schemas autocomplete them and underline a wrong one.
 */
import { z } from 'zod';
/**
 * What a hint reads of the data. Loosely typed on purpose: the chart schemas that carry hints
 * are part of the dataset's own type.
 */
export interface HintData {
	figures: { id: string }[];
	sources: { id: string }[];
	charts: Record<string, unknown>;
}

/** Extra JSON Schema keywords for a field, worked out from the current data (json-schema.ts). */
export type SchemaHint = (data: HintData) => Record<string, unknown>;
export const schemaHints = new WeakMap<object, SchemaHint>();

/** Marks a field with a hint for the generated JSON Schema; returns the field. */
function hinted<T extends z.ZodType>(schema: T, hint: SchemaHint): T {
	schemaHints.set(schema, hint);
	return schema;
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = z
	.string()
	.regex(idPattern, 'an id in lower case, words joined by hyphens (like "entries-2024")')
	.meta({ description: 'A short, unique name in lower case with hyphens, used to refer to this entry.' });

/** A field naming an entry of the data; `ids` lists the ones the data holds now, for autocompletion. */
export function idRef(description: string, ids: (data: HintData) => string[]) {
	return hinted(id.meta({ description }), (dataset) => ({ enum: ids(dataset) }));
}

/** A field naming a figure in figures.json. */
export const figureRef = (description: string) => idRef(description, (d) => d.figures.map((f) => f.id));

/** A field naming a source in sources.json. */
export const sourceRef = (description: string) => idRef(description, (d) => d.sources.map((s) => s.id));

export const text = z.string().trim().min(1, 'some text (this is empty)');

/** Plain words, with a description for the editor's tooltip. */
export const words = (description: string) => text.meta({ description });

const escapeForPattern = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Editor text with inline formatting: in the JSON Schema, a `{…}` that is not a current figure
 * id, or a link to anything but http(s) or mailto, is underlined.
 */
export const richText = (description: string) =>
	hinted(
		text.meta({
			description: `${description} Formatting: *emphasis*, **strong**, [links](https://…), and {figure-id} to insert a figure from figures.json.`
		}),
		(dataset) => ({
			pattern: `^(?:[^{}]|\\{(?:${dataset.figures.map((f) => escapeForPattern(f.id)).join('|')})\\})*$`,
			patternErrorMessage: 'Each {…} must be exactly the id of a figure in figures.json, like {entries-2024}.',
			not: { pattern: '\\]\\((?!https?://|mailto:)', description: 'A link to an address that is not http(s) or mailto.' }
		})
	);

/** A calendar date an editor types: YYYY-MM-DD, and a real day (no 31 February). */
export const isoDate = z.iso.date({ error: 'a real date written YYYY-MM-DD' });

/** One end of a period: a year, a month or a day (the calendar is checked separately). */
const PERIOD_END = String.raw`\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?`;
/** A year, month or day, or a span of them joined by an en dash. */
export const PERIOD_PATTERN = new RegExp(`^${PERIOD_END}(?:–${PERIOD_END})?$`);

/** Whether a period names real days (no 30 February) and, as a span, runs forwards. */
export function isRealPeriod(period: string): boolean {
	const ends = period.split('–');
	const realDay = (end: string) => end.length < 10 || new Date(`${end}T00:00:00Z`).toISOString().startsWith(end);
	return ends.every(realDay) && (ends.length === 1 || ends[0] < ends[1]);
}

const PERIOD_FORMS = 'a year (2024), a month (2024-10), a day (2024-10-08), or a span joined by an en dash (2017–2019)';

/** A date or period, in one of the forms the page knows how to write out. */
export const period = (description: string) =>
	hinted(
		text
			.regex(PERIOD_PATTERN, `${PERIOD_FORMS}, with months 01 to 12`)
			.refine(isRealPeriod, { error: `a real date, and a span that runs forwards: ${PERIOD_FORMS}` })
			.meta({ description }),
		() => ({ pattern: PERIOD_PATTERN.source, patternErrorMessage: `Write ${PERIOD_FORMS}.` })
	);

export const webAddress = hinted(
	z
		.url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' })
		.meta({ description: 'The full web address, starting with http:// or https://.' }),
	() => ({ pattern: '^https?://', patternErrorMessage: 'A web address starting with http:// or https://.' })
);

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
		states: z
			.array(state)
			.min(1, 'at least one state')
			.meta({ description: 'What the chart can show, one state each; a step picks one by its id.' }),
		...(extra ?? ({} as Extra))
	});
}
