import { loadDataset } from '$lib/data/load.server';
import { buildStory } from '$lib/story/build';

/** The piece's own story model, built from `data/` as the piece builds it. */
export function load() {
	return { model: buildStory(loadDataset()) };
}
