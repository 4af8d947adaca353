/**
 * npm run schemas: writes data/schema/*.schema.json from the zod schemas and the ids the data
 * holds now (see json-schema.ts). check-data, the dev server and the build do the same whenever
 * the data is valid; this is for after a change to the schemas' code.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateDataTexts } from '../src/lib/server/data/validate';
import { problemsReport } from '../src/lib/server/data/problems';
import { readDataTexts } from '../src/lib/server/data/read-files';
import { writeSchemas } from '../src/lib/server/data/json-schema';

const dir = join(import.meta.dirname, '../data');
const result = validateDataTexts(readDataTexts(dir));
if (!result.ok) {
	console.error(`${problemsReport(result.problems)}\nThe schemas list the data's ids, so they are written once the data is valid.`);
	process.exit(1);
}
mkdirSync(join(dir, 'schema'), { recursive: true });
const written = writeSchemas(join(dir, 'schema'), result.dataset);
console.log(written.length > 0 ? `Wrote ${written.map((f) => `data/schema/${f}`).join(', ')}` : 'data/schema/ is up to date.');
