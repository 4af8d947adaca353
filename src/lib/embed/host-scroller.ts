/**
 * Which element scrolls the host's page around an embed, and what part of the window it shows.
 * Newsrooms' pages scroll the window, a wrapper of their own, or a wrapper that clips: the
 * loader follows whichever it is. Part of `/embed.js`.
 */
import type { View } from './placement';

/**
 * The element that scrolls the block (null: the window), and whether an ancestor between
 * them clips or scrolls by itself, which stops `position: sticky` from working.
 */
export function findScroller(block: Element): { scroller: HTMLElement | null; clipped: boolean } {
	let clipped = false;
	const root = document.documentElement;
	for (let node = block.parentElement; node && node !== root; node = node.parentElement) {
		const style = getComputedStyle(node);
		const visible = (o: string) => o === 'visible' || o === 'clip';
		if (visible(style.overflowX) && visible(style.overflowY)) continue;
		// The body's overflow belongs to the window unless the root has its own.
		if (node === document.body && visible(getComputedStyle(root).overflowY)) continue;
		const scrolls = (style.overflowY === 'auto' || style.overflowY === 'scroll') && node.scrollHeight > node.clientHeight + 1;
		if (scrolls) return { scroller: node, clipped };
		clipped = true;
	}
	return { scroller: null, clipped };
}

/** What the scroller shows, in viewport pixels. */
export function viewOf(scroller: HTMLElement | null): View {
	if (!scroller) return { top: 0, height: window.innerHeight };
	const box = scroller.getBoundingClientRect();
	const top = Math.max(0, box.top + scroller.clientTop);
	const bottom = Math.min(window.innerHeight, box.top + scroller.clientTop + scroller.clientHeight);
	return { top, height: Math.max(0, bottom - top) };
}
