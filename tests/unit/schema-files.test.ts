/**
 * The JSON Schemas editors' text editors use are generated from the build's own schemas:
 * the committed files must be exactly what the generator writes, and they must accept the
 * real data and refuse what the build refuses.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { fileSchemas, type DataFileName } from '../../src/lib/server/data/schema';
import { jsonSchemaText, schemaFileName } from '../../src/lib/server/data/json-schema';
import { dataDir, readRawData } from '../support/dataset';

const files = Object.keys(fileSchemas) as DataFileName[];
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));

describe.each(files)('%s', (file) => {
	const committed = readFileSync(join(dataDir, 'schema', schemaFileName(file)), 'utf8');

	it('has a committed JSON Schema identical to the generated one (run `npm run schemas` after changing schema.ts)', () => {
		expect(committed).toBe(jsonSchemaText(file));
	});

	it('points its $schema at that file', () => {
		expect((readRawData()[file] as { $schema?: string }).$schema).toBe(`./schema/${schemaFileName(file)}`);
	});

	it('accepts the real data in both the JSON Schema and the build’s schema', () => {
		const validate = ajv.compile(JSON.parse(committed));
		const raw = readRawData()[file];
		expect(validate(raw), JSON.stringify(validate.errors)).toBe(true);
		expect(fileSchemas[file].safeParse(raw).success).toBe(true);
	});
});

describe('the JSON Schema refuses what the build refuses', () => {
	const cases: [DataFileName, (raw: any) => void][] = [
		['figures.json', (raw) => (raw.figures[0].value = 'many')],
		['figures.json', (raw) => (raw.figures[0].value = -1)],
		['figures.json', (raw) => delete raw.figures[0].source],
		['sources.json', (raw) => (raw.sources[0].published = '12/08/2025')],
		['story.json', (raw) => (raw.steps[0].chart = 'pie')],
		['charts.json', (raw) => (raw.shifts.states[0].view = 'week')],
		['story.json', (raw) => (raw.steps[0].extra = true)]
	];
	it.each(cases)('%s, edit %#', (file, edit) => {
		const raw: any = structuredClone(readRawData()[file]);
		edit(raw);
		const validate = ajv.compile(JSON.parse(jsonSchemaText(file)));
		expect(validate(raw)).toBe(false);
		expect(fileSchemas[file].safeParse(raw).success).toBe(false);
	});
});
