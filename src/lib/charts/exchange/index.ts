/** The exchange chart as a module: what each side gives (see types.ts for the contract). */
import type { ChartModule } from '../types.ts';
import { exchangeChartState, rowWords, type ExchangeChartState } from './state.ts';

const rowsOf = (state: ExchangeChartState) => state.sections.flatMap((section) => section.rows);

export const exchangeChart: ChartModule<ExchangeChartState> = {
	state: exchangeChartState,
	figureIds: (state) => rowsOf(state).flatMap((row) => row.figureIds),
	// One row per item shown, with who reports it, rather than one per figure.
	dataRows: (model, state) =>
		rowsOf(state).map((row) => ({
			key: row.id,
			text: row.label,
			counts: `${rowWords(row)} (reported by ${row.reportedBy})`,
			when: [...new Set(row.figureIds.map((id) => model.figures[id].period))].join(', '),
			sourceNumbers: row.sourceNumbers
		}))
};
