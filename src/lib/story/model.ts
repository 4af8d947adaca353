/**
 * The story model: what the page shows, as plain data. `build.ts` makes it from validated
 * data on the server; browser code only reads it, so this module imports no parser.
 */
import type { ChartsFile, Figure, Source } from '../data/schema';
import type { ChartId } from '../data/ids';
import type { Inline } from './inline';

export interface FigureView extends Figure {
	/** The figure as it reads: "about 4,000". */
	text: string;
}

export interface SourceView extends Source {
	/** Its number in the sources list, from 1. */
	number: number;
}

export interface StepModel {
	id: string;
	index: number;
	chart: ChartId;
	state: string;
	nodes: Inline[];
	figureIds: string[];
}

export interface StoryModel {
	headline: string;
	dek: string;
	byline: string;
	/** First published, YYYY-MM-DD. */
	published: string;
	/** Last substantive update, YYYY-MM-DD, if any. */
	updated?: string;
	intro: Inline[][];
	steps: StepModel[];
	outro: Inline[][];
	methods: Inline[][];
	disagreements: { topic: string; nodes: Inline[]; figureIds: string[] }[];
	figures: Record<string, FigureView>;
	sources: SourceView[];
	charts: ChartsFile;
	/** Each exchange item's detail line, parsed. */
	exchangeDetails: Record<string, Inline[]>;
}

/** The source number of a figure, for "[3]"-style references next to chart labels. */
export function sourceNumber(model: StoryModel, figureId: string): number {
	const sourceId = model.figures[figureId].source;
	return model.sources.find((s) => s.id === sourceId)!.number;
}

/**
 * Whether a source's title is our description in [square brackets] (its headline was not
 * recorded) rather than its real headline: descriptions are never shown in quotation marks.
 */
export function isDescribedTitle(title: string): boolean {
	return /^\[.*\]$/s.test(title.trim());
}
