/**
 * The boxes the story prerenders a chart for, where the build cannot know the reader's screen.
 *
 * The workers chart draws its marks a device pixel or more apart at the screen's pixel ratio.
 * One drawing scaled to every box beats against the screen's pixels (a moiré of blurred blobs
 * on a desktop) and shrinks its labels to a few pixels, so it is drawn once per screen class.
 * The sizes follow the story's layouts (Scrolly.svelte, StoryGraphic.svelte, StepFigure.svelte).
 */
import type { ChartId } from '$lib/charts/registry';
import type { PrerenderBox } from '$lib/charts/types';

export interface ScreenClassBox {
	/** Which screens it suits, as the layout that shows it names them. */
	screens: 'narrow' | 'wide';
	box: PrerenderBox;
}

/** Charts drawn at the pixel, which need a drawing per screen class. */
const DRAWN_AT_THE_PIXEL: ReadonlySet<ChartId> = new Set(['workers']);

/**
 * The no-script story's figures, each shown at exactly its size: narrow screens are below the
 * no-script column's full width (44rem), and the narrow drawing is made for a 360 px phone,
 * left at that size on wider ones (shrunk only on narrower ones); the wide one is tall enough
 * that every state's marks stay a pixel apart on a desktop screen at a ratio of 1.
 */
const NO_SCRIPT_FIGURES: ScreenClassBox[] = [
	{ screens: 'narrow', box: { width: 328, height: 338, ratio: 3 } },
	{ screens: 'wide', box: { width: 656, height: 520, ratio: 1 } }
];

/** The drawings a step's no-script figure carries: one scaled to its box, or one per screen class. */
export function noScriptFigures(chart: ChartId): (ScreenClassBox | null)[] {
	return DRAWN_AT_THE_PIXEL.has(chart) ? NO_SCRIPT_FIGURES : [null];
}

/**
 * The opening still's box before scripts measure it, on each of the story's two layouts: its
 * size on a 390×844 phone (ratio 3) and on a 1440×900 desktop (ratio 1), the drawing scaled to
 * the box elsewhere until the page hydrates and the still draws at its real size.
 */
export const OPENING_GUESSES: ScreenClassBox[] = [
	{ screens: 'narrow', box: { width: 358, height: 369, ratio: 3 } },
	{ screens: 'wide', box: { width: 869, height: 780, ratio: 1 } }
];
