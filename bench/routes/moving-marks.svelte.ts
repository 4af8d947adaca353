/**
 * What both baselines draw each frame: every mark's position and tone, moving from where the
 * marks are to each new layout as it arrives (one animation, so only the drawing differs).
 */
import { untrack } from 'svelte';
import { animateMarks } from './baseline-motion';
import type { WorkersLayout } from './baseline-motion';

export class MovingMarks {
	positions = $state.raw<Float32Array>(new Float32Array(0));
	tones = $state.raw<Uint8Array>(new Uint8Array(0));
	cell = $state(1);

	/** Call while a component initialises: it follows `layout()` for the component's life. */
	constructor(layout: () => WorkersLayout) {
		$effect(() => {
			const target = layout();
			return animateMarks(
				untrack(() => this.positions),
				target.positions,
				(next) => {
					this.positions = next;
					this.tones = target.tones;
					this.cell = target.cell;
				}
			);
		});
	}
}
