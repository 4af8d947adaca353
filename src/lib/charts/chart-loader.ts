/**
 * Loads the chart code on demand in the browser. The story's text hydrates without it; the
 * charts follow when the reader nears them (or at once for flat layouts), as their own chunk.
 */
import type { Component } from 'svelte';
import type { ChartId } from '../data/ids';
import type { StoryModel } from '../story/model';

/** The props every chart view takes. */
export interface ChartViewProps {
	/** The story, with the chart's states and figures. */
	model: StoryModel;
	/** The state to show. */
	stateId: string;
	/** Draw the state at once, without canvas or animation: for no-script readers, flat layouts, print. */
	frozen?: boolean;
}

/** Any chart by id: what `Chart.svelte` takes. */
export interface ChartProps extends ChartViewProps {
	/** Which chart to draw. */
	chart: ChartId;
}

export type ChartComponent = Component<ChartProps>;

let loading: Promise<ChartComponent> | null = null;

export function loadChart(): Promise<ChartComponent> {
	loading ??= import('./Chart.svelte').then((module) => module.default as ChartComponent);
	return loading;
}
