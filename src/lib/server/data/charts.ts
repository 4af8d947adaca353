/**
 * Each chart's part of the data schema, by chart id: the server half of the chart registry
 * (`src/lib/charts/registry.ts` is the browser half; the type checker keeps the two in step).
 */
import type { ChartId } from '../../charts/registry.ts';
import { workersConfig } from '../../charts/workers/config.server.ts';
import { shiftsConfig } from '../../charts/shifts/config.server.ts';
import { exchangeConfig } from '../../charts/exchange/config.server.ts';

export const chartConfigs = {
	workers: workersConfig,
	shifts: shiftsConfig,
	exchange: exchangeConfig
} satisfies Record<ChartId, { schema: unknown; references: unknown }>;
