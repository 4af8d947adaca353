/**
 * npm run check-data: checks every file in data/ and prints each problem in words an
 * editor can act on. Exit status 1 on any problem, 0 when all is well. Reads only; it never
 * changes a data file.
 */
import { join } from 'node:path';
import { formatProblem, validateDataTexts } from '../src/lib/server/data/validate';
import { readDataTexts } from '../src/lib/server/data/read-files';
import { summarizeDataset } from '../src/lib/server/data/summary';

const dir = process.argv[2] ?? join(import.meta.dirname, '../data');
const texts = readDataTexts(dir);
const result = validateDataTexts(texts);
if (result.ok) {
	console.log(summarizeDataset(result.dataset, Object.keys(texts).length));
	process.exit(0);
}
console.error(`Found ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in ${dir}:\n`);
for (const problem of result.problems) console.error(`  ✗ ${formatProblem(problem)}`);
if (result.stage === 'files') console.error('\n(The references between files are checked once these are fixed.)');
console.error('\nNothing was changed. Fix these, save, and run `npm run check-data` again. EDITING.md explains each message.');
process.exit(1);
