/** The workers chart as a module: one mark per person (see types.ts for the contract). */
import type { ChartModule, ChartStateBase, DataRow } from '../types.ts';
import { sourceNumber, type StoryModel } from '../../story/model.ts';
import { formatCount } from '../../format.ts';
import { workersChartState, type WorkersChartState } from './state.ts';

/** A label inside a sentence: "work permits after", but "NIS: sent" keeps its acronym. */
const lowerFirst = (label: string) => (/^[A-Z]{2,}\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

/**
 * A state with its text alternative: every number it draws, in words. Apart from the state the
 * views draw, so the story's opening, which draws the first state before the chart code
 * arrives, carries no number formatting.
 */
function describedState(model: StoryModel, stateId: string): WorkersChartState & Pick<ChartStateBase, 'summary'> {
	const state = workersChartState(model, stateId);
	const described = state.groups.map((g) => {
		if (!g.figureId) return g.label;
		const part = g.part ? `, of which ${g.part.text} highlighted (${lowerFirst(g.part.label)})` : '';
		return `${g.label}: ${g.text}${part}`;
	});
	const { marks, closeUp } = state;
	return {
		...state,
		summary: `One mark per person, ${formatCount(marks)} ${marks === 1 ? 'mark' : 'marks'}${closeUp ? ', seen close up' : ''}. ${described.join('. ')}.`
	};
}

const figureIds = (state: WorkersChartState) =>
	state.groups.flatMap((g) => [g.figureId, g.part?.figureId].filter((id): id is string => id !== undefined));

export const workersChart: ChartModule<WorkersChartState & Pick<ChartStateBase, 'summary'>> = {
	state: describedState,
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
