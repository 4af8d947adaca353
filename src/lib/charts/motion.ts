/**
 * One place for how chart transitions move, so every chart moves at the same pace and every
 * one jumps straight to its final state when the reader prefers reduced motion.
 */
import { prefersReducedMotion } from 'svelte/motion';

export const TRANSITION_MS = 700;

/**
 * The CSS form of svelte/easing's cubicInOut, the marks' easing. Charts move their SVG and HTML
 * with CSS transitions of `transform` and `opacity`, which the browser runs without script (an
 * HTML element's, on the compositor): a JavaScript tween rewrites attributes on the main thread
 * in every frame, while the reader scrolls.
 */
export const EASING_CSS = 'cubic-bezier(0.65, 0, 0.35, 1)';

/** How long a chart's move takes now: none when motion is reduced or the chart is frozen. */
export function moveMs(frozen: boolean): number {
	return frozen || prefersReducedMotion.current ? 0 : TRANSITION_MS;
}
