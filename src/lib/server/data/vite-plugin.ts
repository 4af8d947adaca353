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

/** How long a data file must stay unwritten before it is judged. */
const SAVE_SETTLE_MS = 80;

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
			// The problems of the data as last saved, shown to every page that connects until a
			// good save clears them: a reload, or a second tab, must not hide them.
			let shownError: { message: string; stack: string; plugin: string } | undefined;
			const report = (afterSave: boolean) => {
				const result = check(dir);
				if (result.ok) {
					shownError = undefined;
					server.config.logger.info(result.summary, { timestamp: true });
					// The data is read by server code, which has no hot update: reload the page.
					if (afterSave) server.ws.send({ type: 'full-reload', path: '*' });
					return;
				}
				shownError = { message: result.error.message, stack: '', plugin: 'editors-data' };
				server.config.logger.error(result.error.message, { timestamp: true });
				server.ws.send({ type: 'error', err: shownError });
			};
			server.ws.on('vite:client:connect', (_payload, client) => {
				if (shownError) client.send({ type: 'error', err: shownError });
			});
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
			// Editors and their tools often save in several writes (truncate, then write; or write
			// a temporary file and rename it). Judge the data once the burst is over, so one save
			// gives one verdict and one reload, not a reload per write.
			let pending: ReturnType<typeof setTimeout> | undefined;
			const changed = new Set<string>();
			const onSave = (file: string) => {
				if (!file.startsWith(dir) || !file.endsWith('.json')) return;
				changed.add(file);
				clearTimeout(pending);
				pending = setTimeout(() => {
					changed.forEach(invalidate);
					changed.clear();
					report(true);
				}, SAVE_SETTLE_MS);
			};
			server.watcher.on('change', onSave);
			server.watcher.on('add', onSave);
			server.watcher.on('unlink', onSave);
			report(false);
		}
	};
}
