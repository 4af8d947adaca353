/** Each chart embed's share card, `share/<chart>.png`, drawn at build time from the data. */
import { error } from '@sveltejs/kit';
import { chartIds } from '$lib/charts/registry';
import { loadDataset } from '$lib/server/data/load';
import { buildStory } from '$lib/server/story/build';
import { renderCard } from '$lib/server/share/render';

export const prerender = true;
export const entries = () => chartIds.map((chart) => ({ chart }));

export function GET({ params }) {
	const chart = chartIds.find((id) => id === params.chart);
	if (!chart) error(404, 'No such chart');
	return new Response(renderCard(buildStory(loadDataset()), chart), { headers: { 'content-type': 'image/png' } });
}
