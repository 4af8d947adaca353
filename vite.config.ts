import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { editorsData } from './src/lib/server/data/vite-plugin.ts';
import { prerenderedCharts } from './src/lib/server/prerendered-charts.ts';
import { bundledScripts } from './src/lib/server/bundled-scripts.ts';
import { outDir } from './svelte.config.js';

export default defineConfig({
	plugins: [editorsData({ outDir }), prerenderedCharts(), bundledScripts(), sveltekit()],
	// The bundler's notes on which plugin took the build's time are for whoever tunes the build,
	// and they buried the data's warnings, which editors must read, under a screen of timings.
	build: { rolldownOptions: { checks: { bundlerTimings: false } } },
	test: {
		projects: [
			{
				// Some unit tests run the command-line tools as an editor would, in a process of their own.
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 30_000 }
			},
			{
				// Reads the prerendered site: run after `npm run build` (npm test does).
				extends: true,
				test: { name: 'build', include: ['tests/build/**/*.test.ts'], environment: 'node', testTimeout: 120_000 }
			},
			{
				// Real Chromium against the built site on loopback ports; one file at a time keeps
				// frame timing honest on a two-core machine.
				extends: true,
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
