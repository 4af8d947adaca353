/** The exchange chart as a module: what flows each way (see types.ts for the contract). */
import type { ChartModule } from '../types.ts';
import { plainText, type Inline } from '../../story/inline.ts';
import { exchangeChartState, type ExchangeChartState } from './state.ts';

function figuresIn(nodes: Inline[]): string[] {
	return nodes.flatMap((node) => (node.type === 'figure' ? [node.id] : 'children' in node ? figuresIn(node.children) : []));
}

export const exchangeChart: ChartModule<ExchangeChartState> = {
	state: exchangeChartState,
	figureIds: (state) =>
		state.rows.filter((row) => row.visible).flatMap((row) => [...figuresIn(row.detail), ...(row.bars?.map((b) => b.figureId) ?? [])]),
	// One row per flow shown, with its detail line, rather than one per figure.
	dataRows: (_model, state) =>
		state.rows
			.filter((row) => row.visible)
			.map((row) => ({ key: row.id, text: row.label, counts: plainText(row.detail), refDate: '', sourceNumbers: row.sourceNumbers }))
};
