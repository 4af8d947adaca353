/**
 * `embed.js` at the site's root (under the base path): the host-side loader newsrooms include.
 * Prerendered as a static file from `src/lib/embed/loader.js`.
 */
import loader from '$lib/embed/loader.js?raw';

export const prerender = true;

export function GET() {
	return new Response(loader, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
