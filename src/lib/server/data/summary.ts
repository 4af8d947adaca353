/** The one-line summary of valid data that `check-data`, the build and the dev server print. */
import type { Dataset } from './validate.ts';
import { chartIds } from '../../charts/registry.ts';

export function summarizeDataset(dataset: Dataset, fileCount: number): string {
	const { sources, figures, charts, story } = dataset;
	const states = chartIds.reduce((sum, chart) => sum + charts[chart].states.length, 0);
	return (
		`Data is valid: ${fileCount} files, ${sources.length} sources, ${figures.length} figures, ` +
		`${states} chart states, ${story.steps.length} steps.`
	);
}
