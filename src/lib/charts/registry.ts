/**
 * Every chart, by id. Adding a chart: a new folder beside the others, then one line here, one
 * in `Chart.svelte` (its view) and one in `src/lib/server/data/charts.ts` (its part of the
 * data schema); the type checker fails until all three agree. README: "Adding a chart".
 */
import { workersChart } from './workers/index.ts';
import { shiftsChart } from './shifts/index.ts';
import { exchangeChart } from './exchange/index.ts';

export const chartModules = {
	workers: workersChart,
	shifts: shiftsChart,
	exchange: exchangeChart
};

export type ChartId = keyof typeof chartModules;
export const chartIds = Object.keys(chartModules) as ChartId[];
