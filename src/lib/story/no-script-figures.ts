/**
 * The boxes a step's chart is prerendered for in the no-script story, one per screen class.
 *
 * The workers chart draws its marks a device pixel or more apart at the screen's pixel ratio.
 * One drawing scaled to every box beats against the screen's pixels (a moiré of blurred blobs
 * on a desktop) and shrinks its labels to a few pixels, so a chart that draws at the pixel is
 * prerendered once per screen class, each drawing shown on its own screens at its own size.
 *
 * The sizes follow the no-script layout (Scrolly.svelte: a 44rem column less its gutters;
 * StepFigure.svelte: the figure around the drawing). Only the width of a narrow screen varies
 * much, so the narrow drawing is made for a 360 px phone and left at that size on wider ones
 * (shrunk only on narrower ones); the wide one is tall enough that every state's marks stay
 * a pixel apart on a desktop screen at a ratio of 1.
 */
import type { ChartId } from '$lib/charts/registry';
import type { PrerenderBox } from '$lib/charts/types';

export interface NoScriptFigure {
	/** Which screens show it: narrow ones below the no-script column's full width, wide ones from it. */
	screens: 'narrow' | 'wide';
	box: PrerenderBox;
}

/** Charts drawn at the pixel, which need a drawing per screen class. */
const DRAWN_AT_THE_PIXEL: ReadonlySet<ChartId> = new Set(['workers']);

const PER_SCREEN_CLASS: NoScriptFigure[] = [
	{ screens: 'narrow', box: { width: 328, height: 338, ratio: 3 } },
	{ screens: 'wide', box: { width: 656, height: 520, ratio: 1 } }
];

/** The drawings a step's no-script figure carries: one scaled to its box, or one per screen class. */
export function noScriptFigures(chart: ChartId): (NoScriptFigure | null)[] {
	return DRAWN_AT_THE_PIXEL.has(chart) ? PER_SCREEN_CLASS : [null];
}
