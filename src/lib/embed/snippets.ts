/**
 * The embed code handed to newsrooms, one function per kind of host, so the embed-code page,
 * the README and the tests' host pages use the same snippets.
 */
import type { ChartId } from '../charts/registry';
import { pymXdomain } from './protocol';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The site's origin, for pym's `xdomain`; a placeholder until the page knows its absolute address. */
const originOf = (siteUrl: string) => (/^https?:\/\//.test(siteUrl) ? new URL(siteUrl).origin : 'https://HOST');

/** Our loader: `scrolly` mode, with a plain iframe (`fixed`) if the script is stripped. */
export function loaderSnippet(siteUrl: string, title: string): string {
	return [
		`<div data-scrolly-embed="${siteUrl}/embed/">`,
		`  <iframe src="${siteUrl}/embed/?mode=fixed" title="${escapeAttribute(title)}" loading="lazy"`,
		`          style="width:100%;height:640px;border:0"></iframe>`,
		`</div>`,
		`<script async src="${siteUrl}/embed.js"></script>`
	].join('\n');
}

/**
 * A pym.js host: the story in `flat` mode, sized to its content by pym. `xdomain` makes pym
 * accept messages from our site only: left at its default, any frame on the page (an ad) could
 * resize the embed or send the page elsewhere.
 */
export function pymSnippet(siteUrl: string, path: string, id: string): string {
	return [
		`<div id="${id}"></div>`,
		`<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`,
		`<script>new pym.Parent('${id}', '${siteUrl}${path}', { xdomain: ${JSON.stringify(pymXdomain(originOf(siteUrl)))} });</script>`
	].join('\n');
}

/** An AMP page: `flat` mode, resized through amp-iframe's embed-size messages. */
export function ampSnippet(siteUrl: string, path: string, title: string): string {
	return [
		`<amp-iframe src="${siteUrl}${path}#amp=1" title="${escapeAttribute(title)}" width="600" height="800"`,
		`            layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups" resizable>`,
		`  <div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>`,
		`</amp-iframe>`
	].join('\n');
}

/**
 * Where scripts are stripped, a chart embed keeps this height: every state of every chart fits
 * it from 300 px wide, step text and all, as the story stands (measured: 817 px at 300 and 320
 * px, 769 at 360, 653 to 693 from 600); wider columns get room to spare below the chart.
 */
const CHART_IFRAME_FALLBACK_PX = 820;

/** A chart embed: an iframe that our loader sizes to its content, or keeps the height above. */
export function chartIframeSnippet(siteUrl: string, chart: ChartId, title: string): string {
	return [
		`<iframe src="${siteUrl}/embed/${chart}/" title="${escapeAttribute(title)}" loading="lazy" data-embed-autosize`,
		`        style="width:100%;height:${CHART_IFRAME_FALLBACK_PX}px;border:0"></iframe>`,
		`<script async src="${siteUrl}/embed.js"></script>`
	].join('\n');
}
