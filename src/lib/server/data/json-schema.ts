/**
 * JSON Schemas for editors' text editors, generated from the zod schemas the build uses, so
 * there is never a second, hand-kept copy. They also list the ids the data holds now wherever
 * the data refers to a figure, a source, a chart state or an item, so the editor autocompletes
 * them and underlines a wrong one; that is why they are rewritten whenever the data changes
 * and is valid (by `npm run dev`, `npm run build` and `npm run check-data`; `writeSchemas`).
 */
import { z } from 'zod';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileSchemas, type DataFileName } from './schema.ts';
import { schemaHints } from './fields.ts';
import type { Dataset } from './validate.ts';
import { chartIds } from '../../charts/registry.ts';

const titles: Record<DataFileName, string> = {
	'sources.json': 'Sources: every publication a figure or chart cites',
	'figures.json': 'Figures: every number the piece shows, each with its source',
	'charts.json': 'Charts: the states each chart can show',
	'story.json': "Story: the piece's text and its steps"
};

export function schemaFileName(file: DataFileName): string {
	return file.replace(/\.json$/, '.schema.json');
}

/** A step's state must be one of its own chart's states: one condition per chart. */
function stepStateByChart(dataset: Dataset) {
	return chartIds.map((chart) => ({
		if: { properties: { chart: { const: chart } }, required: ['chart'] },
		then: { properties: { state: { enum: dataset.charts[chart].states.map((state) => state.id) } } }
	}));
}

function jsonSchemaFor(file: DataFileName, dataset: Dataset): Record<string, unknown> {
	const schema = z.toJSONSchema(fileSchemas[file], {
		target: 'draft-2020-12',
		io: 'input',
		unrepresentable: 'any',
		override({ zodSchema, jsonSchema }) {
			const hint = schemaHints.get(zodSchema);
			if (!hint) return;
			const extra = hint(dataset);
			// An id listed by name needs no pattern: the list says more.
			if ('enum' in extra) delete jsonSchema.pattern;
			Object.assign(jsonSchema, extra);
		}
	}) as Record<string, unknown> & { properties: Record<string, { items?: Record<string, unknown> }> };
	if (file === 'story.json') schema.properties.steps.items!.allOf = stepStateByChart(dataset);
	return { ...schema, title: titles[file] };
}

/** The text written to disk: stable, two-space JSON with a final newline. */
export function jsonSchemaText(file: DataFileName, dataset: Dataset): string {
	return JSON.stringify(jsonSchemaFor(file, dataset), null, 2) + '\n';
}

/**
 * Writes every schema whose text has changed into `dir`, if there is such a folder (copies of
 * the data made elsewhere, in tests say, get none); returns the names of those written.
 */
export function writeSchemas(dir: string, dataset: Dataset): string[] {
	if (!existsSync(dir)) return [];
	const written: string[] = [];
	for (const file of Object.keys(fileSchemas) as DataFileName[]) {
		const path = join(dir, schemaFileName(file));
		const text = jsonSchemaText(file, dataset);
		if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
		writeFileSync(path, text);
		written.push(schemaFileName(file));
	}
	return written;
}
