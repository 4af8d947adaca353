/**
 * Builds the story model from validated data: text parsed into safe inline trees, figures
 * with their formatted text, sources numbered in the order the reader meets them. Runs once,
 * at build time; the page receives the result as plain data.
 */
import type { Dataset } from '../data/validate';
import { formatFigure } from '../format';
import { parseInline } from './richtext';
import type { FigureView, SourceView, StepModel, StoryModel } from './model';

export function buildStory(dataset: Dataset): StoryModel {
	const figures: Record<string, FigureView> = Object.fromEntries(
		dataset.figures.map((figure) => [figure.id, { ...figure, text: formatFigure(figure) }])
	);
	const parse = (text: string) => parseInline(text, (id) => figures[id]?.text);
	const paragraphs = (texts: string[]) => texts.map((text) => parse(text).nodes);

	const steps = dataset.story.steps.map((step, index): StepModel => {
		const parsed = parse(step.text);
		return { id: step.id, index, chart: step.chart, state: step.state, nodes: parsed.nodes, figureIds: parsed.figureIds };
	});

	// Number sources in the order the reader meets them: steps, charts, then the notes.
	const cited: string[] = [];
	const cite = (sourceId: string) => {
		if (!cited.includes(sourceId)) cited.push(sourceId);
	};
	for (const step of steps) step.figureIds.forEach((id) => cite(figures[id].source));
	for (const state of dataset.charts.workers.states) {
		for (const group of state.groups) [group.figure, group.part].forEach((id) => id && cite(figures[id].source));
	}
	for (const item of dataset.charts.exchange.items) item.sources.forEach(cite);
	for (const d of dataset.story.disagreements) d.figures.forEach((id) => cite(figures[id].source));
	for (const figure of dataset.figures) cite(figure.source);
	const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
	const sources = cited.map((id, i): SourceView => ({ ...sourceById.get(id)!, number: i + 1 }));

	return {
		headline: dataset.story.headline,
		dek: dataset.story.dek,
		byline: dataset.story.byline,
		intro: paragraphs(dataset.story.intro),
		steps,
		outro: paragraphs(dataset.story.outro),
		methods: paragraphs(dataset.story.methods),
		disagreements: dataset.story.disagreements.map((d) => ({ topic: d.topic, nodes: parse(d.text).nodes, figureIds: d.figures })),
		figures,
		sources,
		charts: dataset.charts,
		exchangeDetails: Object.fromEntries(dataset.charts.exchange.items.map((item) => [item.id, parse(item.detail).nodes]))
	};
}
