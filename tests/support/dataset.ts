/**
 * Data for tests. Logic tests read the small fixture under tests/fixtures/data (invented
 * figures, never the piece's); build and browser tests read the editors' real files and derive
 * every expectation from them, so a valid edit to data/ keeps them green.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataset, validateDataTexts, type Dataset } from '../../src/lib/server/data/validate';
import { buildStory } from '../../src/lib/server/story/build';
import type { DataFileName } from '../../src/lib/server/data/schema';

export const dataDir = join(import.meta.dirname, '../../data');
export const fixtureDir = join(import.meta.dirname, '../fixtures/data');

export function readDataTexts(dir = dataDir): Record<string, string> {
	const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
	return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export function readRawData(dir = dataDir): Record<DataFileName, unknown> {
	return Object.fromEntries(Object.entries(readDataTexts(dir)).map(([f, text]) => [f, JSON.parse(text)])) as Record<DataFileName, unknown>;
}

export function datasetFrom(dir: string): Dataset {
	const result = validateDataTexts(readDataTexts(dir));
	if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
	return result.dataset;
}

export function realDataset(): Dataset {
	const result = validateDataset(readRawData());
	if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
	return result.dataset;
}

export const realStory = () => buildStory(realDataset());
