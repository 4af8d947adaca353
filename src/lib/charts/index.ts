/**
 * Each chart's pure state function, by chart id: the one table the stage, the storyboard and
 * the tests use to ask "what does this chart show at this state?".
 */
import type { ChartId } from '../data/ids';
import type { StoryModel } from '../story/model';
import { workersChartState } from './workers/state';
import { shiftsChartState } from './shifts/state';
import { exchangeChartState } from './exchange/state';

export const chartStateFunctions = {
	workers: workersChartState,
	shifts: shiftsChartState,
	exchange: exchangeChartState
} satisfies Record<ChartId, (model: StoryModel, stateId: string) => { id: string; summary: string }>;

/** The text alternative of a chart at a state: what it shows, with the numbers. */
export function chartSummary(model: StoryModel, chart: ChartId, stateId: string): string {
	return chartStateFunctions[chart](model, stateId).summary;
}
