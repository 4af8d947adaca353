import { base } from '$app/paths';
import { loadDataset } from '$lib/server/data/load';
import { buildStory } from '$lib/server/story/build';

/**
 * Validation and parsing happen here, at build time: pages receive the finished story model
 * as data, so neither the schema library nor the text parser ships to readers.
 * `publicUrl` is where the site lives: SITE_URL (optional; share cards want absolute
 * addresses) followed by the base path.
 */
export function load() {
	return {
		model: buildStory(loadDataset()),
		publicUrl: `${(process.env.SITE_URL ?? '').replace(/\/$/, '')}${base}`
	};
}
