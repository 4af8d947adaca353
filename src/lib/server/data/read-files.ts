/**
 * Reads every data file from a folder as text, for the command line and the build's
 * early check (the site itself reads them through Vite, in load.server.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readDataTexts(dir: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(dir)
			.filter((name) => name.endsWith('.json'))
			.map((name) => [name, readFileSync(join(dir, name), 'utf8')])
	);
}
