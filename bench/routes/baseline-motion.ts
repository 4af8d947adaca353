/**
 * What the benchmark's two baselines (a canvas path per mark, an SVG rect per mark) share:
 * their props, their colours, and moving every mark each frame from where it is to a new
 * layout, so the only difference measured is how the marks are drawn.
 */
import { DURATION_MS, interpolatePositions } from '$lib/charts/workers/marks-renderer';
import { layoutWorkers, type WorkersLayout } from '$lib/charts/workers/layout';
import { workersChartState } from '$lib/charts/workers/state';
import type { StoryModel } from '$lib/story/model';

export interface BaselineProps {
	/** The (synthetic) story. */
	model: StoryModel;
	/** The state to show. */
	stateId: string;
	/** Marks in the largest state. */
	poolSize: number;
}

/** Where every mark goes in the baseline's state at this size: the piece's own layout. */
export function baselineLayout({ model, stateId, poolSize }: BaselineProps, width: number, height: number): WorkersLayout {
	return layoutWorkers(workersChartState(model, stateId).groups, { width, height }, poolSize);
}

/** The piece's light-scheme mark colours, by tone (1 a group, 2 its highlighted part). */
export const toneColour = (tone: number) => (tone === 2 ? '#a8390a' : '#7f8993');

/**
 * Animates from `from` (or straight to `to` when the sizes differ) and calls `onFrame` with a
 * fresh copy of the positions every frame. Returns a function that stops it.
 */
export function animateMarks(from: Float32Array, to: Float32Array, onFrame: (positions: Float32Array) => void): () => void {
	const start = from.length === to.length ? from : to;
	const out = new Float32Array(to.length);
	const begun = performance.now();
	let frame = 0;
	const tick = (now: number) => {
		const t = Math.min(1, (now - begun) / DURATION_MS);
		interpolatePositions(start, to, t, out);
		onFrame(out.slice());
		if (t < 1) frame = requestAnimationFrame(tick);
	};
	frame = requestAnimationFrame(tick);
	return () => cancelAnimationFrame(frame);
}
