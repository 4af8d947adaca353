import { loadDataset } from '$lib/server/data/load';
import { buildStory } from '$lib/server/story/build';

/** The piece's own story model, built from `data/` as the piece builds it. */
export function load() {
	return { model: buildStory(loadDataset()) };
}
