/**
 * The one place the site reads `data/`: every JSON file there, validated together. Invalid
 * data throws, which stops `npm run build` and shows the problems in `npm run dev`.
 */
import { DataValidationError, validateDataset, type Dataset } from './validate';
import type { DataFileName } from './schema';

const files = import.meta.glob('/data/*.json', { eager: true, import: 'default' });

export function loadDataset(): Dataset {
	const raw = Object.fromEntries(
		Object.entries(files).map(([path, content]) => [path.slice('/data/'.length), content])
	) as Partial<Record<DataFileName, unknown>>;
	const result = validateDataset(raw);
	if (!result.ok) throw new DataValidationError(result.problems);
	return result.dataset;
}
