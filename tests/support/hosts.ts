/**
 * Host pages for the embed tests, served from a second loopback origin (and a third, for a
 * forger), built as newsrooms build them: a page with our loader; one with a sticky header
 * and a fixed bottom ad; one whose article sits in an `overflow-x: hidden` wrapper; one whose
 * scrolling element is a `<main>`; one that runs the loader late; one using the stock pym.js
 * from npm with our snippet; a bare iframe; and a page on a third origin that posts forged
 * messages (ours, AMP's and pym's).
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chartIframeSnippet, loaderSnippet, pymSnippet } from '../../src/lib/embed/snippets';

const pymScript = readFileSync(join(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.js'), 'utf8');

const filler = (n: number, label: string) =>
	Array.from(
		{ length: n },
		(_, i) =>
			`<p class="filler">${label} paragraph ${i + 1}. The host newsroom's own article text runs here, before and after the embed.</p>`
	).join('\n');

function page(body: string, css = ''): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.5 Georgia,serif;background:#fff;color:#222} main{max-width:900px;margin:0 auto;padding:0 12px} ${css}</style></head>
<body><main>${body}</main></body></html>`;
}

/** Our loader's snippet, as `/embed-code/` gives it, with attributes added to its container. */
const snippet = (site: string, attributes = '') =>
	loaderSnippet(site, 'The story').replace('<div data-scrolly-embed=', `<div id="embed" ${attributes} data-scrolly-embed=`);

