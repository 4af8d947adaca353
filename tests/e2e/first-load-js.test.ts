/**
 * The size budget: the JavaScript files a phone loads for `/` before the reader scrolls
 * (gzipped) stay within 60 kB, and the page data inlined in the HTML within its own budget. The chart
 * code, fetched as the graphic comes into view or at the reader's first touch, is not counted
 * unless the page fetches it before any scrolling. Prints the figure.
 */
import { expect, it } from 'vitest';
import { useSiteAndBrowser } from '../support/site';
import { measureFirstLoadJs } from '../support/first-load-js';
import { BUDGETS } from '../support/budgets';

const site = useSiteAndBrowser();
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

it(`loads at most ${kB(BUDGETS.firstLoadJsGzipBytes)} of JavaScript files and ${kB(BUDGETS.inlinePageDataGzipBytes)} of inline page data (gzip) on a phone before scrolling`, async () => {
	const js = await measureFirstLoadJs(site.browser, `${site.server.origin}/`);
	console.log(
		`JavaScript loaded by / on a phone before scrolling: ${kB(js.totalGzipBytes)} gzip ` +
			`(${js.files.length} files ${kB(js.filesGzipBytes)}, inline scripts ${kB(js.inlineGzipBytes)}; ` +
			`budgets ${kB(BUDGETS.firstLoadJsGzipBytes)} and ${kB(BUDGETS.inlinePageDataGzipBytes)})\n` +
			js.files.map((file) => `  ${kB(file.gzipBytes).padStart(8)}  ${file.path}`).join('\n')
	);
	// The page's own start-up code is among what was counted: the measure saw the page run.
	expect(js.files.some((file) => file.path.includes('/_app/immutable/entry/start.'))).toBe(true);
	expect(js.filesGzipBytes).toBeLessThanOrEqual(BUDGETS.firstLoadJsGzipBytes);
	expect(js.inlineGzipBytes).toBeLessThanOrEqual(BUDGETS.inlinePageDataGzipBytes);
});
