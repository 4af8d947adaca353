/**
 * Loads the chart code on demand in the browser. The story's text hydrates without it; the
 * charts follow when the reader nears them (or at once for flat layouts), as their own chunk.
 */
import type { Component } from 'svelte';
import type { ChartId } from '../data/ids';
import type { StoryModel } from '../story/model';

export interface ChartProps {
	model: StoryModel;
	chart: ChartId;
	stateId: string;
	frozen?: boolean;
}

export type ChartComponent = Component<ChartProps>;

let loading: Promise<ChartComponent> | null = null;

export function loadChart(): Promise<ChartComponent> {
	loading ??= import('./Chart.svelte').then((module) => module.default as ChartComponent);
	return loading;
}
