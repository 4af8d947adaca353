/**
 * Host pages for the embed tests, served from a second loopback origin (and a third, for a
 * forger): a newsroom page with our loader, one using the stock pym.js from npm, one with a
 * bare iframe, and a page on a third origin that posts forged messages.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const pymScript = readFileSync(join(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.js'), 'utf8');

const filler = (n: number, label: string) =>
	Array.from(
		{ length: n },
		(_, i) =>
			`<p class="filler">${label} paragraph ${i + 1}. The host newsroom's own article text runs here, before and after the embed.</p>`
	).join('\n');

function page(body: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="icon" href="data:,"><style>body{margin:0;font:18px/1.5 Georgia,serif} main{max-width:900px;margin:0 auto;padding:0 12px}</style></head>
<body><main>${body}</main></body></html>`;
}

export function hostPages(site: string, forger = ''): Record<string, string> {
	return {
		'/loader.html': page(`<h1>Host article</h1><button id="before">A control before the embed</button>
${filler(6, 'Before')}
<div data-scrolly-embed="${site}/embed/" id="embed">
  <iframe src="${site}/embed/?mode=fixed" title="The story" loading="lazy" style="width:100%;height:640px;border:0"></iframe>
</div>
<script async src="${site}/embed.js"></script>
<script async src="${site}/embed.js"></script>
${forger ? `<iframe id="forger" src="${forger}/forger.html" title="Advertisement" style="width:300px;height:50px;border:0"></iframe>` : ''}
${filler(30, 'After')}`),
		'/pym.html': page(`<h1>Host article (pym.js)</h1>${filler(2, 'Before')}<div id="story"></div>
<script>${pymScript}</script><script>window.parentOf = new pym.Parent('story', '${site}/embed/', {});</script>${filler(3, 'After')}`),
		'/pym-chart.html': page(`<h1>Host article (pym.js chart)</h1><div id="chart"></div>
<script>${pymScript}</script><script>new pym.Parent('chart', '${site}/embed/workers/', {});</script>`),
		// Asks for scrolly mode, but never runs the loader: the story must fall back to fixed.
		'/no-loader.html': page(`<h1>Host article (scrolly without loader)</h1>
<iframe id="bare" src="${site}/embed/?mode=scrolly" title="The story" style="width:100%;height:640px;border:0"></iframe>`),
		'/bare.html': page(`<h1>Host article (bare iframe)</h1>${filler(2, 'Before')}
<iframe id="bare" src="${site}/embed/" title="The story" style="width:100%;height:640px;border:0"></iframe>${filler(3, 'After')}`),
		// Posts forged messages to its parent (the host) and to the story's iframe beside it.
		'/forger.html': `<!doctype html><html><body><script>
  window.addEventListener('message', function (e) { if (e.data === 'forge') forge(); });
  function forge() {
    var host = window.parent;
    var story = host.frames[0];
    host.postMessage({ sentinel: 'amp', type: 'embed-size', height: 99999 }, '*');
    host.postMessage({ sentinel: 'scrolly-embed', v: 1, type: 'scrollTo', y: 12345 }, '*');
    host.postMessage('pymxPYMxstoryxPYMxheightxPYMx5', '*');
    story.postMessage({ sentinel: 'scrolly-embed', v: 1, type: 'viewport', y: 9000, vh: 500, vw: 400 }, '*');
    story.postMessage({ sentinel: 'scrolly-embed', v: 1, type: 'viewport', y: 'javascript:alert(1)', vh: NaN, vw: 1 }, '*');
    story.postMessage('<img src=x onerror=alert(1)>', '*');
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
