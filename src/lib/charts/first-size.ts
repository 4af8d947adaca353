/**
 * A chart view's first appearance: whether it is mounted afresh, the size it draws at before it
 * has measured its box, and telling its host once it is drawn.
 *
 * The size a chart draws at before it has measured its box. Prerendered (and hydrated), the
 * size the HTML was drawn at; a live chart mounted afresh in the browser (the story's stage),
 * nothing: a chart drawn at a guessed size is laid out twice, once at the guess (which reading
 * its box forces at once) and again at its real size, and that doubled layout was the largest
 * part of each chart's first appearance on a phone. A frozen chart (flat layouts, print) keeps
 * the guess: printing lays the page out before a chart could measure itself.
 */
export function firstSize(frozen: boolean, prerendered: { width: number; height: number }): { width: number; height: number } {
	return mountedAfresh() && !frozen ? { width: 0, height: 0 } : prerendered;
}

/** Whether a component is being created in the browser rather than hydrated over prerendered HTML. */
export function mountedAfresh(): boolean {
	// The root layout marks the page once hydration is over: anything created later is a fresh mount.
	return typeof document !== 'undefined' && document.documentElement.dataset.hydrated === 'true';
}

/** `ondrawn`, told at most once however often the returned function is called. */
export function drawnOnce(ondrawn: (() => void) | undefined): () => void {
	let told = false;
	return () => {
		if (told) return;
		told = true;
		ondrawn?.();
	};
}
