/**
 * The embedded story's half of `scrolly` mode: the host's loader posts its scroll position;
 * the story scrolls itself to match, so its sticky graphic and step engine work unchanged.
 * Keyboard focus on something the reader cannot see asks the host to scroll there, and keys
 * that scroll a page (Space and Shift+Space, which Chromium does not pass on from a frame that
 * cannot scroll) ask the host to scroll as its own page would. With no viewport message within
 * `FALLBACK_MS`, the story scrolls inside the iframe (`fixed`).
 */
import { hostOrigin as expectedHostOrigin, parseViewportMessage, readyMessage, scrollToMessage } from './protocol';

const FALLBACK_MS = 2000;

export interface ScrollyChildOptions {
	/** Called after each scroll to the host's position, to measure steps at once. */
	onscroll: () => void;
	/** Called if the host never answers: the embed then behaves as `fixed`. */
	onfallback: () => void;
	/** Called when the host's view changes size: the story's height changes with it, so report it now (the browser may be throttling this frame's own observers). */
	onresize: () => void;
}

/** How far Space pages, as a share of the view: Chromium's own page step. */
const PAGE_STEP = 0.875;

/** Whether a key on this element is the element's own (typing, pressing a button), not a page scroll. */
const ownsKeys = (el: EventTarget | null) =>
	el instanceof Element &&
	!!el.closest('input, textarea, select, button, summary, [contenteditable]:not([contenteditable="false"]), [role="button"]');

export function startScrollyChild({ onscroll, onfallback, onresize }: ScrollyChildOptions): () => void {
	const root = document.documentElement;
	root.classList.add('embed-scrolly');
	// Where the embedding page is, when the browser tells us (ancestorOrigins, referrer).
	const known = expectedHostOrigin(new URL(location.href), [...(location.ancestorOrigins ?? [])], document.referrer);
	let hostOrigin: string | null = known === '*' ? null : known;
	let answered = false;
	let hostY = 0;
	let hostVh = 0;
	const fallback = window.setTimeout(() => {
		if (answered) return;
		root.classList.remove('embed-scrolly');
		onfallback();
	}, FALLBACK_MS);

	const onMessage = (event: MessageEvent) => {
		// Only the window that embeds us, and once it has answered, only from its origin.
		if (event.source !== window.parent || (hostOrigin !== null && event.origin !== hostOrigin)) return;
		const message = parseViewportMessage(event.data);
		if (!message) return;
		hostOrigin ??= event.origin;
		answered = true;
		hostY = message.y;
		window.scrollTo(0, message.y);
		onscroll();
		if (message.vh !== hostVh) {
			const first = hostVh === 0;
			hostVh = message.vh;
			if (!first) onresize();
		}
	};

	const onFocus = (event: FocusEvent) => {
		if (!hostOrigin || !(event.target instanceof Element)) return;
		// Where the element is in the story, against what the host shows (the browser may
		// already have scrolled this document to it, out of step with the host).
		const box = event.target.getBoundingClientRect();
		const top = box.top + window.scrollY;
		// What the sticky graphic covers above a link in the words is its scroll margin
		// (Scrolly.svelte): under the graphic is not in sight.
		const covered = parseFloat(getComputedStyle(event.target).scrollMarginTop) || 0;
		const inSight = top >= hostY + covered && top + box.height <= hostY + window.innerHeight;
		if (!inSight) window.parent.postMessage(scrollToMessage(top - Math.max(covered, window.innerHeight * 0.4)), hostOrigin);
		// Focus can scroll this document by itself, just after this event: the host's position
		// is the story's, so put it back (a scroll asked of the host above arrives as its own
		// position).
		requestAnimationFrame(() => {
			if (Math.abs(window.scrollY - hostY) >= 1) window.scrollTo(0, hostY);
		});
	};

	const onKey = (event: KeyboardEvent) => {
		if (!hostOrigin || !answered || event.defaultPrevented || event.key !== ' ' || event.ctrlKey || event.metaKey || event.altKey) return;
		if (ownsKeys(event.target)) return;
		event.preventDefault();
		const step = window.innerHeight * PAGE_STEP * (event.shiftKey ? -1 : 1);
		window.parent.postMessage(scrollToMessage(hostY + step, true), hostOrigin);
	};

	window.addEventListener('message', onMessage);
	document.addEventListener('focusin', onFocus);
	document.addEventListener('keydown', onKey);
	// Where the host's origin is unknown, `ready` (which carries nothing) goes to any origin.
	window.parent.postMessage(readyMessage(), hostOrigin ?? '*');
	return () => {
		window.clearTimeout(fallback);
		window.removeEventListener('message', onMessage);
		document.removeEventListener('focusin', onFocus);
		document.removeEventListener('keydown', onKey);
		root.classList.remove('embed-scrolly');
	};
}
