/**
 * `virtual:prerendered-chart` is the real chart component when pages are prerendered and an
 * empty one in the browser bundle, so charts are in the HTML for every reader while their
 * code loads only when needed (chart-loader.ts).
 */
import type { Plugin } from 'vite';
import { join } from 'node:path';

const PRERENDERED_CHART = 'virtual:prerendered-chart';

export function prerenderedCharts(): Plugin {
	let root = '';
	return {
		name: 'prerendered-charts',
		enforce: 'pre',
		configResolved(config) {
			root = config.root;
		},
		resolveId(id, _importer, options) {
			if (id !== PRERENDERED_CHART) return null;
			return join(root, 'src/lib/charts', options?.ssr ? 'Chart.svelte' : 'NoChart.svelte');
		}
	};
}
