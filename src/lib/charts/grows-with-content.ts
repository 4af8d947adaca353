/**
 * Charts whose frozen view (no-script figures, flat layouts, print, the storyboard) is as tall
 * as its content: the exchange chart's account in normal flow, which in a fixed box would be
 * scaled down to unreadable words or cut off. A figure holding one takes its height from it;
 * the others draw into the box their figure gives them.
 */
import type { ChartId } from './registry';

const GROWING: ReadonlySet<ChartId> = new Set(['exchange']);

export function growsWithContent(chart: ChartId): boolean {
	return GROWING.has(chart);
}
