/**
 * The embed message protocol, both directions, as pure functions: which mode an embed runs
 * in, what a valid message looks like, and where a message may be sent. Every message from
 * outside is checked here before anything acts on it; anything malformed is ignored.
 * (The host loader, served as plain JavaScript, checks the same shapes: see loader.js.)
 */

export const SENTINEL = 'scrolly-embed';
export const PROTOCOL_VERSION = 1;

export type EmbedMode = 'scrolly' | 'flat' | 'fixed';

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

export interface ViewportMessage {
	type: 'viewport';
	/** How far the reader has scrolled into the embed's wrapper, in CSS pixels. */
	y: number;
	/** The host's viewport height and width. */
	vh: number;
	vw: number;
}

const LIMIT = 10_000_000;
const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= LIMIT;

/** A host → child message, if it is a well-formed viewport message; otherwise null. */
export function parseViewportMessage(data: unknown): ViewportMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.sentinel !== SENTINEL || m.v !== PROTOCOL_VERSION || m.type !== 'viewport') return null;
	if (!isCount(m.y) || !isCount(m.vh) || !isCount(m.vw) || m.vh === 0) return null;
	return { type: 'viewport', y: m.y, vh: m.vh, vw: m.vw };
}

export const readyMessage = () => ({ sentinel: SENTINEL, v: PROTOCOL_VERSION, type: 'ready' as const });

/** Child → host: please scroll so that this offset into the embed is at the top. */
export const scrollToMessage = (y: number) => ({
	sentinel: SENTINEL,
	v: PROTOCOL_VERSION,
	type: 'scrollTo' as const,
	y: Math.max(0, Math.round(y))
});

/** pym.js's child height message: `pymxPYMx{id}xPYMxheightxPYMx{px}`. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

/** AMP's (and Datawrapper's, Flourish's) resize request. */
export const ampSizeMessage = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height: Math.ceil(height) });

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
