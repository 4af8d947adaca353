/**
 * The opening's poster, `opening-light.svg` and `opening-dark.svg`: the first step's chart drawn
 * at build time, shown in its frame on the first screen until the chart code arrives, where
 * that chart has no still of its own (a workers chart has: see StoryGraphic.svelte).
 */
import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/data/load';
import { buildStory } from '$lib/server/story/build';
import { posterSvg } from '$lib/server/share/render';

export const prerender = true;
const schemes = ['light', 'dark'] as const;
export const entries = () => schemes.map((scheme) => ({ scheme }));

export function GET({ params }) {
	const scheme = schemes.find((s) => s === params.scheme);
	if (!scheme) error(404, 'No such scheme');
	return new Response(posterSvg(buildStory(loadDataset()), scheme), { headers: { 'content-type': 'image/svg+xml' } });
}
