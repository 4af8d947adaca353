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

/** Without idle callbacks, how long after the last scroll the browser counts as quiet. */
const QUIET_AFTER_SCROLL_MS = 300;

/**
 * Runs `work` once the browser has a stretch of at least `needMs` ms with nothing to do: not
 * between the frames of a scroll, but when the reader stops. For work that takes longer than
 * a frame's spare time and is only ever wanted ahead of need. Returns a cancel.
 */
export function whenQuiet(work: () => void, needMs: number): () => void {
	if (typeof window.requestIdleCallback !== 'function') {
		// Safari has no idle callbacks: quiet is then a stretch of QUIET_AFTER_SCROLL_MS with no scrolling.
		let id = setTimeout(run, QUIET_AFTER_SCROLL_MS);
		function run() {
			window.removeEventListener('scroll', wait, true);
			work();
		}
		function wait() {
			clearTimeout(id);
			id = setTimeout(run, QUIET_AFTER_SCROLL_MS);
		}
		window.addEventListener('scroll', wait, { capture: true, passive: true });
		return () => {
			clearTimeout(id);
			window.removeEventListener('scroll', wait, true);
		};
	}
	let id = 0;
	const wait = (deadline: IdleDeadline) => {
		if (deadline.timeRemaining() >= needMs) work();
		else id = requestIdleCallback(wait);
	};
	id = requestIdleCallback(wait);
	return () => cancelIdleCallback(id);
}
