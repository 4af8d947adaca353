/**
 * Runs the editors' data check inside Vite: `npm run build` stops at once with the list of
 * problems, and `npm run dev` shows them in Vite's error overlay the moment a data file is
 * saved broken (the page itself shows them too), then reloads when a good save follows.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { join } from 'node:path';
import { DataValidationError, validateDataTexts } from './validate.ts';
import { readDataTexts } from './read-files.ts';
import { summarizeDataset } from './summary.ts';

function check(dir: string): { ok: true; summary: string } | { ok: false; error: DataValidationError } {
	const texts = readDataTexts(dir);
	const result = validateDataTexts(texts);
	return result.ok
		? { ok: true, summary: summarizeDataset(result.dataset, Object.keys(texts).length) }
		: { ok: false, error: new DataValidationError(result.problems) };
}

export function editorsData(): Plugin {
	let dir = '';
	let building = false;
	return {
		name: 'editors-data',
		configResolved(config) {
			dir = join(config.root, 'data');
			building = config.command === 'build';
		},
		buildStart() {
			// In a build, stop at once. The dev server starts anyway and shows the problems.
			if (!building) return;
			const result = check(dir);
			if (!result.ok) this.error(result.error.message);
		},
		configureServer(server: ViteDevServer) {
			const report = (afterSave: boolean) => {
				const result = check(dir);
				if (result.ok) {
					server.config.logger.info(result.summary, { timestamp: true });
					// The data is read by server code, which has no hot update: reload the page.
					if (afterSave) server.ws.send({ type: 'full-reload', path: '*' });
					return;
				}
				server.config.logger.error(result.error.message, { timestamp: true });
				server.ws.send({ type: 'error', err: { message: result.error.message, stack: '', plugin: 'editors-data' } });
			};
			// The page must be rebuilt from the saved file, whichever of Vite's own handlers runs
			// first: drop the file's modules and everything that imported them before reloading.
			const invalidate = (file: string) => {
				for (const environment of Object.values(server.environments)) {
					const graph = environment.moduleGraph;
					const seen = new Set<unknown>();
					const drop = (module: NonNullable<ReturnType<typeof graph.getModuleById>>) => {
						if (seen.has(module)) return;
						seen.add(module);
						graph.invalidateModule(module);
						module.importers.forEach(drop);
					};
					graph.getModulesByFile(file)?.forEach(drop);
				}
			};
			server.watcher.add(dir);
			server.watcher.on('change', (file) => {
				if (!file.startsWith(dir) || !file.endsWith('.json')) return;
				invalidate(file);
				report(true);
			});
			report(false);
		}
	};
}
