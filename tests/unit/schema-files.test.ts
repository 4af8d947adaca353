/**
 * The JSON Schemas editors' text editors use are generated from the build's own schemas and
 * the data's current ids: the committed files must be what the generator writes for the data
 * as it is (the build and check-data rewrite them), every field must carry a description, and
 * they must accept the real data and refuse what the build refuses, wrong ids included.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fileSchemas, type DataFileName } from '../../src/lib/server/data/schema';
import { jsonSchemaText, schemaFileName } from '../../src/lib/server/data/json-schema';
import { validateDataset } from '../../src/lib/server/data/validate';
import { dataDir, readRawData, realDataset } from '../support/dataset';

const files = Object.keys(fileSchemas) as DataFileName[];
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const dataset = realDataset();
const generated = (file: DataFileName) => JSON.parse(jsonSchemaText(file, dataset));

/** Every property of every object in a JSON Schema, with its path. */
function properties(schema: any, path = ''): [string, any][] {
	if (schema === null || typeof schema !== 'object') return [];
	const own: [string, any][] = Object.entries(schema.properties ?? {}).map(([key, value]) => [`${path}.${key}`, value]);
	// Conditions (allOf, if/then) restate fields already listed; they are not fields of their own.
	const nested = Object.entries(schema).flatMap(([key, value]) =>
		key === 'allOf'
			? []
			: key === 'properties'
				? Object.entries(value as object).flatMap(([name, property]) => properties(property, `${path}.${name}`))
				: typeof value === 'object'
					? properties(value, key === 'items' ? `${path}[]` : path)
					: []
	);
	return [...own, ...nested];
}

describe.each(files)('%s', (file) => {
	const committed = readFileSync(join(dataDir, 'schema', schemaFileName(file)), 'utf8');

	it('has a committed JSON Schema identical to the one generated from the data as it is (npm run check-data rewrites it)', () => {
		expect(committed).toBe(jsonSchemaText(file, dataset));
	});

	it('points its $schema at that file', () => {
		expect((readRawData()[file] as { $schema?: string }).$schema).toBe(`./schema/${schemaFileName(file)}`);
	});

	it('describes every field, for the editor’s tooltips', () => {
		const undescribed = properties(generated(file))
			.filter(([, schema]) => typeof schema.description !== 'string' || schema.description.length < 10)
			.map(([path]) => path);
		expect(undescribed).toEqual([]);
	});

	it('accepts the real data in both the JSON Schema and the build’s schema', () => {
		const validate = ajv.compile(generated(file));
		const raw = readRawData()[file];
		expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
		expect(fileSchemas[file].safeParse(raw).success).toBe(true);
	});
});

describe('the JSON Schema refuses what the build refuses', () => {
	const firstStep = (raw: any, chart: string) => raw.steps.find((s: any) => s.chart === chart);
	const cases: [string, DataFileName, (raw: any) => void][] = [
		['a count as text', 'figures.json', (raw) => (raw.figures[0].value = 'many')],
		['a negative count', 'figures.json', (raw) => (raw.figures[0].value = -1)],
		['a missing source', 'figures.json', (raw) => delete raw.figures[0].source],
		['a source that does not exist', 'figures.json', (raw) => (raw.figures[0].source = 'no-such-source')],
		['a date written another way', 'sources.json', (raw) => (raw.sources[0].published = '12/08/2025')],
		['a javascript: address', 'sources.json', (raw) => (raw.sources[0].url = 'javascript:alert(1)')],
		['a chart that does not exist', 'story.json', (raw) => (raw.steps[0].chart = 'pie')],
		['a state of another chart', 'story.json', (raw) => (firstStep(raw, 'workers').state = firstStep(raw, 'shifts').state)],
		['a state that does not exist', 'story.json', (raw) => (raw.steps[0].state = 'no-such-state')],
		['a {…} that is not a figure id', 'story.json', (raw) => (raw.steps[0].text = 'About {no-such-figure} people')],
		['a {…} written wrongly', 'story.json', (raw) => (raw.intro[0] = `About {{${dataset.figures[0].id}}} people`)],
		['a javascript: link in text', 'story.json', (raw) => (raw.outro[0] = 'See [this](javascript:alert(1))')],
		['a disagreement naming no figure', 'story.json', (raw) => (raw.disagreements[0].figures[0] = 'no-such-figure')],
		['a workers group naming no figure', 'charts.json', (raw) => (raw.workers.states[0].groups[0].figure = 'no-such-figure')],
		['an exchange state naming no item', 'charts.json', (raw) => (raw.exchange.states[0].items[0] = 'no-such-item')],
		['a view the shifts chart lacks', 'charts.json', (raw) => (raw.shifts.states[0].view = 'week')],
		['an unknown field', 'story.json', (raw) => (raw.steps[0].extra = true)]
	];
	it.each(cases)('%s (%s)', (_name, file, edit) => {
		const raw: any = structuredClone(readRawData());
		edit(raw[file]);
		const validate = ajv.compile(generated(file));
		expect(validate(raw[file])).toBe(false);
		expect(validateDataset(raw).ok).toBe(false);
	});
});
