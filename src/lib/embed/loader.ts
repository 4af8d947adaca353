/**
 * The host loader, served as `/embed.js` (bundled into one dependency-free file by
 * `$lib/server/bundled-scripts.ts`). For each
 *   <div data-scrolly-embed="https://HOST/BASE/embed/"><iframe …></iframe></div>
 * it puts the story in `scrolly` mode: the iframe fills the host's view between its own bars
 * (`data-offset-top`, `data-offset-bottom`) and stays there while the reader scrolls through a
 * block as tall as the story; the loader posts how far the reader is, and the story scrolls
 * itself to match. It follows whichever element scrolls the page, pins the iframe itself where
 * an ancestor stops `position: sticky`, keeps the reader's place across reloads, back/forward
 * and rotation, upgrades containers added later (or on `scrollyEmbed.scan()`), and gives the
 * host a plain iframe back if the story never answers. Safe to include twice. Messages are
 * accepted only from the embed's own window and origin, and checked by the protocol; none can
 * make this page navigate or insert markup. It also sizes chart iframes marked
 * `data-embed-autosize` to their content.
 */
import { parseChildMessage, parseTheme, viewportMessage } from './protocol';
import { frameHeight, parseBar, parseRemembered, px, scaledHeight, storyOffset, travel, type Bars, type Remembered } from './placement';
import { findScroller, viewOf } from './host-scroller';
import { pinStory } from './pinning';
import { autosize } from './autosize';

/** Filled in when `/embed.js` is built: how many of its own viewports tall the story is, about. */
declare const STORY_HEIGHT_IN_VIEWPORTS: number;

declare global {
	interface Window {
		/** The loader's one global: upgrade containers added to the page since (also done by itself). */
		scrollyEmbed?: { scan: () => void };
	}
}

/** The story must say it is ready this long after its page loads, or at most this long after the upgrade. */
const READY_AFTER_LOAD_MS = 4000;
const READY_AT_MOST_MS = 15000;
/** How long after a reload or a resize the loader may put the reader back in place. */
const RESTORE_MS = 10000;
/** Attributes that must not pass from the host's fallback iframe to the loader's. */
const NOT_COPIED = ['src', 'srcdoc', 'loading', 'style', 'height', 'width', 'scrolling'];

function readRemembered(key: string): Remembered | null {
	try {
		return parseRemembered(sessionStorage.getItem(key));
	} catch {
		return null; // storage blocked
	}
}

function remember(key: string, value: Remembered) {
	try {
		sessionStorage.setItem(key, JSON.stringify(value));
	} catch {
		// storage blocked or full: nothing to keep
	}
}

function navigationType(): string {
	const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
	return entry?.type ?? 'navigate';
}

