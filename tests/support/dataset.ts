/** The editors' real data files, read from disk as the check-data command reads them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, type Dataset } from '../../src/lib/server/data/validate';
import { buildStory } from '../../src/lib/server/story/build';
import type { DataFileName } from '../../src/lib/server/data/schema';

export const dataDir = join(import.meta.dirname, '../../data');

export function readRawData(): Record<DataFileName, unknown> {
	const files = readdirSync(dataDir).filter((f) => f.endsWith('.json'));
	return Object.fromEntries(files.map((f) => [f, JSON.parse(readFileSync(join(dataDir, f), 'utf8'))])) as Record<DataFileName, unknown>;
}

export function realDataset(): Dataset {
	const result = validateDataset(readRawData());
	if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
	return result.dataset;
}

export const realStory = () => buildStory(realDataset());
