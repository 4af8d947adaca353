/**
 * The embedded story's half of `scrolly` mode: the host's loader posts its scroll position;
 * the story scrolls itself to match, so its sticky graphic and step engine work unchanged.
 * Keyboard focus on something the reader cannot see asks the host to scroll there. With no
 * viewport message within `FALLBACK_MS`, the story scrolls inside the iframe (`fixed`).
 */
import { hostOrigin as expectedHostOrigin, parseViewportMessage, readyMessage, scrollToMessage } from './protocol';

export const FALLBACK_MS = 2000;

export interface ScrollyChildOptions {
	/** Called after each scroll to the host's position, to measure steps at once. */
	onscroll: () => void;
	/** Called if the host never answers: the embed then behaves as `fixed`. */
	onfallback: () => void;
}

export function startScrollyChild({ onscroll, onfallback }: ScrollyChildOptions): () => void {
	const root = document.documentElement;
	root.classList.add('embed-scrolly');
	// Where the embedding page is, when the browser tells us (ancestorOrigins, referrer).
	const known = expectedHostOrigin(new URL(location.href), [...(location.ancestorOrigins ?? [])], document.referrer);
	let hostOrigin: string | null = known === '*' ? null : known;
	let answered = false;
	let hostY = 0;
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
	};

	const onFocus = (event: FocusEvent) => {
		if (!hostOrigin || !(event.target instanceof Element)) return;
		// Where the element is in the story, against what the host shows (the browser may
		// already have scrolled this document to it, out of step with the host).
		const box = event.target.getBoundingClientRect();
		const top = box.top + window.scrollY;
		if (top >= hostY && top + box.height <= hostY + window.innerHeight) return;
		window.parent.postMessage(scrollToMessage(top - window.innerHeight * 0.4), hostOrigin);
	};

	window.addEventListener('message', onMessage);
	document.addEventListener('focusin', onFocus);
	// Where the host's origin is unknown, `ready` (which carries nothing) goes to any origin.
	window.parent.postMessage(readyMessage(), hostOrigin ?? '*');
	return () => {
		window.clearTimeout(fallback);
		window.removeEventListener('message', onMessage);
		document.removeEventListener('focusin', onFocus);
		root.classList.remove('embed-scrolly');
	};
}
