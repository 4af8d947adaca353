/**
 * A chart state's "Show the data" table. Apart from the chart modules (index.ts), so the
 * story's opening, which shows the first chart's frame before the chart code arrives, can
 * build it without them.
 */
import { sourceNumber, type StoryModel } from '../story/model';
import type { ChartText, DataRow } from './types';

/** One row per figure: the default table of a chart state. */
function figureRows(model: StoryModel, figureIds: string[]): DataRow[] {
	return figureIds.map((id) => {
		const figure = model.figures[id];
		return { key: id, text: figure.text, counts: figure.counts, when: figure.period, sourceNumbers: [sourceNumber(model, id)] };
	});
}

/** A state's "Show the data" table: its own rows, or one row per figure it shows. */
export function tableRows(model: StoryModel, text: ChartText): DataRow[] {
	return text.rows ?? figureRows(model, text.figureIds);
}
