/**
 * A copy of the project in a temporary folder (node_modules linked, not copied), for tests
 * that build or serve the site from data of their own without touching the real files.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');

export function copyProject(prefix = 'nk-project-'): string {
	const project = mkdtempSync(join(tmpdir(), prefix));
	for (const entry of ['src', 'static', 'data', 'package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json']) {
		cpSync(join(root, entry), join(project, entry), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
	return project;
}

/** Rewrites every data file's text in a project copy. */
export function editDataTexts(project: string, edit: (text: string, file: string) => string): void {
	const dir = join(project, 'data');
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8'), file));
	}
}

/** Runs `vite build` in a project; returns its exit status and everything it printed. */
export function buildProject(project: string, env: Record<string, string> = {}): { status: number; output: string } {
	try {
		const output = execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
			cwd: project,
			env: { ...process.env, ...env },
			encoding: 'utf8',
			stdio: 'pipe'
		});
		return { status: 0, output };
	} catch (error) {
		const failed = error as { status: number; stdout: string; stderr: string };
		return { status: failed.status, output: `${failed.stdout}${failed.stderr}` };
	}
}
