/**
 * JSON Schemas for editors' text editors, generated from the zod schemas the build uses, so
 * there is never a second, hand-kept copy. `npm run schemas` writes them to data/schema/;
 * a unit test fails if the committed files differ from what this generates.
 */
import { z } from 'zod';
import { fileSchemas, type DataFileName } from './schema';

const titles: Record<DataFileName, string> = {
	'sources.json': 'Sources: every publication a figure or chart cites',
	'figures.json': 'Figures: every number the piece shows, each with its source',
	'charts.json': 'Charts: the states each chart can show',
	'story.json': "Story: the piece's text and its steps"
};

export function schemaFileName(file: DataFileName): string {
	return file.replace(/\.json$/, '.schema.json');
}

export function jsonSchemaFor(file: DataFileName): Record<string, unknown> {
	const schema = z.toJSONSchema(fileSchemas[file], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
	return { ...schema, title: titles[file] };
}

/** The text written to disk: stable, two-space JSON with a final newline. */
export function jsonSchemaText(file: DataFileName): string {
	return JSON.stringify(jsonSchemaFor(file), null, 2) + '\n';
}
