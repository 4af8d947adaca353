/**
 * A lean piece: the benchmark (its page, its baselines, Lighthouse) is no part of what is
 * published or what `npm ci` installs; `npm run bench` builds and installs it on its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildDir } from '../support/site';

const root = join(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

it('publishes no benchmark page or benchmark code', () => {
	if (!existsSync(join(buildDir, 'index.html'))) throw new Error(`No built site in ${buildDir}: run \`npm run build\` first.`);
	expect(existsSync(join(buildDir, 'bench'))).toBe(false);
	// The benchmark page's hook for `npm run bench`, and its baselines' names.
	const scripts = filesUnder(buildDir).filter((file) => file.endsWith('.js'));
	expect(scripts.length).toBeGreaterThan(0);
	const withBenchCode = scripts.filter((file) => /runTransitions|benchReady/.test(readFileSync(file, 'utf8')));
	expect(withBenchCode).toEqual([]);
});

it('installs Lighthouse only for the benchmark, not with the piece', () => {
	const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
	expect(Object.keys(lock.packages).filter((path) => path.endsWith('node_modules/lighthouse'))).toEqual([]);
	const benchLock = JSON.parse(readFileSync(join(root, 'bench/package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
	expect(Object.keys(benchLock.packages)).toContain('node_modules/lighthouse');
});
