import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { renameSync, rmSync } from 'node:fs';

/** Set BASE_PATH=/some/path to build for hosting under that sub-path (checked below). */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
/**
 * BENCH=1 builds the benchmark app instead (bench/routes: the workers chart and its naive
 * baselines, for `npm run bench` only) into build-bench/, with its own generated files, so no
 * benchmark code is ever part of the piece's build/.
 */
const bench = process.env.BENCH === '1';
/** Where the site is written. BUILD_DIR lets the tests build a second copy beside the first. */
export const outDir = process.env.BUILD_DIR ?? (bench ? 'build-bench' : 'build');
if (base && !/^\/[^/].*[^/]$|^\/[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must start with "/" and not end with "/" (found "${base}")`);
}

/**
 * adapter-static, writing into a fresh folder that takes the place of `dir` only once the
 * site is complete: a build that fails part way never leaves a half-written site to upload.
 * (The data check removes the old `dir` before building, so a failed build leaves none.)
 * @param {string} dir
 * @param {import('@sveltejs/adapter-static').AdapterOptions} options
 * @returns {import('@sveltejs/kit').Adapter}
 */
function swappedInWhenComplete(dir, options) {
	const partial = `${dir}-partial`;
	const inner = adapter({ ...options, pages: partial, assets: partial });
	return {
		...inner,
		async adapt(builder) {
			rmSync(partial, { recursive: true, force: true });
			await inner.adapt(builder);
			rmSync(dir, { recursive: true, force: true });
			renameSync(partial, dir);
			builder.log.success(`Moved the complete site into "${dir}"`);
			closingSummary(builder.log);
		}
	};
}

/**
 * What an editor must see at the end of a successful build, below the bundler's own output:
 * the data's warnings (listed at the top of the build), and whether share cards will work.
 * @param {import('@sveltejs/kit').Builder['log']} log
 */
function closingSummary(log) {
	const warnings = /** @type {Record<symbol, number | undefined>} */ (globalThis)[Symbol.for('editors-data:warnings')];
	if (warnings)
		log.warn(
			`${warnings} data warning${warnings === 1 ? '' : 's'}: listed at the top of this build, and by npm run check-data. Look at them before publishing.`
		);
	if (!process.env.SITE_URL)
		log.warn(
			'SITE_URL was not set: share cards (the picture and link when the page is shared) point nowhere. To publish, build with SITE_URL=https://your.site npm run build (see EDITING.md, "Publish").'
		);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	vitePlugin: {
		// The charts are prerendered into the story for readers without JavaScript, but their code,
		// and with it their stylesheet, loads only on demand: the prerendering puts their styles in
		// the page's head. (Only there: in the browser they come as a stylesheet with the code,
		// since a style element added as a chart mounts restyles the whole page.)
		dynamicCompileOptions({ filename, compileOptions }) {
			const chartCode = /[\\/]src[\\/]lib[\\/]charts[\\/]|[\\/]node_modules[\\/]layercake[\\/]/.test(filename);
			if (chartCode && compileOptions.generate === 'server') return { css: 'injected' };
		}
	},
	kit: {
		// precompress: .br and .gz beside each file, for hosts that serve them as they are.
		adapter: swappedInWhenComplete(outDir, { strict: true, precompress: true }),
		// The page's CSS is small: inline it, so text paints without waiting for a stylesheet.
		inlineStyleThreshold: 32_000,
		paths: { base },
		// A Content-Security-Policy in every prerendered page: scripts only from this site or
		// hashed by SvelteKit (no 'unsafe-inline', no 'unsafe-eval'), nothing from elsewhere.
		// Inline styles are allowed: Svelte positions chart elements with style attributes.
		// frame-ancestors cannot be set in a page; the README shows it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		},
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] },
		...(bench ? { files: { routes: 'bench/routes' }, outDir: '.svelte-kit-bench' } : {})
	}
};

export default config;
