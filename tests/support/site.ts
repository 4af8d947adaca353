/** The built site, served for a test file; fails clearly when `npm run build` has not run. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveDirectory, type StaticServer } from './static-server';

export const buildDir = join(import.meta.dirname, '../../build');

export async function serveBuild(options: { dir?: string; base?: string } = {}): Promise<StaticServer> {
	const dir = options.dir ?? buildDir;
	if (!existsSync(join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir}: run \`npm run build\` first (npm test does this).`);
	}
	return serveDirectory(dir, { base: options.base });
}
