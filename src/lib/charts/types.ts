/**
 * What every chart module provides, whatever it draws. A chart is a folder under
 * `src/lib/charts/` holding its part of the data schema (`config.server.ts`), its pure state
 * function and table rows (`index.ts`) and its views; `registry.ts` lists the charts.
 */
import type { Component } from 'svelte';
import type { StoryModel } from '../story/model';

/** What every chart state carries: enough for its title, text alternative and table. */
export interface ChartStateBase {
	id: string;
	/** The chart's title in this state (a state may retitle the chart). */
	title: string;
	/** What the chart shows, in words and every number: the text alternative. */
	summary: string;
	/** How many marks the state draws, for charts that draw one mark per thing counted. */
	marks?: number;
}

/** One row of a state's "Show the data" table. */
export interface DataRow {
	key: string;
	/** The figure as it reads, or what the row shows. */
	text: string;
	/** What it counts, or the detail of what the row shows. */
	counts: string;
	/** The period it refers to, as readers write it. */
	when: string;
	sourceNumbers: number[];
}

/** A state's words and numbers, worked out at build time: they stay even if drawing fails. */
export interface ChartText extends ChartStateBase {
	/**
	 * The state's table, where it is not one row per figure. Otherwise `tableRows` builds it
	 * from `figureIds` and the story's figures, so pages do not carry each figure twice.
	 */
	rows?: DataRow[];
	/** Every figure the state shows, by id. */
	figureIds: string[];
}

export interface ChartModule<State extends ChartStateBase = ChartStateBase> {
	/**
	 * What the chart shows at a state: a pure function of the story. Throws on a state the
	 * chart does not have (validation makes that impossible for the story's own steps).
	 */
	state(model: StoryModel, stateId: string): State;
	/** The figures a state shows, by id: its data table and the storyboard list them. */
	figureIds(state: State): string[];
	/** The state's table rows, where they are not simply its figures (one row each). */
	dataRows?(model: StoryModel, state: State): DataRow[];
}

/** The props every chart view takes. */
export interface ChartViewProps {
	/** The story, with the chart's states and figures. */
	model: StoryModel;
	/** The state to show. */
	stateId: string;
	/** Draw the state at once, without canvas or animation: for no-script readers, flat layouts, print. */
	frozen?: boolean;
	/** Called once, when the view's first state is on screen (a canvas: once its first frame is painted). */
	ondrawn?: () => void;
	/**
	 * Built out of sight (the stage's other charts): the frame comes first and the drawing at
	 * the next idle moment, and work the drawing can put off waits for idle time, so none of it
	 * makes a task long enough to hold up the reader's scroll.
	 */
	background?: boolean;
	/**
	 * For prerendered HTML that is never hydrated (no-script figures): the box the chart is drawn
	 * for, shown at exactly that size rather than scaled to its box. Charts that scale cleanly ignore it.
	 */
	prerenderBox?: PrerenderBox;
	/**
	 * Where the chart may keep to its drawing's height (the story's stage): called with the room
	 * its drawing needs at its width, or with null where it takes all the room it is given.
	 * Charts that always fill their box never call it.
	 */
	onheightneeded?: (room: DrawingRoom | null) => void;
	/**
	 * Called with how much of its box, at the bottom, the drawing leaves empty in this state (an
	 * account shorter than the box kept for the longest): the caption moves up under the
	 * drawing, and the room goes below the caption. Drawings that fill their box never call it.
	 */
	onunusedbelow?: (px: number) => void;
}

/** The height, in CSS pixels, a chart's drawing needs for its state, and for its tallest state. */
export interface DrawingRoom {
	height: number;
	tallest: number;
}

/** A box a chart is prerendered for, in CSS pixels, and the screens' pixel ratio it is drawn at. */
export interface PrerenderBox {
	width: number;
	height: number;
	ratio: number;
}

export type ChartView = Component<ChartViewProps>;
