/**
 * Where a chart's "Sources" line points: the story page's own list, or, on pages without it
 * (embeds, the storyboard), the story's list on its own page. A typed context, set once by
 * such a page.
 */
import { createContext } from 'svelte';
import { base } from '$app/paths';

const [getHref, setHref, hasHref] = createContext<string>();

export const sourcesHref = {
	/** The address of the sources list, as seen from this page. */
	get: (): string => (hasHref() ? getHref() : '#sources'),
	/** Call on a page that is not the story: charts then cite the story's list. */
	pointAtStory: (): string => setHref(`${base}/#sources`)
};
