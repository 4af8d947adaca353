/**
 * How counts read, in the browser as on the build: "50,000". Browser code formats numbers
 * only through here, and never with `Intl`: the first `Intl` formatter a page makes costs
 * Chromium 60 to 90 ms (it loads its locale data), which held up a phone's first seconds on
 * the page, and would hold up the charts' first drawing if it moved there. d3-format, which
 * the chart code carries anyway (d3-scale uses it), groups thousands without it. Dates and
 * the figures' words are written at build time (`server/format.ts`), into the story model.
 */
import { format } from 'd3-format';

// Grouped thousands, and every decimal the number has (up to six): a count is never rounded.
const grouped = format(',~f');

/** A count of anything: people, marks, barrels. "50,000", "18.5". */
export function formatCount(n: number): string {
	return grouped(n);
}
