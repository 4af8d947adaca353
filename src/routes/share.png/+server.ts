/**
 * The story's share card, drawn at build time from the data and prerendered as `share.png`
 * (so an edited headline or figure changes the card at the next build).
 */
import { loadDataset } from '$lib/server/data/load';
import { buildStory } from '$lib/server/story/build';
import { renderCard } from '$lib/server/share/render';

export const prerender = true;

export function GET() {
	return new Response(renderCard(buildStory(loadDataset()), 'story'), { headers: { 'content-type': 'image/png' } });
}
