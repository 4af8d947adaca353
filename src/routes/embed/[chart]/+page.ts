import { error } from '@sveltejs/kit';
import { chartIds, type ChartId } from '$lib/data/ids';

/** One embed page per chart, all prerendered. */
export const entries = () => chartIds.map((chart) => ({ chart }));

export function load({ params, data }) {
	if (!(chartIds as readonly string[]).includes(params.chart)) error(404, 'No such chart');
	return { ...data, chart: params.chart as ChartId };
}
