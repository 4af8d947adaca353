/**
 * The piece's performance budgets, in one place: the JavaScript budget fails `npm test`
 * (tests/e2e/first-load-js.test.ts); `npm run bench` prints every figure beside its budget.
 */
export const BUDGETS = {
	/** JavaScript files (gzip) a phone loads for `/` before any scrolling. */
	firstLoadJsGzipBytes: 60_000,
	/**
	 * The page's data inlined in its HTML for hydration (gzip): reported beside the script files,
	 * as it always was, with a budget of its own so it cannot grow unnoticed.
	 */
	inlinePageDataGzipBytes: 14_000,
	/** Lighthouse's performance score, mobile emulation, at least. */
	lighthousePerformance: 0.98,
	/** Lighthouse's Total Blocking Time, at most. */
	totalBlockingTimeMs: 50,
	/** Cumulative Layout Shift, at most. */
	cumulativeLayoutShift: 0,
	/** 95th percentile of frame intervals while scrolling the story, at most. */
	frameP95Ms: 20,
	/** No long task (the browser's own measure, over 50 ms) longer than this while scrolling. */
	longestTaskMs: 50
} as const;
