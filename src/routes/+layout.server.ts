import { loadDataset } from '$lib/data/load.server';
import { buildStory } from '$lib/story/build';

/**
 * Validation and parsing happen here, at build time: pages receive the finished story model
 * as data, so neither the schema library nor the text parser ships to readers.
 * `publicUrl` is where the site lives: SITE_URL (optional; share cards want absolute
 * addresses) followed by BASE_PATH.
 */
export function load() {
	return {
		model: buildStory(loadDataset()),
		publicUrl: `${(process.env.SITE_URL ?? '').replace(/\/$/, '')}${process.env.BASE_PATH ?? ''}`
	};
}
