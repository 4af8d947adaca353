/** The one-line summary of valid data that `check-data`, the build and the dev server print. */
import type { Dataset } from './validate.ts';

export function summarizeDataset(dataset: Dataset, fileCount: number): string {
	const { sources, figures, charts, story } = dataset;
	const states = charts.workers.states.length + charts.shifts.states.length + charts.exchange.states.length;
	return (
		`Data is valid: ${fileCount} files, ${sources.length} sources, ${figures.length} figures, ` +
		`${states} chart states, ${story.steps.length} steps.`
	);
}
