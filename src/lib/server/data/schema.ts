/**
 * The shape of every editors' file in `data/`, in one place. The build, `npm run check-data`
 * and the generated JSON Schemas all read these definitions, so they cannot drift apart.
 * Descriptions are written for editors: they appear in their text editor's tooltips.
 */
import { z } from 'zod';
import { figureRef, id, isoDate, period, richText, sourceRef, text, webAddress, words } from './fields.ts';
import { chartIds } from '../../charts/registry.ts';
import { chartConfigs } from './charts.ts';


const chartId = z
	.enum(chartIds, { error: `one of the charts: ${chartIds.join(', ')}` })
	.meta({ description: 'The chart this step shows; its states are listed in charts.json.' });

/** Every file's first field: where the editor's text editor finds its schema. */
const schemaLink = z.string().optional().meta({ description: 'Where your text editor finds this file’s schema. Leave it as it is.' });

const sourceSchema = z
	.strictObject({
		id: id.meta({ description: 'This source’s id, which figures cite in their "source" (e.g. "bbc-2025-08-12").' }),
		publisher: text.meta({ description: 'Who published it, as readers know them (e.g. "BBC News").' }),
		title: text.meta({ description: 'The headline or document title. If unknown, a description in [square brackets].' }),
		author: words('The author, if the publication names one.').optional(),
		published: isoDate
			.nullable()
			.meta({ description: 'Publication date, YYYY-MM-DD; null only if the page shows none (then explain in note).' }),
		url: webAddress,
		seenAt: z
			.array(webAddress)
			.optional()
			.meta({ description: 'Addresses of the copies you checked, where the original could not be reached (say so in note).' }),
		note: words('Caveats readers should know: reprints, approximate dates, confidence.').optional()
	})
	.refine((source) => source.published !== null || source.note !== undefined, {
		error: 'a note explaining why there is no publication date',
		path: ['note']
	});

const sourcesFileSchema = z.strictObject({
	$schema: schemaLink,
	sources: z
		.array(sourceSchema)
		.min(1, 'at least one source')
		.meta({ description: 'Every publication a figure or chart cites; the page lists them in the order readers meet them.' })
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

/** Values no source can give in these units: a day has 24 hours, a year 366 days. */
export const unitLimits: Partial<Record<(typeof figureUnits)[number], { max: number; words: string }>> = {
	'hours a day': { max: 24, words: 'hours that fit in one day' },
	'hours a week': { max: 168, words: 'hours that fit in one week' },
	'days a year': { max: 366, words: 'days that fit in one year' },
};

export const qualifiers = ['exact', 'about', 'more than', 'nearly', 'at least'] as const;

const figureSchema = z
	.strictObject({
		id: id.meta({ description: 'This figure’s id: {id} in any text inserts the figure, formatted (e.g. "entries-2024").' }),
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
		unit: z.enum(figureUnits).meta({ description: 'What the number counts in. People and days under ten read as words.' }),
		counts: text.meta({ description: 'What exactly is counted, in a sentence, as the source says it.' }),
		refDate: period('The date or period the figure refers to: "2024", "2024-10", "2024-10-08", or a span such as "2017–2019" (with an en dash).'),
		source: sourceRef('The id of the source in sources.json that gives this figure.'),
		confidence: z
			.enum(['high', 'medium', 'low'])
			.meta({ description: 'How firm the source is: anything but "high" is said in the table of figures.' }),
		note: words('Anything readers should know about this figure, e.g. how it differs from a similar one.').optional()
	})
	.refine((figure) => figure.valueHigh === undefined || figure.valueHigh > figure.value, {
		error: 'valueHigh larger than value',
		path: ['valueHigh']
	})
	.refine((figure) => figure.unit !== 'time of day' || (Number.isInteger(figure.value) && figure.value < 24), {
		error: 'an hour of the day from 0 to 23',
		path: ['value']
	})
	.refine((figure) => figure.unit !== 'people' || Number.isInteger(figure.value), {
		error: 'a whole number of people (no decimals, no thousands separators: write 4000, not 4.000)',
		path: ['value']
	})
	.refine((figure) => figure.unit !== 'people' || figure.valueHigh === undefined || Number.isInteger(figure.valueHigh), {
		error: 'a whole number of people (no decimals)',
		path: ['valueHigh']
	})
	.superRefine((figure, context) => {
		const limit = unitLimits[figure.unit];
		if (limit === undefined) return;
		for (const key of ['value', 'valueHigh'] as const) {
			const value = figure[key];
			if (value !== undefined && value > limit.max) {
				context.addIssue({ code: 'custom', path: [key], message: `${limit.words} (at most ${limit.max})`, input: value });
			}
		}
	});

const figuresFileSchema = z.strictObject({
	$schema: schemaLink,
	figures: z.array(figureSchema).min(1, 'at least one figure').meta({ description: 'Every number the piece shows, each with its source.' })
});

type ChartSchemas = { [K in keyof typeof chartConfigs]: (typeof chartConfigs)[K]['schema'] };
const chartSchemas = Object.fromEntries(
	Object.entries(chartConfigs).map(([chart, config]) => [
		chart,
		config.schema.meta({ description: `The ${chart} chart: its title and the states it can show.` })
	])
) as ChartSchemas;

/** charts.json: one section per chart, each shaped by the chart's own `config.server.ts`. */
const chartsFileSchema = z.strictObject({ $schema: schemaLink, ...chartSchemas });

const stepSchema = z.strictObject({
	id: id.meta({ description: 'This step’s id: messages and the storyboard name the step by it (e.g. "w-permits").' }),
	chart: chartId,
	state: id.meta({ description: 'The id of a state of that chart, in charts.json: what the chart shows at this step.' }),
	text: richText('The step’s text, shown beside the chart: a few sentences (a warning says when it is too long to read there).')
});

const storyFileSchema = z
	.strictObject({
		$schema: schemaLink,
		headline: words('The headline, at the top of the page and in share cards.'),
		dek: words('The line under the headline, also the page’s description in search results and share cards.'),
		byline: words('Who made the piece.'),
		published: isoDate.meta({
			description: 'The day the piece was first published, YYYY-MM-DD: shown under the headline and in share cards.'
		}),
		updated: isoDate.optional().meta({
			description:
				'The day of the last substantive update, YYYY-MM-DD (optional). Words like "as of September 2025" in the text must name its month (or that of published).'
		}),
		intro: z.array(richText('One paragraph.')).min(1).meta({ description: 'The opening paragraphs, before the first step.' }),
		steps: z.array(stepSchema).min(1).meta({ description: 'The scroll steps, in the order readers meet them.' }),
		outro: z.array(richText('One paragraph.')).meta({ description: 'The closing paragraphs, after the last step.' }),
		disagreements: z
			.array(
				z.strictObject({
					topic: words('What the sources disagree about, as a short heading.'),
					text: richText('How they disagree, in a sentence or two.'),
					figures: z
						.array(figureRef('A figure that disagrees with the others here.'))
						.min(2, 'at least two figures that disagree')
						.meta({ description: 'The figures that disagree, each shown with its source.' })
				})
			)
			.meta({ description: 'Where the estimates disagree: each topic with the figures that differ.' }),
		methods: z.array(richText('One paragraph.')).min(1).meta({ description: '"How we counted": the paragraphs on method.' })
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

