/**
 * One place for how long chart transitions take, so every chart moves at the same pace and
 * every one jumps straight to its final state when the reader prefers reduced motion.
 */
import { prefersReducedMotion } from 'svelte/motion';
import { cubicInOut } from 'svelte/easing';

export const TRANSITION_MS = 700;

/** Options for a svelte/motion Tween: instant when motion is reduced or the chart is frozen. */
export function tweenOptions(frozen: boolean) {
	return {
		duration: () => (frozen || prefersReducedMotion.current ? 0 : TRANSITION_MS),
		easing: cubicInOut
	};
}
