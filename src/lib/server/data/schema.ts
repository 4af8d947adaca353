/**
 * The shape of every editors' file in `data/`, in one place. The build, `npm run check-data`
 * and the generated JSON Schemas all read these definitions, so they cannot drift apart.
 * Descriptions are written for editors: they appear in their text editor's tooltips.
 */
import { z } from 'zod';
import { id, isoDate, text, webAddress } from './fields.ts';
import { chartIds } from '../../charts/registry.ts';
import { chartConfigs } from './charts.ts';

export { isoDate };
export const chartId = z.enum(chartIds, { error: `one of the charts: ${chartIds.join(', ')}` });

export const sourceSchema = z
	.strictObject({
		id,
		publisher: text.meta({ description: 'Who published it, as readers know them (e.g. "BBC News").' }),
		title: text.meta({ description: 'The headline or document title. If unknown, a description in [square brackets].' }),
		author: text.optional(),
		published: isoDate
			.nullable()
			.meta({ description: 'Publication date, YYYY-MM-DD; null only if the page shows none (then explain in note).' }),
		url: webAddress,
		seenAt: z.array(webAddress).optional().meta({ description: 'Copies checked where the original was not available.' }),
		note: text.optional().meta({ description: 'Caveats readers should know: reprints, approximate dates, confidence.' })
	})
	.refine((source) => source.published !== null || source.note !== undefined, {
		error: 'a note explaining why there is no publication date',
		path: ['note']
	});

export const sourcesFileSchema = z.strictObject({
	$schema: z.string().optional(),
	sources: z.array(sourceSchema).min(1, 'at least one source')
});

export const figureUnits = [
	'people',
	'hours a week',
	'hours a day',
	'days a year',
	'time of day',
	'barrels',
	'months',
	'US dollars a month'
] as const;

export const qualifiers = ['exact', 'about', 'more than', 'nearly', 'at least'] as const;

export const figureSchema = z
	.strictObject({
		id,
		label: text.meta({ description: 'A short label shown on the chart next to the marks.' }),
		value: z
			.number({ error: 'a number (no quotes, no commas)' })
			.finite()
			.nonnegative('a number that is not negative')
			.meta({ description: 'The figure exactly as the source gives it: no rounding.' }),
		valueHigh: z
			.number({ error: 'a number (no quotes, no commas)' })
			.finite()
			.nonnegative('a number that is not negative')
			.optional()
			.meta({ description: 'Upper end, where the source gives a range (value is the lower end).' }),
		qualifier: z.enum(qualifiers).meta({ description: 'How the source qualifies it: "about 4,000", "more than 50,000".' }),
		unit: z.enum(figureUnits),
		counts: text.meta({ description: 'What exactly is counted, in a sentence, as the source says it.' }),
		refDate: text.meta({ description: 'The date or period the figure refers to (e.g. "2024", "2024-10").' }),
		source: id.meta({ description: 'The id of the source in sources.json.' }),
		confidence: z.enum(['high', 'medium', 'low']),
		note: text.optional()
	})
	.refine((figure) => figure.valueHigh === undefined || figure.valueHigh > figure.value, {
		error: 'valueHigh larger than value',
		path: ['valueHigh']
	})
	.refine((figure) => figure.unit !== 'time of day' || (Number.isInteger(figure.value) && figure.value < 24), {
		error: 'an hour of the day from 0 to 23',
		path: ['value']
	});

export const figuresFileSchema = z.strictObject({
	$schema: z.string().optional(),
	figures: z.array(figureSchema).min(1, 'at least one figure')
});

type ChartSchemas = { [K in keyof typeof chartConfigs]: (typeof chartConfigs)[K]['schema'] };
const chartSchemas = Object.fromEntries(Object.entries(chartConfigs).map(([chart, config]) => [chart, config.schema])) as ChartSchemas;

/** charts.json: one section per chart, each shaped by the chart's own `config.server.ts`. */
export const chartsFileSchema = z.strictObject({ $schema: z.string().optional(), ...chartSchemas });

const stepSchema = z.strictObject({
	id,
	chart: chartId,
	state: id.meta({ description: 'The id of a state of that chart, in charts.json.' }),
	text: text.meta({
		description: 'The step text. *emphasis*, **strong**, [links](https://…) and {figure-id} for a figure.'
	})
});

export const storyFileSchema = z
	.strictObject({
	$schema: z.string().optional(),
	headline: text,
	dek: text,
	byline: text,
	published: isoDate.meta({
		description: 'The day the piece was first published, YYYY-MM-DD: shown under the headline and in share cards.'
	}),
	updated: isoDate.optional().meta({
		description:
			'The day of the last substantive update, YYYY-MM-DD (optional). Words like "as of September 2025" in the text must name its month (or that of published).'
	}),
	intro: z.array(text).min(1),
	steps: z.array(stepSchema).min(1),
	outro: z.array(text),
	disagreements: z.array(
		z.strictObject({ topic: text, text, figures: z.array(id).min(2, 'at least two figures that disagree') })
	),
	methods: z.array(text).min(1)
})
	.refine((story) => story.updated === undefined || story.updated >= story.published, {
		error: 'an updated date on or after the published date',
		path: ['updated']
	});

/** Each data file, by its name in `data/`, with the schema it must match. */
export const fileSchemas = {
	'sources.json': sourcesFileSchema,
	'figures.json': figuresFileSchema,
	'charts.json': chartsFileSchema,
	'story.json': storyFileSchema
} as const;

export type DataFileName = keyof typeof fileSchemas;
export type Source = z.infer<typeof sourceSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type ChartsFile = z.infer<typeof chartsFileSchema>;
export type StoryFile = z.infer<typeof storyFileSchema>;
export type Step = StoryFile['steps'][number];
