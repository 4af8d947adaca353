/**
 * Keeps the story's iframe in view while the reader scrolls through its block. `position:
 * sticky` does it wherever the host allows; where an ancestor clips or scrolls by itself (seen
 * in its style, or in where the iframe ends up), the iframe is pinned instead: at the block's
 * start, fixed in view, or at its end; and where a transformed ancestor breaks `position: fixed`
 * too, placed inside the block at the reader's offset on every frame. Part of `/embed.js`.
 */
import { pinnedPlace, px, type Bars, type View } from './placement';

/** How far (CSS pixels) the iframe may sit from where it should before that way of holding it counts as broken. */
const TOLERANCE = 2;

export interface StoryPin {
	/** Whether the host's styles show an ancestor that clips or scrolls by itself, where sticky cannot hold. */
	setHostClipped: (clipped: boolean) => void;
	/** Puts the iframe where a reader `y` pixels into the story's `storyTravel` should see it. */
	place: (y: number, storyTravel: number, block: DOMRect, view: View, bars: Bars) => void;
}

export function pinStory(iframe: HTMLIFrameElement): StoryPin {
	const style = iframe.style;
	let hostClipped = false;
	/** Sticky was seen not to hold the iframe (an ancestor its styles did not give away): pinned from then on. */
	let stickyBroken = false;
	/** `position: fixed` was seen not to hold either (a transformed ancestor): placed in the block on every frame from then on. */
	let fixedBroken = false;
	const offBy = (stickAt: number) => Math.abs(iframe.getBoundingClientRect().top - stickAt) > TOLERANCE;

	function place(y: number, storyTravel: number, block: DOMRect, view: View, bars: Bars) {
		// Hidden (a tab, an accordion not yet opened), the iframe has no box: where it is says
		// nothing about how it is held, and judged then, sticky would be given up for good.
		if (iframe.getClientRects().length === 0) return;
		const stickAt = view.top + bars.top;
		if (!hostClipped && !stickyBroken) {
			style.position = 'sticky';
			style.top = px(bars.top);
			style.left = '';
			style.width = '100%';
			// Where sticky should hold the iframe, check that it does; if not, pin it instead.
			if (y > 1 && y < storyTravel - 1 && offBy(stickAt)) stickyBroken = true;
			else return;
		}
		const where = pinnedPlace(y, storyTravel);
		if (where === 'fixed' && !fixedBroken) {
			style.position = 'fixed';
			style.top = px(stickAt);
			style.left = px(block.left);
			style.width = px(block.width);
			if (!offBy(stickAt)) return;
			fixedBroken = true;
		}
		style.position = 'absolute';
		style.left = '0';
		style.width = '100%';
		style.top = px(where === 'end' ? storyTravel : where === 'start' ? 0 : y);
	}

	return { setHostClipped: (clipped) => (hostClipped = clipped), place };
}
