/**
 * Each chart's pure state function, by chart id: the one table the stage, the storyboard and
 * the tests use to ask "what does this chart show at this state?".
 */
import type { ChartId } from '../data/ids';
import type { StoryModel } from '../story/model';
import { workersChartState } from './workers/state';
import { shiftsChartState } from './shifts/state';
import { exchangeChartState } from './exchange/state';
import { plainText, type Inline } from '../story/inline';

export const chartStateFunctions = {
	workers: workersChartState,
	shifts: shiftsChartState,
	exchange: exchangeChartState
} satisfies Record<ChartId, (model: StoryModel, stateId: string) => { id: string; summary: string }>;

/** The text alternative of a chart at a state: what it shows, with the numbers. */
export function chartSummary(model: StoryModel, chart: ChartId, stateId: string): string {
	return chartStateFunctions[chart](model, stateId).summary;
}

function figuresIn(nodes: Inline[]): string[] {
	return nodes.flatMap((node) => (node.type === 'figure' ? [node.id] : 'children' in node ? figuresIn(node.children) : []));
}

/** The ids of every figure a chart shows at a state, for the storyboard's review. */
export function chartFigureIds(model: StoryModel, chart: ChartId, stateId: string): string[] {
	if (chart === 'workers') {
		return workersChartState(model, stateId).groups.flatMap((g) => [g.figureId, ...(g.part ? [g.part.figureId] : [])]);
	}
	if (chart === 'shifts') {
		const byRow = { legal: ['legal-day', 'legal-week'], reported: ['shift-start', 'shift-end', 'hours-a-day', 'days-off'] };
		return shiftsChartState(model, stateId).rows.flatMap((row) => byRow[row.id]);
	}
	return exchangeChartState(model, stateId)
		.rows.filter((row) => row.visible)
		.flatMap((row) => [...figuresIn(row.detail), ...(row.bars?.map((b) => b.figureId) ?? [])]);
}

export interface DataRow {
	key: string;
	/** The figure as it reads, or what flows (exchange chart). */
	text: string;
	/** What it counts, or the detail of what flows. */
	counts: string;
	refDate: string;
	sourceNumbers: number[];
}

/** What a chart state shows, as rows for its "Show the data" table. */
export function chartDataRows(model: StoryModel, chart: ChartId, stateId: string): DataRow[] {
	if (chart === 'exchange') {
		return exchangeChartState(model, stateId)
			.rows.filter((row) => row.visible)
			.map((row) => ({ key: row.id, text: row.label, counts: plainText(row.detail), refDate: '', sourceNumbers: row.sourceNumbers }));
	}
	return [...new Set(chartFigureIds(model, chart, stateId))].map((id) => {
		const figure = model.figures[id];
		return {
			key: id,
			text: figure.text,
			counts: figure.counts,
			refDate: figure.refDate,
			sourceNumbers: [model.sources.find((s) => s.id === figure.source)!.number]
		};
	});
}
