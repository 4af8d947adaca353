import { error } from '@sveltejs/kit';
import { chartIds, type ChartId } from '$lib/charts/registry';

/** One embed page per chart, all prerendered. */
export const entries = () => chartIds.map((chart) => ({ chart }));

export function load({ params }) {
	if (!(chartIds as readonly string[]).includes(params.chart)) error(404, 'No such chart');
	return { chart: params.chart as ChartId };
}
