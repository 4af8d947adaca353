import { loadDataset } from '$lib/data/load.server';
import { buildStory } from '$lib/story/build';

/**
 * Validation and parsing happen here, at build time: pages receive the finished story model
 * as data, so neither the schema library nor the text parser ships to readers.
 * SITE_URL (optional) makes share-card and canonical addresses absolute, as crawlers want.
 */
export function load() {
	return {
		model: buildStory(loadDataset()),
		siteUrl: (process.env.SITE_URL ?? '').replace(/\/$/, '')
	};
}
