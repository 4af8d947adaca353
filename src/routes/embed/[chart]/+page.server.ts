import { error } from '@sveltejs/kit';
import { chartIds } from '$lib/data/ids';
import { shareCard } from '$lib/share/cards';

/** Each chart embed's share card: its image is drawn at build time by `/share/<chart>.png`. */
export async function load({ params, parent }) {
	const chart = chartIds.find((id) => id === params.chart);
	if (!chart) error(404, 'No such chart');
	const { model } = await parent();
	return { share: shareCard(model, chart) };
}
