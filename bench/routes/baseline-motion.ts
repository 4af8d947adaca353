/**
 * What the benchmark's two baselines (a canvas path per mark, an SVG rect per mark) share:
 * their props, their colours, and moving every mark each frame from where it is to a new
 * layout, so the only difference measured is how the marks are drawn.
 */
import { markProgress } from '$lib/charts/workers/marks-renderer';
import { fitScale, layoutState, placeMarks } from '$lib/charts/workers/layout';
import { readMarkColourNames } from '$lib/charts/workers/mark-colours';
import { allWorkersStates, workersChartState } from '$lib/charts/workers/state';
import { TRANSITION_MS } from '$lib/charts/motion';
import type { StoryModel } from '$lib/story/model';

export interface BaselineProps {
	/** The (synthetic) story. */
	model: StoryModel;
	/** The state to show. */
	stateId: string;
	/** Marks in the largest state. */
	poolSize: number;
}

/** Every mark's top-left corner in CSS pixels, its tone, and the distance between marks. */
export interface WorkersLayout {
	cell: number;
	positions: Float32Array;
	tones: Uint8Array;
}

/** Where every mark goes in the baseline's state at this size: the piece's own layout, in CSS pixels. */
export function baselineLayout({ model, stateId, poolSize }: BaselineProps, width: number, height: number): WorkersLayout {
	const scale = fitScale(allWorkersStates(model), { width, height }, 1);
	const { positions, tones } = placeMarks(layoutState(workersChartState(model, stateId), scale), poolSize);
	return { cell: scale.pitch, positions, tones };
}

/** The piece's mark colours by tone (1 a group, 2 its highlighted part), read as the piece reads them. */
let colours: readonly string[] | null = null;
export const toneColour = (tone: number) => (colours ??= readMarkColourNames(document.documentElement))[tone === 2 ? 1 : 0];

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
		const t = Math.min(1, (now - begun) / TRANSITION_MS);
		for (let i = 0; i < out.length / 2; i++) {
			const e = markProgress(i, t);
			out[i * 2] = start[i * 2] + (to[i * 2] - start[i * 2]) * e;
			out[i * 2 + 1] = start[i * 2 + 1] + (to[i * 2 + 1] - start[i * 2 + 1]) * e;
		}
		onFrame(out.slice());
		if (t < 1) frame = requestAnimationFrame(tick);
	};
	frame = requestAnimationFrame(tick);
	return () => cancelAnimationFrame(frame);
}
