/**
 * Vite plugin: `import code from './file.ts?script'` gives the file bundled with its imports
 * into one minified, dependency-free script (an IIFE) as a string, for the few scripts that
 * run on their own rather than as part of the app: the host loader (`/embed.js`) and the
 * embed pages' theme script. They stay TypeScript, checked by `npm run check`, and import
 * the shared protocol rather than repeating it.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

export function bundledScripts(): Plugin {
	return {
		name: 'bundled-scripts',
		enforce: 'pre',
		async load(id) {
			const [file, query] = id.split('?');
			if (query !== 'script') return null;
			const result = await build({
				entryPoints: [file],
				bundle: true,
				format: 'iife',
				platform: 'browser',
				// Hosts' readers include older phones: nothing newer than 2020's browsers.
				target: ['es2020', 'chrome80', 'safari14', 'firefox78'],
				minify: true,
				legalComments: 'none',
				write: false,
				metafile: true
			});
			for (const input of Object.keys(result.metafile.inputs)) this.addWatchFile(resolve(input));
			return `export default ${JSON.stringify(result.outputFiles[0].text)};`;
		}
	};
}
