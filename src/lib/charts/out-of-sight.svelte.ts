/**
 * Building a chart out of sight in short tasks. The story's stage builds its other charts
 * ahead while the reader scrolls; a chart's frame, its view's shell (LayerCake, which reads
 * its box as it mounts) and its drawing each wait for an idle moment of their own, so no one
 * task is long enough to hold up a frame of the scroll. Brought into view, it draws at once.
 */
import { untrack } from 'svelte';
import { whenIdle } from '$lib/idle';

/** How long a step of the build may wait for an idle moment. */
const AT_LATEST_MS = 1000;

/**
 * Whether the next step of a chart's build may run yet: at once for a chart in view, else
 * from the browser's next idle moment. Once true, it stays true. Call during a component's
 * initialisation; `outOfSight` is read reactively.
 */
export function nextIdleStep(outOfSight: () => boolean): { readonly done: boolean } {
	let done = $state(untrack(() => !outOfSight()));
	$effect(() => {
		if (done) return;
		if (!outOfSight()) done = true;
		else return whenIdle(() => (done = true), AT_LATEST_MS);
	});
	return {
		get done() {
			return done;
		}
	};
}
