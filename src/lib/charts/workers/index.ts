/** The workers chart as a module: one mark per person (see types.ts for the contract). */
import type { ChartModule, DataRow } from '../types.ts';
import { sourceNumber } from '../../story/model.ts';
import { workersChartState, type WorkersChartState } from './state.ts';

const figureIds = (state: WorkersChartState) =>
	state.groups.flatMap((g) => [g.figureId, g.part?.figureId].filter((id): id is string => id !== undefined));

export const workersChart: ChartModule<WorkersChartState> = {
	state: workersChartState,
	figureIds,
	// One row per figure; a lone mark that says what a mark stands for gets a row of its own.
	dataRows(model, state) {
		const rows: DataRow[] = state.groups
			.filter((g) => !g.figureId)
			.map((g) => ({
				key: `mark-${g.label}`,
				text: String(g.count),
				counts: `what one mark stands for: ${g.label.toLowerCase()}`,
				when: '',
				sourceNumbers: []
			}));
		for (const id of figureIds(state)) {
			const figure = model.figures[id];
			rows.push({ key: id, text: figure.text, counts: figure.counts, when: figure.period, sourceNumbers: [sourceNumber(model, id)] });
		}
		return rows;
	}
};
