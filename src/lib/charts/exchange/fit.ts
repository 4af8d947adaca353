/**
 * How the exchange chart's account fits its box, apart from any drawing: the search takes a
 * `measure` that draws the account one way and returns its height on screen, so the same
 * search runs on the account the reader sees or on a hidden copy laid out in idle time.
 */

/** How the account is drawn. */
export interface AccountFit {
	/** Rows shown before this step told in one line each. */
	compact: boolean;
	/** Earlier rows named one after another, with who says so, and nothing more. */
	terse: boolean;
	/** The account's scale: 1 is full size. */
	scale: number;
}

/** The account as written: every row in full, at full size. */
export const FULL_ACCOUNT: AccountFit = { compact: false, terse: false, scale: 1 };

/** The smallest the account is drawn: below half size its words are too small to read. */
export const MIN_SCALE = 0.5;
/**
 * Below this scale the account's words (0.8rem) are under 10 px: rather than shrink them
 * further, earlier rows give up their words first.
 */
export const LEGIBLE_SCALE = 0.78;
/** Steps of false position after the first guess: enough to come within a few pixels. */
const REFINE_STEPS = 4;
/** Half a pixel over still fits: layout heights are fractional. */
const SLACK_PX = 0.5;
/** Within this many pixels of the box's height, a scale is close enough. */
const CLOSE_PX = 4;

/**
 * Draws the account as `fit` says and returns its height on screen (its layout height times the
 * scale), or NaN once the answer is no longer wanted (the box or the state changed meanwhile).
 */
export type MeasureAccount = (fit: AccountFit) => Promise<number>;

/**
 * The fit for a box `boxHeight` pixels high: the full account; if too tall, earlier rows in
 * one line each; if that fits only in words under 10 px, earlier rows by name and source
 * alone; if still too tall, the largest scale (down to half) at which it fits. A scaled
 * account is laid out wider by the same ratio, so it wraps less: its height at that ratio of
 * the full-width height always fits, and the scale is then refined between one that fits and
 * one that does not: eight layouts at most (a halving search took nine; most states
 * need one to three). Null if a measurement came back NaN.
 */
export async function fitAccount(boxHeight: number, measure: MeasureAccount): Promise<AccountFit | null> {
	const tooTall = (height: number) => height > boxHeight + SLACK_PX;
	const full = await measure(FULL_ACCOUNT);
	if (Number.isNaN(full)) return null;
	if (!tooTall(full)) return FULL_ACCOUNT;
	let fit: AccountFit = { compact: true, terse: false, scale: 1 };
	let overHeight = await measure(fit);
	if (Number.isNaN(overHeight)) return null;
	if (!tooTall(overHeight)) return fit;
	// It fits at least at boxHeight / overHeight (wider, it wraps less): if even that may be
	// too small to read, the earlier rows give up their words.
	if (boxHeight / overHeight < LEGIBLE_SCALE) {
		fit = { compact: true, terse: true, scale: 1 };
		overHeight = await measure(fit);
		if (Number.isNaN(overHeight)) return null;
		if (!tooTall(overHeight)) return fit;
	}
	const at = (scale: number): AccountFit => ({ ...fit, scale });
	let over = 1;
	let fits = Math.max(MIN_SCALE, boxHeight / overHeight);
	let fitsHeight = await measure(at(fits));
	if (Number.isNaN(fitsHeight)) return null;
	// At half size and still too tall, half size it is (the rest scrolls).
	// Wrapping makes height jump with scale, so false position can creep up on the scale that
	// overflows and never move the one that fits: after such a step, the midpoint.
	let overflowedLast = false;
	for (let step = 0; step < REFINE_STEPS && !tooTall(fitsHeight) && fitsHeight < boxHeight - CLOSE_PX; step++) {
		const between = overflowedLast ? (fits + over) / 2 : fits + ((boxHeight - fitsHeight) * (over - fits)) / (overHeight - fitsHeight);
		const betweenHeight = await measure(at(between));
		if (Number.isNaN(betweenHeight)) return null;
		overflowedLast = tooTall(betweenHeight);
		if (overflowedLast) [over, overHeight] = [between, betweenHeight];
		else [fits, fitsHeight] = [between, betweenHeight];
	}
	return at(fits);
}

/** Where a fit found for a state in a box of one size is kept. */
export const fitKey = (width: number, height: number, stateId: string): string => `${width}×${height} ${stateId}`;
