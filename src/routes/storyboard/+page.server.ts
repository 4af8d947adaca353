import { loadWarnings } from '$lib/server/data/load';
import { formatWarning } from '$lib/server/data/problems';
import type { StoryboardWarning } from './sections';

/** The data's warnings, for the editors' review (built at build time, like the model). */
export function load(): { warnings: StoryboardWarning[] } {
	return { warnings: loadWarnings().map((w) => ({ file: w.file, path: w.path, text: formatWarning(w) })) };
}
