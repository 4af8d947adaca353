/**
 * Runs the editors' data check inside Vite. `npm run build` refuses bad data before anything
 * is built: it prints the problems (no stack trace), removes the previous `build/` so that an
 * old site cannot be uploaded as if it were new, and exits with status 1. `npm run dev` shows
 * problems in Vite's error overlay the moment a data file is saved broken (the page itself
 * shows them too), then reloads when a good save follows. Warnings are printed by both, and
 * the dev server also sends them to the page's warnings panel (DataWarnings.svelte).
 */
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { join, resolve } from 'node:path';
import { rmSync } from 'node:fs';
import { DataValidationError, validateDataTexts, type DataWarning } from './validate.ts';
import { formatWarning, problemsReport, warningsReport } from './problems.ts';
import { readDataTexts } from './read-files.ts';
import { summarizeDataset } from './summary.ts';
import { writeSchemas } from './json-schema.ts';
import { WARNINGS_EVENT, WARNINGS_REQUEST } from '../../dev-events.ts';


/** What an editor is told when their text editor's schemas were brought up to date. */
export const schemasUpdated = (files: string[]) => `Updated ${files.map((f) => `data/schema/${f}`).join(', ')} to list the data's current ids.`;

type Check =
	| { ok: true; summary: string; warnings: DataWarning[] }
	| { ok: false; error: DataValidationError };

/** Checks the data; when it is valid, brings the editors' JSON Schemas up to date with its ids. */
function check(dir: string): Check {
	const texts = readDataTexts(dir);
	const result = validateDataTexts(texts);
	if (!result.ok) return { ok: false, error: new DataValidationError(result.problems) };
	const updated = writeSchemas(join(dir, 'schema'), result.dataset);
	const summary = summarizeDataset(result.dataset, Object.keys(texts).length);
	return { ok: true, summary: updated.length > 0 ? `${summary} ${schemasUpdated(updated)}` : summary, warnings: result.warnings };
}

/** Set once the build has checked the data: SvelteKit's second (client) build loads this plugin afresh. */
const CHECKED = Symbol.for('editors-data:checked');
/** How many data warnings the build had, for the build's closing summary (svelte.config.js reads it). */
const BUILT_WITH_WARNINGS = Symbol.for('editors-data:warnings');

export interface EditorsDataOptions {
	/** Where the build writes the site (relative to the project), removed when the data is refused. */
	outDir: string;
}

/** How long a data file must stay unwritten before it is judged. */
const SAVE_SETTLE_MS = 80;

export function editorsData(options: EditorsDataOptions): Plugin {
	let dir = '';
	let root = '';
	let building = false;
	let logger: Logger;
	return {
		name: 'editors-data',
		configResolved(config) {
			dir = join(config.root, 'data');
			root = config.root;
			building = config.command === 'build';
			logger = config.logger;
		},
		buildStart() {
			// In a real build (not when a tool only resolves the config), check once, before
			// anything is built. The dev server starts anyway and shows the problems.
			const shared = globalThis as { [CHECKED]?: boolean };
			if (!building || shared[CHECKED]) return;
			shared[CHECKED] = true;
			const outDir = resolve(root, options.outDir);
			const result = check(dir);
			if (!result.ok) {
				// The last good site must not pass for this one: nothing is left to upload.
				rmSync(outDir, { recursive: true, force: true });
				console.error(`\n${problemsReport(result.error.problems)}\nNothing was built, and the previous ${options.outDir}/ was removed.\n`);
				process.exit(1);
			}
			logger.info(result.summary);
			if (result.warnings.length > 0) logger.warn(warningsReport(result.warnings));
			// Said again as the build's last words (svelte.config.js), where an editor looks.
			(globalThis as { [BUILT_WITH_WARNINGS]?: number })[BUILT_WITH_WARNINGS] = result.warnings.length;
			// Any later failure (in the charts' code, say) must not leave the old site either: the
			// adapter writes the new one beside it and swaps it in once complete (svelte.config.js).
			rmSync(outDir, { recursive: true, force: true });
		},
		configureServer(server: ViteDevServer) {
			// vitest starts a server too (in mode "test"); its tests check the data themselves.
			if (server.config.mode === 'test') return;
			// The problems of the data as last saved, shown to every page that connects until a
			// good save clears them: a reload, or a second tab, must not hide them.
			let shownError: { message: string; stack: string; plugin: string } | undefined;
			let shownWarnings: string[] = [];
			const report = (afterSave: boolean) => {
				const result = check(dir);
				if (result.ok) {
					shownError = undefined;
					shownWarnings = result.warnings.map(formatWarning);
					server.config.logger.info(result.summary, { timestamp: true });
					if (result.warnings.length > 0) server.config.logger.warn(warningsReport(result.warnings), { timestamp: true });
					server.ws.send({ type: 'custom', event: WARNINGS_EVENT, data: shownWarnings });
					// The data is read by server code, which has no hot update: reload the page.
					if (afterSave) server.ws.send({ type: 'full-reload', path: '*' });
					return;
				}
				shownError = { message: result.error.message, stack: '', plugin: 'editors-data' };
				server.config.logger.error(result.error.message, { timestamp: true });
				server.ws.send({ type: 'error', err: shownError });
				// The last good save's warnings are not this data's: the problems come first.
				shownWarnings = [];
				server.ws.send({ type: 'custom', event: WARNINGS_EVENT, data: shownWarnings });
			};
			server.ws.on('vite:client:connect', (_payload, client) => {
				if (shownError) client.send({ type: 'error', err: shownError });
			});
			// The warnings panel asks once it is listening (it loads after the page connects).
			server.ws.on(WARNINGS_REQUEST, (_payload, client) => client.send(WARNINGS_EVENT, shownWarnings));
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
