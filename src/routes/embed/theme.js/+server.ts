/** `/embed/theme.js`: applies `?theme=` before an embed page paints (see `theme-early.ts`). */
import script from '$lib/embed/theme-early.ts?script';

export const prerender = true;

export function GET() {
	return new Response(script, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
