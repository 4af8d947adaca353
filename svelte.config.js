import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Set BASE_PATH=/some/path to build for hosting under that sub-path. */
const base = process.env.BASE_PATH ?? '';
const outDir = process.env.BUILD_DIR ?? 'build';
if (base && !/^\/[^/].*[^/]$|^\/[^/]$/.test(base)) {
	throw new Error(`BASE_PATH must start with "/" and not end with "/" (found "${base}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR lets the tests build a second copy (under a base path) beside the first.
		adapter: adapter({ pages: outDir, assets: outDir, strict: true }),
		paths: { base },
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*'] }
	}
};

export default config;
