/**
 * The size a chart draws at before it has measured its box. Prerendered (and hydrated), the
 * size the HTML was drawn at; a live chart mounted afresh in the browser (the story's stage),
 * nothing: a chart drawn at a guessed size is laid out twice, once at the guess (which reading
 * its box forces at once) and again at its real size, and that doubled layout was the largest
 * part of each chart's first appearance on a phone. A frozen chart (flat layouts, print) keeps
 * the guess: printing lays the page out before a chart could measure itself.
 */
export function firstSize(frozen: boolean, prerendered: { width: number; height: number }): { width: number; height: number } {
	// The root layout marks the page once hydration is over: anything created later is a fresh mount.
	const mountedAfterHydration = typeof document !== 'undefined' && document.documentElement.dataset.hydrated === 'true';
	return mountedAfterHydration && !frozen ? { width: 0, height: 0 } : prerendered;
}
