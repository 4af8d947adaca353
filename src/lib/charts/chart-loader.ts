/**
 * Loads the chart code on demand in the browser. The story's text hydrates without it; the
 * charts follow when the reader nears them (or at once for flat layouts), as their own chunk.
 */
import type { Component } from 'svelte';
import type { ChartId } from './registry';
import type { ChartViewProps } from './types';

/** Any chart by id: what `Chart.svelte` takes. */
export interface ChartProps extends ChartViewProps {
	/** Which chart to draw. */
	chart: ChartId;
	/**
	 * In a box taller than the chart's drawing needs, the chart keeps to its drawing's height
	 * and is centred in the box (the story's stage), rather than leaving the box's lower part empty.
	 */
	keepToDrawing?: boolean;
}

export type ChartComponent = Component<ChartProps>;

let loading: Promise<ChartComponent> | null = null;

export function loadChart(): Promise<ChartComponent> {
	loading ??= import('./Chart.svelte').then((module) => module.default as ChartComponent);
	return loading;
}
