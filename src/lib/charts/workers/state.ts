/**
 * What the workers chart shows at a state: groups of marks, one mark per person, each group
 * a sourced figure, optionally with a highlighted part; or a single mark that says what one
 * mark stands for. Pure: (story, state id) → state.
 */
import type { StoryModel } from '../../story/model.ts';
import type { ChartStateBase } from '../types.ts';

export interface MarkGroup {
	/** The figure drawn, if the group is one (a lone "one person" mark is not). */
	figureId?: string;
	/** What the group counts, as the chart labels it. */
	label: string;
	/** The figure as it reads, with its qualifier: "about 4,000"; empty for a lone mark. */
	text: string;
	/** Marks drawn: the figure's value, unrounded. */
	count: number;
	part?: Omit<MarkGroup, 'part'>;
}

/** What the views draw; the text alternative (`summary`) is the module's (index.ts), written at build time. */
export interface WorkersChartState extends Omit<ChartStateBase, 'summary'> {
	groups: MarkGroup[];
	/** Marks drawn in this state. */
	marks: number;
	/** Seen close up: the camera zooms in on a few marks, each still one person. */
	closeUp: boolean;
}

type GroupConfig = StoryModel['charts']['workers']['states'][number]['groups'][number];

function figureGroup(model: StoryModel, figureId: string, label?: string): Omit<MarkGroup, 'part'> {
	const figure = model.figures[figureId];
	return { figureId, label: label ?? figure.label, text: figure.text, count: figure.value };
}

function markGroup(model: StoryModel, config: GroupConfig): MarkGroup {
	if ('person' in config) return { label: config.person, text: '', count: 1 };
	return {
		...figureGroup(model, config.figure, config.label),
		part: config.part ? figureGroup(model, config.part, config.partLabel) : undefined
	};
}

export function workersChartState(model: StoryModel, stateId: string): WorkersChartState {
	const state = model.charts.workers.states.find((s) => s.id === stateId);
	if (!state) throw new Error(`The workers chart has no state "${stateId}"`);
	const groups = state.groups.map((g) => markGroup(model, g));
	return {
		id: state.id,
		title: state.title ?? model.charts.workers.title,
		groups,
		marks: groups.reduce((sum, g) => sum + g.count, 0),
		closeUp: state.closeUp ?? false
	};
}

/** Every state of the chart: the one scale is fitted to all of them together. */
export function allWorkersStates(model: StoryModel): WorkersChartState[] {
	return model.charts.workers.states.map((s) => workersChartState(model, s.id));
}

/** The largest number of marks any state draws: the size of the mark pool. */
export function markPoolSize(model: StoryModel): number {
	return Math.max(...allWorkersStates(model).map((s) => s.marks));
}
