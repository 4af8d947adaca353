/**
 * Fitting the exchange chart's account to its box, against accounts whose heights are known:
 * the fullest account that fits, words given up before they shrink out of legibility, a scale
 * that fits and uses the room, in at most eight layouts.
 */
import { describe, expect, it } from 'vitest';
import { FULL_ACCOUNT, LEGIBLE_SCALE, MIN_SCALE, fitAccount, fitKey, type AccountFit } from '../../../src/lib/charts/exchange/fit';

/** Layout heights at full width, by how the rows are told. */
interface Account {
	full: number;
	compact: number;
	terse: number;
	/** The height of one line: laid out wider (scaled down), the words rewrap in whole lines. */
	line?: number;
}

/**
 * An account drawn at a scale is laid out 1/scale as wide, so its words take about `scale` as
 * many lines; on screen that is scaled again. Counts the layouts asked for.
 */
function accountOf(account: Account) {
	const tried: AccountFit[] = [];
	const shownHeight = (fit: AccountFit) => {
		const base = fit.terse ? account.terse : fit.compact ? account.compact : account.full;
		const laidOut = account.line ? Math.ceil((base * fit.scale) / account.line) * account.line : base * fit.scale;
		return laidOut * fit.scale;
	};
	const measure = async (fit: AccountFit) => {
		tried.push(fit);
		return shownHeight(fit);
	};
	return { tried, measure, shownHeight };
}

describe('fitting the exchange account to its box', () => {
	it('draws the account as written when it fits, after one layout', async () => {
		const { tried, measure } = accountOf({ full: 380, compact: 300, terse: 200 });
		expect(await fitAccount(400, measure)).toEqual(FULL_ACCOUNT);
		expect(tried).toHaveLength(1);
	});

	it('tells earlier rows in one line each before scaling anything down', async () => {
		const { measure } = accountOf({ full: 500, compact: 390, terse: 200 });
		expect(await fitAccount(400, measure)).toEqual({ compact: true, terse: false, scale: 1 });
	});

	it('scales a compact account down to fill its box, keeping earlier rows’ words while they stay legible', async () => {
		const { tried, measure, shownHeight } = accountOf({ full: 700, compact: 480, terse: 300 });
		const fit = (await fitAccount(400, measure))!;
		expect(fit).toMatchObject({ compact: true, terse: false });
		expect(fit.scale).toBeLessThan(1);
		expect(fit.scale).toBeGreaterThanOrEqual(LEGIBLE_SCALE);
		expect(shownHeight(fit)).toBeLessThanOrEqual(400.5);
		expect(shownHeight(fit)).toBeGreaterThan(400 * 0.95);
		expect(tried.length).toBeLessThanOrEqual(8);
	});

	it('names earlier rows alone rather than shrink the words under a legible size', async () => {
		const { measure, shownHeight } = accountOf({ full: 1200, compact: 1000, terse: 440 });
		const fit = (await fitAccount(400, measure))!;
		expect(fit.terse).toBe(true);
		expect(shownHeight(fit)).toBeLessThanOrEqual(400.5);
		expect(fit.scale).toBeGreaterThan(0.9);
	});

	it('never draws it under half size: an account too tall even then is drawn at half size', async () => {
		const { measure } = accountOf({ full: 5000, compact: 4000, terse: 3000 });
		expect(await fitAccount(400, measure)).toEqual({ compact: true, terse: true, scale: MIN_SCALE });
	});

	it('finds a scale that fits when whole lines make the height jump', async () => {
		for (const box of [300, 333, 371, 402, 455]) {
			const { tried, measure, shownHeight } = accountOf({ full: 900, compact: 560, terse: 420, line: 17 });
			const fit = (await fitAccount(box, measure))!;
			expect(shownHeight(fit), `box ${box}`).toBeLessThanOrEqual(box + 0.5);
			expect(fit.scale).toBeGreaterThanOrEqual(MIN_SCALE);
			expect(tried.length).toBeLessThanOrEqual(8);
		}
	});

	it('gives up, with no answer, once a layout says the answer is no longer wanted', async () => {
		let calls = 0;
		const outdatedOnThird = async (fit: AccountFit) => (++calls === 3 ? NaN : fit.compact ? 900 : 1200);
		expect(await fitAccount(400, outdatedOnThird)).toBeNull();
		expect(await fitAccount(400, async () => NaN)).toBeNull();
	});

	it('keeps fits apart by box size and state', () => {
		const keys = new Set([fitKey(390, 400, 'a'), fitKey(390, 401, 'a'), fitKey(391, 400, 'a'), fitKey(390, 400, 'b')]);
		expect(keys.size).toBe(4);
	});
});
