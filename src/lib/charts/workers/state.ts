/**
 * What the workers chart shows at a state: groups of marks, one mark per person, each group
 * a sourced figure, optionally with a highlighted part. Pure: (story, state id) → state.
 */
import type { StoryModel } from '../../story/model.ts';
import { sourceNumber } from '../../story/model.ts';
import type { ChartStateBase } from '../types.ts';

export interface MarkGroup {
	figureId: string;
	label: string;
	/** The figure as it reads, with its qualifier: "about 4,000". */
	text: string;
	/** Marks drawn: the figure's value, unrounded. */
	count: number;
	sourceNumber: number;
	part?: Omit<MarkGroup, 'part'>;
}

export interface WorkersChartState extends ChartStateBase {
	groups: MarkGroup[];
	/** Marks drawn in this state. */
	marks: number;
}

function group(model: StoryModel, figureId: string): Omit<MarkGroup, 'part'> {
	const figure = model.figures[figureId];
	return {
		figureId,
		label: figure.label,
		text: figure.text,
		count: figure.value,
		sourceNumber: sourceNumber(model, figureId)
	};
}

/** A label inside a sentence: "work permits after", but "NIS: sent" keeps its acronym. */
const lowerFirst = (label: string) => (/^[A-Z]{2,}\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

export function workersChartState(model: StoryModel, stateId: string): WorkersChartState {
	const state = model.charts.workers.states.find((s) => s.id === stateId);
	if (!state) throw new Error(`The workers chart has no state "${stateId}"`);
	const groups = state.groups.map((g): MarkGroup => ({ ...group(model, g.figure), part: g.part ? group(model, g.part) : undefined }));
	const described = groups.map((g) => {
		const part = g.part ? `, of which ${g.part.text} highlighted (${lowerFirst(g.part.label)})` : '';
		return `${g.label}: ${g.text}${part}`;
	});
	return {
		id: state.id,
		title: model.charts.workers.title,
		groups,
		marks: groups.reduce((sum, g) => sum + g.count, 0),
		summary: `One mark per person. ${described.join('. ')}.`
	};
}

/** The largest number of marks any state draws: the size of the mark pool. */
export function markPoolSize(model: StoryModel): number {
	return Math.max(...model.charts.workers.states.map((s) => workersChartState(model, s.id).marks));
}
