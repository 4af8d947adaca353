/**
 * Builds the story model from validated data: text parsed into safe inline trees, figures
 * with their formatted text, sources numbered in the order the reader meets them, and every
 * chart state's words and table. Runs once, at build time; the page receives the result as
 * plain data.
 */
import type { Dataset } from '../data/validate';
import { formatDate, formatFigure, formatFigureWithUnit, formatPeriod } from '../format';
import { parseInline, typographic } from './richtext';
import { chartTexts } from '../../charts';
import { tableRows } from '../../charts/table-rows';
import type { FigureView, SourceView, StepModel, StoryModel } from '../../story/model';

export function buildStory(dataset: Dataset): StoryModel {
	const figures: Record<string, FigureView> = Object.fromEntries(
		dataset.figures.map((figure) => [
			figure.id,
			{
				...figure,
				label: typographic(figure.label),
				counts: typographic(figure.counts),
				...(figure.note !== undefined && { note: typographic(figure.note) }),
				text: formatFigure(figure),
				textWithUnit: formatFigureWithUnit(figure),
				period: formatPeriod(figure.refDate)
			}
		])
	);
	const parse = (text: string) => parseInline(text, (id) => figures[id]?.text);
	const paragraphs = (texts: string[]) => texts.map((text) => parse(text).nodes);

	const steps = dataset.story.steps.map((step, index): StepModel => {
		const parsed = parse(step.text);
		return { id: step.id, index, chart: step.chart, state: step.state, nodes: parsed.nodes, figureIds: parsed.figureIds };
	});
	const numbered = (order: string[]): SourceView[] => {
		const byId = new Map(dataset.sources.map((s) => [s.id, s]));
		return order.map((id, i) => {
			const source = byId.get(id)!;
			return { ...source, number: i + 1, publishedText: formatDate(source.published) };
		});
	};
	const model: StoryModel = {
		headline: typographic(dataset.story.headline),
		dek: typographic(dataset.story.dek),
		byline: dataset.story.byline,
		published: dataset.story.published,
		publishedText: formatDate(dataset.story.published),
		updated: dataset.story.updated,
		updatedText: dataset.story.updated === undefined ? undefined : formatDate(dataset.story.updated),
		intro: paragraphs(dataset.story.intro),
		steps,
		outro: paragraphs(dataset.story.outro),
		methods: paragraphs(dataset.story.methods),
		disagreements: dataset.story.disagreements.map((d) => ({ topic: d.topic, nodes: parse(d.text).nodes, figureIds: d.figures })),
		figures,
		// Numbered in file order for now: the charts are asked what they cite, then renumbered.
		sources: numbered(dataset.sources.map((s) => s.id)),
		// Only prose holds quotes or apostrophes (ids, kinds and units never do): every string gets them curly.
		charts: withTypographicQuotes(dataset.charts),
		chartTexts: {} as StoryModel['chartTexts']
	};

	// Number sources in the order the reader meets them: each step's words, then its chart,
	// then the notes on disagreements, then whatever else a figure cites.
	const firstTexts = chartTexts(model);
	const cited: string[] = [];
	const cite = (sourceId: string) => {
		if (!cited.includes(sourceId)) cited.push(sourceId);
	};
	const sourceIdByNumber = (n: number) => model.sources[n - 1].id;
	for (const step of steps) {
		step.figureIds.forEach((id) => cite(figures[id].source));
		tableRows(model, firstTexts[step.chart][step.state]).forEach((row) => row.sourceNumbers.forEach((n) => cite(sourceIdByNumber(n))));
	}
	for (const d of dataset.story.disagreements) d.figures.forEach((id) => cite(figures[id].source));
	for (const figure of dataset.figures) cite(figure.source);
	for (const charts of Object.values(firstTexts)) {
		for (const text of Object.values(charts))
			tableRows(model, text).forEach((row) => row.sourceNumbers.forEach((n) => cite(sourceIdByNumber(n))));
	}
	// Sources the text cites without a figure (a resolution, a report linked in a step) too.
	for (const source of dataset.sources) cite(source.id);
	model.sources = numbered(cited);
	model.chartTexts = chartTexts(model);
	return model;
}

/** A copy of `value` with every string in it given typographer's quotes. */
function withTypographicQuotes<T>(value: T): T {
	if (typeof value === 'string') return typographic(value) as T;
	if (Array.isArray(value)) return value.map(withTypographicQuotes) as T;
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withTypographicQuotes(v)])) as T;
	return value;
}
