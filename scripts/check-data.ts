/**
 * npm run check-data: checks every file in data/ and prints each problem, and each warning,
 * in words an editor can act on. Exit status 1 on any problem, 0 when the data can be
 * published (warnings included). It never changes a data file; when the data is valid it
 * brings the JSON Schemas in data/schema/ up to date with its ids, for the editor's text editor.
 */
import { join } from 'node:path';
import { validateDataTexts } from '../src/lib/server/data/validate';
import { problemsReport, warningsReport } from '../src/lib/server/data/problems';
import { readDataTexts } from '../src/lib/server/data/read-files';
import { summarizeDataset } from '../src/lib/server/data/summary';
import { writeSchemas } from '../src/lib/server/data/json-schema';
import { schemasUpdated } from '../src/lib/server/data/vite-plugin';

const dir = process.argv[2] ?? join(import.meta.dirname, '../data');
const texts = readDataTexts(dir);
const result = validateDataTexts(texts);
if (result.ok) {
	console.log(summarizeDataset(result.dataset, Object.keys(texts).length));
	const updated = writeSchemas(join(dir, 'schema'), result.dataset);
	if (updated.length > 0) console.log(schemasUpdated(updated));
	if (result.warnings.length > 0) console.log(`\n${warningsReport(result.warnings)}`);
	process.exit(0);
}
console.error(problemsReport(result.problems));
if (result.stage === 'files') console.error('(The references between files are checked once these are fixed.)');
console.error('Nothing was changed.');
process.exit(1);
