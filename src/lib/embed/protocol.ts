/**
 * The embed message protocol, both directions, as pure functions: which mode and theme an
 * embed runs in, what a valid message looks like, and where a message may be sent. Every
 * message from outside is checked here before anything acts on it; anything malformed is
 * ignored. Both the embed pages and the host loader (`loader.ts`, bundled into `/embed.js`)
 * import it, so this module must stay free of imports.
 */

const SENTINEL = 'scrolly-embed';
const PROTOCOL_VERSION = 1;

export type EmbedMode = 'scrolly' | 'flat' | 'fixed';
export type EmbedTheme = 'light' | 'dark';

/**
 * The mode is chosen by the URL, never guessed: `?mode=scrolly` from our loader; `?mode=flat`,
 * a pym.js `childId`, or AMP's `#amp=1` for flat; anything else is `fixed`.
 */
export function modeFromUrl(url: URL): EmbedMode {
	const asked = url.searchParams.get('mode');
	if (asked === 'scrolly' || asked === 'flat' || asked === 'fixed') return asked;
	if (url.searchParams.has('childId')) return 'flat';
	if (new URLSearchParams(url.hash.slice(1)).get('amp') === '1') return 'flat';
	return 'fixed';
}

/** `light` or `dark` when asked for (`?theme=` on the embed's URL, `data-theme` on the host's container); otherwise null: the reader's preference. */
export function parseTheme(value: string | null | undefined): EmbedTheme | null {
	return value === 'light' || value === 'dark' ? value : null;
}

export interface ViewportMessage {
	type: 'viewport';
	/** How far the reader has scrolled into the embed's block, in CSS pixels. */
	y: number;
	/** The height and width of the part of the host's viewport the embed may fill. */
	vh: number;
	vw: number;
}

/** The largest number either side accepts, in CSS pixels. */
export const LIMIT = 10_000_000;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= LIMIT;

const isOurs = (m: Record<string, unknown>) => m.sentinel === SENTINEL && m.v === PROTOCOL_VERSION;

/** Host → child: where the reader is. */
export const viewportMessage = (y: number, vh: number, vw: number) => ({
	sentinel: SENTINEL,
	v: PROTOCOL_VERSION,
	type: 'viewport' as const,
	y,
	vh,
	vw
});

/** A host → child message, if it is a well-formed viewport message; otherwise null. */
export function parseViewportMessage(data: unknown): ViewportMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (!isOurs(m) || m.type !== 'viewport') return null;
	if (!isCount(m.y) || !isCount(m.vh) || !isCount(m.vw) || m.vh === 0) return null;
	return { type: 'viewport', y: m.y, vh: m.vh, vw: m.vw };
}

export const readyMessage = () => ({ sentinel: SENTINEL, v: PROTOCOL_VERSION, type: 'ready' as const });

/** Child → host: please scroll so that this offset into the embed is at the top (smoothly, for keys, as the host's own keys do). */
export const scrollToMessage = (y: number, smooth = false) => ({
	sentinel: SENTINEL,
	v: PROTOCOL_VERSION,
	type: 'scrollTo' as const,
	y: Math.max(0, Math.round(y)),
	smooth
});

/** What the host's loader accepts from the embed (after checking its window and origin). */
export type ChildMessage = { type: 'ready' } | { type: 'height'; height: number } | { type: 'scrollTo'; y: number; smooth: boolean };

/** A child → host message, if well-formed: our own, or AMP's `embed-size` (which every embed page sends); otherwise null. */
export function parseChildMessage(data: unknown): ChildMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.sentinel === 'amp' && m.type === 'embed-size' && isCount(m.height) && m.height > 0) return { type: 'height', height: m.height };
	if (!isOurs(m)) return null;
	if (m.type === 'ready') return { type: 'ready' };
	if (m.type === 'scrollTo' && isCount(m.y)) return { type: 'scrollTo', y: m.y, smooth: m.smooth === true };
	return null;
}

/** pym.js's child height message: `pymxPYMx{id}xPYMxheightxPYMx{px}`. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

/** Whether a message is pym.js's parent asking this child (`childId`) for its height (it sends its width). */
export function isPymWidthMessage(data: unknown, childId: string): boolean {
	if (typeof data !== 'string') return false;
	const parts = data.split('xPYMx');
	return parts.length === 4 && parts[0] === 'pym' && parts[1] === childId && parts[2] === 'width' && isCount(Number(parts[3]));
}

/** AMP's (and Datawrapper's, Flourish's) resize request. */
export const ampSizeMessage = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) });

/** pym.js's `xdomain` setting that accepts messages from one origin only (pym appends the `$`). */
export const pymXdomain = (origin: string) => '^' + origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The origin to post to the host page: pym's `parentUrl`, else the embedding page's origin as
 * the browser reports it. Only when none is known is the message (a height, nothing
 * private) posted to any origin.
 */
export function hostOrigin(url: URL, ancestorOrigins: readonly string[], referrer: string): string {
	const candidates = [url.searchParams.get('parentUrl'), ancestorOrigins[0], referrer];
	for (const candidate of candidates) {
		if (!candidate) continue;
		try {
			const origin = new URL(candidate).origin;
			if (/^https?:/.test(origin)) return origin;
		} catch {
			// not an address: try the next
		}
	}
	return '*';
}
