/**
 * A chart state's "Show the data" table. Apart from the chart modules (index.ts), so the
 * story's opening, which shows the first chart's frame before the chart code arrives, can
 * build it without them.
 */
import { sourceNumber, type StoryModel } from '../story/model';
import type { ChartText, DataRow } from './types';
import type { ChartId } from './registry';

/** One row per figure: the default table of a chart state. */
function figureRows(model: StoryModel, figureIds: string[]): DataRow[] {
	return figureIds.map((id) => {
		const figure = model.figures[id];
		return { key: id, text: figure.textWithUnit, counts: figure.counts, when: figure.period, sourceNumbers: [sourceNumber(model, id)] };
	});
}

/** A state's "Show the data" table: its own rows, or one row per figure it shows. */
export function tableRows(model: StoryModel, text: ChartText): DataRow[] {
	return text.rows ?? figureRows(model, text.figureIds);
}

/** The sources a table cites, by number, in order: what a chart's "Sources" line lists. */
export function sourcesCited(rows: DataRow[]): string {
	return [...new Set(rows.flatMap((r) => r.sourceNumbers))].sort((a, b) => a - b).join(', ');
}

/**
 * The longest "Sources" line among a chart's states: a live chart shows its states in one
 * frame, whose caption keeps room for it.
 */
export function longestSourcesLine(model: StoryModel, chart: ChartId): string {
	return Object.values(model.chartTexts[chart])
		.map((state) => sourcesCited(tableRows(model, state)))
		.reduce((longest, line) => (line.length > longest.length ? line : longest), '');
}
