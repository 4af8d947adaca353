/**
 * A synthetic story for the benchmark page only: the real story model with the workers chart
 * given three states at any number of marks, so the cost of drawing can be measured as the
 * count grows. Never shown to readers as data.
 */
import type { StoryModel, FigureView } from '$lib/story/model';

export const BENCH_STATES = ['all', 'split', 'highlight'] as const;

export function syntheticStory(model: StoryModel, marks: number): StoryModel {
	// Any real figure lends its source and kind; only the values are made up.
	const template = Object.values(model.figures)[0];
	const figure = (id: string, value: number): FigureView => ({
		...template,
		id,
		label: `Synthetic group ${id}`,
		value,
		qualifier: 'exact',
		text: value.toLocaleString('en-GB')
	});
	const share = (f: number) => Math.round(marks * f);
	const figures = {
		...model.figures,
		'bench-all': figure('bench-all', marks),
		'bench-a': figure('bench-a', share(0.3)),
		'bench-b': figure('bench-b', share(0.25)),
		'bench-c': figure('bench-c', share(0.45)),
		'bench-part': figure('bench-part', share(0.2))
	};
	return {
		...model,
		figures,
		charts: {
			...model.charts,
			workers: {
				title: `Benchmark: ${marks.toLocaleString('en-GB')} marks`,
				states: [
					{ id: 'all', groups: [{ figure: 'bench-all' }] },
					{ id: 'split', groups: [{ figure: 'bench-a' }, { figure: 'bench-b' }, { figure: 'bench-c' }] },
					{ id: 'highlight', groups: [{ figure: 'bench-all', part: 'bench-part' }] }
				]
			}
		}
	};
}
