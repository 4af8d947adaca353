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

/**
 * Runs `work` once the browser has a stretch of at least `needMs` ms with nothing to do: not
 * between the frames of a scroll, but when the reader stops. For work that takes longer than
 * a frame's spare time and is only ever wanted ahead of need. Returns a cancel.
 */
export function whenQuiet(work: () => void, needMs: number): () => void {
	if (!('requestIdleCallback' in window)) {
		const id = setTimeout(work, 200);
		return () => clearTimeout(id);
	}
	let id = 0;
	const wait = (deadline: IdleDeadline) => {
		if (deadline.timeRemaining() >= needMs) work();
		else id = requestIdleCallback(wait);
	};
	id = requestIdleCallback(wait);
	return () => cancelIdleCallback(id);
}
