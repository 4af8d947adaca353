/**
 * `embed.js` at the site's root (under the base path): the host-side loader newsrooms include,
 * bundled from `src/lib/embed/loader.ts` into one dependency-free file and prerendered.
 */
import loader from '$lib/embed/loader.ts?script';
import { buildStory } from '$lib/server/story/build';
import { loadDataset } from '$lib/server/data/load';

export const prerender = true;

/** The story's height in its own viewports, about: 70 % before the first step, one per step, 45 % after the last, and its header. */
function storyHeightInViewports(): number {
	const steps = buildStory(loadDataset()).steps.length;
	return steps + 0.7 + 0.45 + 0.25;
}

export function GET() {
	const script = loader.replaceAll('STORY_HEIGHT_IN_VIEWPORTS', String(storyHeightInViewports()));
	return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
