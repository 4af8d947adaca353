/** The workers chart as a module: one mark per person (see types.ts for the contract). */
import type { ChartModule } from '../types.ts';
import { workersChartState, type WorkersChartState } from './state.ts';

export const workersChart: ChartModule<WorkersChartState> = {
	state: workersChartState,
	figureIds: (state) => state.groups.flatMap((g) => [g.figureId, g.part?.figureId].filter((id): id is string => id !== undefined))
};