export function hostPages(site: string, forger = ''): Record<string, string> {
	return {
		'/loader.html': page(`<h1>Host article</h1><button id="before">A control before the embed</button>
${filler(6, 'Before')}
<div data-scrolly-embed="${site}/embed/" id="embed">
  <iframe src="${site}/embed/?mode=fixed" title="The story" loading="lazy" style="width:100%;height:640px;border:0"></iframe>
</div>
<script async src="${site}/embed.js"></script>
<script async src="${site}/embed.js"></script>
<script>window.addEventListener('message', function (e) { if (e.data === 'forged') document.body.dataset.forged = '1'; });</script>
${forger ? `<iframe id="forger" src="${forger}/forger.html" title="Advertisement" style="width:300px;height:50px;border:0"></iframe>` : ''}
${filler(30, 'After')}`),
		// A 60 px sticky site header and a 90 px fixed bottom ad, declared to the loader.
		'/bars.html': page(
			`<header class="site">Newsroom</header>${filler(4, 'Before')}${snippet(site, 'data-offset-top="60" data-offset-bottom="90"')}${filler(8, 'After')}<aside class="ad">Advertisement</aside>`,
			`.site{position:sticky;top:0;z-index:5;height:60px;background:#14304f;color:#fff;display:flex;align-items:center;padding:0 16px}
			 .ad{position:fixed;bottom:0;left:0;right:0;height:90px;background:#e8e2d0;z-index:5;display:flex;align-items:center;justify-content:center}
			 body{padding-bottom:90px}`
		),
		// The CMS template's wrapper clips sideways overflow, which stops position: sticky.
		'/clipped.html': page(
			`<div class="wrap">${filler(4, 'Before')}${snippet(site)}${filler(8, 'After')}</div>`,
			`.wrap{overflow-x:hidden}`
		),
		// A tab or accordion: the story is in a panel hidden at load, shown by the reader, under a
		// sticky site header.
		'/hidden-panel.html': page(
			`<header class="bar">Site header</header><h1>Host article (a panel)</h1><button id="show" onclick="document.getElementById('panel').hidden = false">Show the story</button><div id="panel" hidden>${filler(2, 'Before')}${snippet(site, 'data-offset-top="60"')}${filler(8, 'After')}</div>`,
			`.bar{position:sticky;top:0;height:60px;background:#b00;color:#fff;z-index:5}`
		),
		// An app-like template: the body does not scroll, <main> does.
		'/main-scroller.html': page(
			`<h1>Host article (scrolling main)</h1>${filler(4, 'Before')}${snippet(site)}${filler(8, 'After')}`,
			`html,body{height:100%;overflow:hidden} main{height:100%;overflow-y:auto;max-width:none}`
		),
		// The fixed iframe alone; the test runs the loader late, as a consent manager would.
		'/late.html': page(
			`<h1>Host article (late loader)</h1>${filler(2, 'Before')}${snippet(site)
				.replace(/<script[^]*$/, '')
				.replace(' loading="lazy"', '')}${filler(8, 'After')}`
		),
		'/dark.html': page(
			`<h1>Host article (dark embed)</h1>${filler(1, 'Before')}${snippet(site, 'data-theme="dark"')}${filler(4, 'After')}`
		),
		// The story's address does not answer: the host must get its page back.
		'/down.html': page(
			`<h1>Host article (embed down)</h1>${snippet(site).replaceAll(`${site}/embed/`, `${site}/no-such-embed/`)}${filler(4, 'After')}`
		),
		// Our pym.js snippet, word for word, beside an ad frame that forges pym's messages.
		'/pym-forged.html': page(`<h1>Host article (pym.js, forged)</h1>
${pymSnippet(site, '/embed/', 'story').replace(/<script src="[^"]*"><\/script>/, () => `<script>${pymScript}</script>`)}
${forger ? `<iframe id="forger" src="${forger}/forger.html" title="Advertisement" style="width:300px;height:50px;border:0"></iframe>` : ''}
<script>window.addEventListener('message', function (e) { if (e.data === 'forged') document.body.dataset.forged = '1'; });</script>${filler(3, 'After')}`),
		'/pym.html': page(`<h1>Host article (pym.js)</h1>${filler(2, 'Before')}<div id="story"></div>
<script>${pymScript}</script><script>window.parentOf = new pym.Parent('story', '${site}/embed/', {});</script>${filler(3, 'After')}`),
		// Our chart snippet, word for word: a plain iframe that embed.js sizes to the chart.
		'/chart-autosize.html': page(
			`<h1>Host article (chart)</h1>${chartIframeSnippet(site, 'shifts', 'The shifts chart')}${filler(3, 'After')}`
		),
		'/pym-chart.html': page(`<h1>Host article (pym.js chart)</h1><div id="chart"></div>
<script>${pymScript}</script><script>new pym.Parent('chart', '${site}/embed/workers/', {});</script>`),
		// Asks for scrolly mode, but never runs the loader: the story must fall back to fixed.
		'/no-loader.html': page(`<h1>Host article (scrolly without loader)</h1>
<iframe id="bare" src="${site}/embed/?mode=scrolly" title="The story" style="width:100%;height:640px;border:0"></iframe>`),
		'/bare.html': page(`<h1>Host article (bare iframe)</h1>${filler(2, 'Before')}
<iframe id="bare" src="${site}/embed/" title="The story" style="width:100%;height:640px;border:0"></iframe>${filler(3, 'After')}`),
		// Posts forged messages to its parent (the host) and to the story's iframe beside it.
		'/forger.html': `<!doctype html><html><body><script>
  // Records every message it receives: placed where the story was, it must receive none of the loader's.
  window.received = [];
  window.addEventListener('message', function (e) { if (e.data === 'forge') forge(); else window.received.push(e.data); });
  function forge() {
    var host = window.parent;
    // Every other frame on the page (the story's among them: frame order follows creation, not the document).
    var others = [];
    for (var i = 0; i < host.frames.length; i++) if (host.frames[i] !== window) others.push(host.frames[i]);
    var story = { postMessage: function (m, o) { others.forEach(function (f) { f.postMessage(m, o); }); } };
    host.postMessage({ sentinel: 'amp', type: 'embed-size', height: 99999 }, '*');
    host.postMessage({ sentinel: 'scrolly-embed', v: 1, type: 'scrollTo', y: 12345 }, '*');
    host.postMessage('pymxPYMxstoryxPYMxheightxPYMx5', '*');
    story.postMessage({ sentinel: 'scrolly-embed', v: 1, type: 'viewport', y: 9000, vh: 500, vw: 400 }, '*');
    story.postMessage({ sentinel: 'scrolly-embed', v: 1, type: 'viewport', y: 'javascript:alert(1)', vh: NaN, vw: 1 }, '*');
    story.postMessage('<img src=x onerror=alert(1)>', '*');
    host.postMessage('pymxPYMxstoryxPYMxnavigateToxPYMx' + location.origin + '/forged.html', '*');
    host.postMessage('pymxPYMxstoryxPYMxheightxPYMx37', '*');
    host.postMessage('forged', '*');
    story.postMessage('forged', '*');
    document.title = 'forged';
  }
</script></body></html>`
	};
}

export interface HostServer {
	origin: string;
	close: () => Promise<void>;
}

export async function serveHostPages(pages: (origin: string) => Record<string, string>): Promise<HostServer> {
	let routes: Record<string, string> = {};
	const server = http.createServer((req, res) => {
		const body = routes[(req.url ?? '/').split('?')[0]];
		res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body ?? 'not found');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	routes = pages(origin);
	return {
		origin,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