function upgrade(block: HTMLElement, index: number) {
	if (block.getAttribute('data-scrolly-embed-ready') === '1') return;
	let src: URL;
	try {
		src = new URL(block.getAttribute('data-scrolly-embed') ?? '', location.href);
	} catch {
		return;
	}
	if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
	block.setAttribute('data-scrolly-embed-ready', '1');
	const origin = src.origin;
	src.searchParams.set('mode', 'scrolly');
	const theme = parseTheme(block.getAttribute('data-theme'));
	if (theme) src.searchParams.set('theme', theme);

	// A new element rather than a new `src`: changing the address of a loaded iframe would add
	// a history entry, and the reader's first Back would only undo our upgrade.
	const old = block.querySelector('iframe');
	const iframe = document.createElement('iframe');
	if (old) for (const a of Array.from(old.attributes)) if (!NOT_COPIED.includes(a.name)) iframe.setAttribute(a.name, a.value);
	if (!iframe.title) iframe.title = block.getAttribute('data-title') || 'Interactive story';
	iframe.setAttribute('scrolling', 'no');
	iframe.src = src.href;
	const style = iframe.style;
	style.display = 'block';
	style.width = '100%';
	style.border = '0';
	style.position = 'sticky';
	if (getComputedStyle(block).position === 'static') block.style.position = 'relative';
	// The block's height is the story's: the host's scroll anchoring must not chase it.
	block.style.overflowAnchor = 'none';

	const key = `scrolly-embed ${location.pathname}${location.search} ${index} ${src.href}`;
	const returning = navigationType() !== 'navigate';
	const remembered = readRemembered(key);

	let state: 'loading' | 'ready' | 'fallback' = 'loading';
	let scroller: HTMLElement | null = null;
	const pin = pinStory(iframe);
	let frame = 0;
	let blockHeight = 0;
	/** Whether the story has reported the block's height (else it is reserved). */
	let measured = false;
	let bars: Bars = { top: 0, bottom: 0 };
	let frameH = 0;
	let last = { y: 0, travel: 0, inside: false };
	/** Where to put the reader back, as a share of the story's travel, and until when. */
	let restoreAt: number | null = null;
	let restoreUntil = 0;
	let printing = false;
	let saveTimer = 0;

	function setBlockHeight(height: number) {
		blockHeight = height;
		if (!printing) block.style.height = px(height);
	}

	function measureHost() {
		const found = findScroller(block);
		scroller = found.scroller;
		pin.setHostClipped(found.clipped);
		bars = { top: parseBar(block.getAttribute('data-offset-top')), bottom: parseBar(block.getAttribute('data-offset-bottom')) };
		const h = frameHeight(viewOf(scroller), bars);
		if (h !== frameH) {
			frameH = h;
			style.height = px(h);
		}
	}

	function layout() {
		frame = 0;
		if (state === 'fallback' || printing) return;
		const view = viewOf(scroller);
		const box = block.getBoundingClientRect();
		const storyTravel = travel(blockHeight, frameH);
		const y = storyOffset(box.top, view, bars, blockHeight, frameH);
		pin.place(y, storyTravel, box, view, bars);
		last = { y, travel: storyTravel, inside: box.top < view.top + view.height && box.bottom > view.top + bars.top };
		if (state === 'ready') iframe.contentWindow?.postMessage(viewportMessage(y, frameH, Math.round(box.width)), origin);
		if (measured && !saveTimer) saveTimer = window.setTimeout(save, 300);
	}

	function save() {
		saveTimer = 0;
		if (!measured) return;
		remember(key, { height: blockHeight, frame: frameH, at: last.inside && last.travel > 0 ? last.y / last.travel : null });
	}

	function schedule() {
		if (!frame) frame = requestAnimationFrame(layout);
	}

	/** Scrolls the host so that the story shows offset `y`. */
	function scrollStoryTo(y: number, smooth = false) {
		const view = viewOf(scroller);
		const y0 = Math.min(y, travel(blockHeight, frameH));
		const delta = block.getBoundingClientRect().top - (view.top + bars.top) + y0;
		(scroller ?? window).scrollBy({ top: delta, behavior: smooth ? 'smooth' : 'instant' });
		schedule();
	}

	function restore() {
		if (restoreAt === null) return;
		if (performance.now() > restoreUntil) restoreAt = null;
		else scrollStoryTo(restoreAt * travel(blockHeight, frameH));
	}

	function fallBack() {
		if (state !== 'loading') return;
		state = 'fallback';
		// A plain iframe that scrolls inside itself, no taller than the view; the story
		// (if it ever runs) falls back to the same when no position arrives.
		iframe.removeAttribute('scrolling');
		block.style.height = '';
		style.position = 'static';
		style.height = px(frameH);
	}

	window.addEventListener('message', (event) => {
		if (event.source !== iframe.contentWindow || event.origin !== origin || state === 'fallback') return;
		const message = parseChildMessage(event.data);
		if (!message) return;
		if (message.type === 'ready') {
			state = 'ready';
			schedule();
		} else if (message.type === 'height') {
			if (measured && message.height === blockHeight) return;
			measured = true;
			setBlockHeight(message.height);
			// A taller block may make its container the page's scroller.
			measureHost();
			restore();
			schedule();
		} else if (state === 'ready') {
			restoreAt = null;
			scrollStoryTo(message.y, message.smooth);
		}
	});

	// The reader's own input ends any pending restore: from then on, they lead.
	const stopRestoring = () => (restoreAt = null);
	for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const)
		window.addEventListener(type, stopRestoring, { capture: true, passive: true });

	// Any element's scroll, the window's included, reaches the document in the capture phase.
	document.addEventListener('scroll', schedule, { capture: true, passive: true });
	window.addEventListener('resize', () => {
		// Keep the reader's place: the story's height follows the view's, so its steps move.
		if (restoreAt === null && last.inside && last.travel > 0) {
			restoreAt = last.y / last.travel;
			restoreUntil = performance.now() + RESTORE_MS;
		}
		const before = frameH;
		measureHost();
		if (frameH !== before && before > 0) {
			// Reserve the height the story will have until it reports it.
			setBlockHeight(scaledHeight(blockHeight, before, frameH));
			restore();
		}
		schedule();
	});
	window.addEventListener('pagehide', save);
	window.addEventListener('beforeprint', () => {
		// Printed, the block is the iframe's one page, not a dozen blank ones.
		printing = true;
		block.style.height = 'auto';
		style.position = 'relative';
		style.top = '0';
	});
	window.addEventListener('afterprint', () => {
		printing = false;
		if (state !== 'fallback') setBlockHeight(blockHeight);
		schedule();
	});

	measureHost();
	// Reserve the story's height at once: from the last visit in this tab, else an estimate,
	// so the page does not shift when the story reports it, and a reload's scroll position exists.
	if (remembered) setBlockHeight(scaledHeight(remembered.height, remembered.frame, frameH));
	else setBlockHeight(Math.round(STORY_HEIGHT_IN_VIEWPORTS * frameH));
	measureHost();
	if (returning && remembered?.at != null) {
		restoreAt = remembered.at;
		restoreUntil = performance.now() + RESTORE_MS;
	}

	iframe.addEventListener('load', () => window.setTimeout(fallBack, READY_AFTER_LOAD_MS), { once: true });
	window.setTimeout(fallBack, READY_AT_MOST_MS);
	if (old) old.replaceWith(iframe);
	else block.appendChild(iframe);
	restore();
	schedule();
}

const SELECTOR = '[data-scrolly-embed], iframe[data-embed-autosize]';

function scan() {
	const blocks = document.querySelectorAll<HTMLElement>('[data-scrolly-embed]');
	blocks.forEach((block, index) => upgrade(block, index));
	document.querySelectorAll<HTMLIFrameElement>('iframe[data-embed-autosize]').forEach(autosize);
}

if (!window.scrollyEmbed) {
	window.scrollyEmbed = { scan };
	const start = () => {
		scan();
		// Containers added later (infinite scroll, single-page sites) are upgraded as they arrive.
		new MutationObserver((records) => {
			const added = records.some((r) =>
				Array.from(r.addedNodes).some((n) => n instanceof Element && (n.matches(SELECTOR) || n.querySelector(SELECTOR)))
			);
			if (added) scan();
		}).observe(document.documentElement, { childList: true, subtree: true });
	};
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
}
