/**
 * The one place the site reads `data/`: every JSON file there, as text, validated together
 * exactly as `npm run check-data` validates it. Invalid data throws, which stops
 * `npm run build` and shows the problems in `npm run dev`. Vite watches these files, so
 * saving one reloads the page with the new data.
 */
import { DataValidationError, validateDataTexts, type Dataset, type DataWarning } from './validate';

const files = import.meta.glob('/data/*.json', { eager: true, query: '?raw', import: 'default' }) as Record<string, string>;

function validate() {
	const texts = Object.fromEntries(Object.entries(files).map(([path, text]) => [path.slice('/data/'.length), text]));
	const result = validateDataTexts(texts);
	if (!result.ok) throw new DataValidationError(result.problems);
	return result;
}

export function loadDataset(): Dataset {
	return validate().dataset;
}

/** What the data check warns about (the storyboard lists it). */
export function loadWarnings(): DataWarning[] {
	return validate().warnings;
}
