/**
 * Serves the built site (`build/`) on a loopback port, as any static host would, optionally
 * under a base path. Used by the browser tests, the embed tests' second origin and the
 * benchmark.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	origin: string;
	/** Stops the server; resolves once every connection is closed. */
	close: () => Promise<void>;
}

export async function serveDirectory(dir: string, options: { base?: string; port?: number } = {}): Promise<StaticServer> {
	const base = options.base ?? '';
	// Serves the precompressed .br/.gz files the build writes, as a production host would.
	const serve = sirv(dir, { dev: false, etag: true, extensions: ['html'], brotli: true, gzip: true });
	const server = http.createServer((req, res) => {
		const url = req.url ?? '/';
		if (base && !url.startsWith(base + '/') && url !== base) {
			res.statusCode = 404;
			res.end('Not under the base path');
			return;
		}
		req.url = url.slice(base.length) || '/';
		serve(req, res, () => {
			res.statusCode = 404;
			res.end('Not found');
		});
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
