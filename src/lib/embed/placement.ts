/**
 * The host loader's geometry, as pure functions: how tall the sticky iframe is between the
 * host's own bars, how far the reader is into the story, where a pinned iframe goes, and
 * what height to reserve before the story reports its own. Bundled into `/embed.js`, so
 * free of imports beyond the protocol.
 */
import { LIMIT } from './protocol';

/** The part of the host's window its scroller shows, in viewport pixels. */
export interface View {
	top: number;
	height: number;
}

/** The host's own fixed or sticky bars (`data-offset-top`, `data-offset-bottom`), in CSS pixels. */
export interface Bars {
	top: number;
	bottom: number;
}

/** A length in CSS pixels, as a style value. */
export const px = (n: number) => `${n}px`;

/** The smallest iframe the loader makes, however much the host's bars take. */
const MIN_FRAME_HEIGHT = 200;

/** A bar's height from its attribute: a number of CSS pixels (a `px` suffix allowed); anything else is 0. */
export function parseBar(value: string | null): number {
	if (value === null) return 0;
	const n = Number(value.trim().replace(/px$/, ''));
	return Number.isFinite(n) && n >= 0 && n <= LIMIT ? n : 0;
}

/** The sticky iframe's height: the view less the host's bars. */
export const frameHeight = (view: View, bars: Bars) => Math.max(MIN_FRAME_HEIGHT, Math.round(view.height - bars.top - bars.bottom));

/** How far the story can scroll inside its block. */
export const travel = (blockHeight: number, frame: number) => Math.max(0, blockHeight - frame);

/** How far the reader is into the story: the block's top against the top bar, within [0, travel]. */
export function storyOffset(blockTop: number, view: View, bars: Bars, blockHeight: number, frame: number): number {
	return Math.min(travel(blockHeight, frame), Math.max(0, view.top + bars.top - blockTop));
}

/** Where an iframe that cannot be sticky goes: at the block's start, fixed in view, or at its end. */
export function pinnedPlace(y: number, storyTravel: number): 'start' | 'fixed' | 'end' {
	if (y <= 0) return 'start';
	return y >= storyTravel ? 'end' : 'fixed';
}

/** What the loader remembers of an embed between visits to the same page in a tab. */
export interface Remembered {
	/** The story's height, and the iframe height it was measured at. */
	height: number;
	frame: number;
	/** Where the reader was, as a share of the story's travel; null when outside the block. */
	at: number | null;
}

export function parseRemembered(text: string | null): Remembered | null {
	if (!text) return null;
	try {
		const r = JSON.parse(text) as Record<string, unknown>;
		const count = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0 && n <= LIMIT;
		if (!count(r.height) || !count(r.frame)) return null;
		const at = typeof r.at === 'number' && r.at >= 0 && r.at <= 1 ? r.at : null;
		return { height: r.height, frame: r.frame, at };
	} catch {
		return null;
	}
}

/**
 * The story's height at another iframe height: its steps are each one iframe tall, so it
 * scales with the iframe. Good enough to reserve until the story reports its own.
 */
export const scaledHeight = (height: number, from: number, to: number) => Math.round((height * to) / from);
