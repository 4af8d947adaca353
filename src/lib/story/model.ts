/**
 * The story model: what the page shows, as plain data. `build.ts` makes it from validated
 * data on the server; browser code only reads it, so this module imports no parser. Dates and
 * figures come already written for readers, so pages need no date or number formatting of
 * their own (see format.ts).
 */
import type { ChartsFile, Figure, Source } from '../server/data/schema';
import type { ChartId } from '../charts/registry';
import type { ChartText } from '../charts/types';
import type { Inline } from './inline';

export interface FigureView extends Figure {
	/** The figure as it reads: "about 4,000". */
	text: string;
	/** With its unit, for tables: "24 months", "US$800 a month"; people and times as `text`. */
	textWithUnit: string;
	/** The period it refers to as readers write it: "October 2024", "2017–2019". */
	period: string;
}

export interface SourceView extends Source {
	/** Its number in the sources list, from 1. */
	number: number;
	/** When it was published, as readers write it: "12 August 2025", or "date not shown". */
	publishedText: string;
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
	/** `published` as readers write it: "1 December 2026". */
	publishedText: string;
	/** Last substantive update, YYYY-MM-DD, if any. */
	updated?: string;
	/** `updated` as readers write it. */
	updatedText?: string;
	intro: Inline[][];
	steps: StepModel[];
	outro: Inline[][];
	methods: Inline[][];
	disagreements: { topic: string; nodes: Inline[]; figureIds: string[] }[];
	figures: Record<string, FigureView>;
	sources: SourceView[];
	charts: ChartsFile;
	/** Every chart state's title, text alternative and table, worked out at build time. */
	chartTexts: Record<ChartId, Record<string, ChartText>>;
}

/** A source's number in the sources list, for "[3]"-style references. */
export function sourceNumberOf(model: StoryModel, sourceId: string): number {
	const source = model.sources.find((s) => s.id === sourceId);
	if (!source) throw new Error(`No source "${sourceId}" in the story`);
	return source.number;
}

/** The source number of a figure. */
export function sourceNumber(model: StoryModel, figureId: string): number {
	return sourceNumberOf(model, model.figures[figureId].source);
}

/**
 * Whether a source's title is our description in [square brackets] (its headline was not
 * recorded) rather than its real headline: descriptions are never shown in quotation marks.
 */
export function isDescribedTitle(title: string): boolean {
	return /^\[.*\]$/s.test(title.trim());
}
