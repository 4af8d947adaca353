/**
 * Runs `work` when the browser is next idle (at the latest after `timeout` ms), so that
 * work the reader does not need yet never lengthens a task they wait on. Returns a cancel.
 */
export function whenIdle(work: () => void, timeout: number): () => void {
	if ('requestIdleCallback' in window) {
		const id = requestIdleCallback(work, { timeout });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, Math.min(timeout, 200));
	return () => clearTimeout(id);
}
