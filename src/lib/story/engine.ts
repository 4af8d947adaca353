/**
 * The step engine's pure half: which step is active, given where the steps are on screen,
 * and what every chart shows at that step. The browser half (scroller.svelte.ts) only
 * measures; nothing here is accumulated from scroll events, so a reload half-way down, an
 * anchor jump or a fling always lands on the step at the reading line.
 */
import type { ChartId } from '../charts/registry';
import type { StepModel } from './model';

/**
 * Where the reading line sits, as a share of the viewport's height from its top: a step
 * becomes active when the top of its words reaches it. Below the graphic's band on phones
 * (the graphic takes the upper part of the screen there), so a step's words are always on
 * screen, clear of the chart, when its chart changes. Code and tests read this one value.
 */
export const READING_LINE = 0.7;

/** The top edge of a step's words, in viewport pixels. */
export type StepTop = number;

/**
 * The index of the active step: the last one whose words' top has passed the reading line,
 * or -1 before the first step reaches it. Tops are in document order.
 */
export function activeStepIndex(tops: readonly StepTop[], readingLine: number): number {
	let active = -1;
	for (let i = 0; i < tops.length; i++) {
		if (tops[i] <= readingLine) active = i;
		else break;
	}
	return active;
}

export interface StageState {
	/** The chart in view. */
	chart: ChartId;
	/**
	 * The state of every chart some step shows: the one in view, and where the others rest.
	 * A chart no step shows is not on the stage at all.
	 */
	states: Partial<Record<ChartId, string>>;
}

/**
 * What the sticky graphic shows at a step: the step's own chart in the step's state, and each
 * other chart in the state it last had (or its first state, before the reader reaches it).
 * Before the first step (index -1) the stage shows the first step.
 */
export function stageAt(steps: readonly StepModel[], index: number): StageState {
	const current = steps[Math.max(0, Math.min(index, steps.length - 1))];
	const states: Partial<Record<ChartId, string>> = {};
	// The charts the steps show, in the order they first appear (the chart code is not needed
	// to know them, so the page's first JavaScript carries none of it).
	for (const chart of new Set(steps.map((step) => step.chart))) {
		const first = steps.find((step) => step.chart === chart)!;
		const lastReached = steps.slice(0, current.index + 1).findLast((step) => step.chart === chart);
		states[chart] = (lastReached ?? first).state;
	}
	return { chart: current.chart, states };
}
