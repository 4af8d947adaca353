/** The shifts chart as a module: working days on a clock, and the year (see types.ts for the contract). */
import type { ChartModule } from '../types.ts';
import { shiftsChartState, type ShiftsChartState } from './state.ts';

export const shiftsChart: ChartModule<ShiftsChartState> = {
	state: shiftsChartState,
	figureIds: (state) => state.rows.flatMap((row) => row.figureIds)
};
