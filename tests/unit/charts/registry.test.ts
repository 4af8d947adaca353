/**
 * What any chart must do, asked of every chart in the registry through the real data:
 * a state for every step, words with numbers, tables whose figures exist, and a build that
 * follows the data (renamed ids, a chart no step shows).
 */
import { describe, expect, it } from 'vitest';
import { readRawData } from '../../support/dataset';
import { chartIds } from '../../../src/lib/charts/registry';
import { chartText } from '../../../src/lib/charts';
import { tableRows } from '../../../src/lib/charts/table-rows';
import { stageAt } from '../../../src/lib/story/engine';
import { validateDataset } from '../../../src/lib/server/data/validate';
import { buildStory } from '../../../src/lib/server/story/build';
import type { DataFileName } from '../../../src/lib/server/data/schema';

function storyFrom(raw: Record<DataFileName, unknown>) {
	const result = validateDataset(raw);
	if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
	return buildStory(result.dataset);
}

const story = storyFrom(readRawData());

/** Replaces every whole JSON string equal to an id with a new name: what an editor's consistent rename does. */
function renameIds(raw: Record<DataFileName, unknown>, rename: (id: string) => string, ids: Set<string>) {
	const tokenised = (text: string) => text.replace(/\{([a-z0-9-]+)\}/g, (all, id: string) => (ids.has(id) ? `{${rename(id)}}` : all));
	const walk = (value: unknown): unknown => {
		if (typeof value === 'string') return ids.has(value) ? rename(value) : tokenised(value);
		if (Array.isArray(value)) return value.map(walk);
		if (value && typeof value === 'object')
			return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$schema' ? v : walk(v)]));
		return value;
	};
	return walk(raw) as Record<DataFileName, unknown>;
}

describe('every chart state, worked out at build time', () => {
	for (const chart of chartIds) {
		for (const { id } of story.charts[chart].states) {
			it(`${chart} "${id}": a title, words with numbers, and table rows citing listed sources`, () => {
				const text = story.chartTexts[chart][id];
				expect(text.id).toBe(id);
				expect(text.title.length).toBeGreaterThan(0);
				expect(text.summary).toMatch(/\d/);
				expect(tableRows(story, text).length).toBeGreaterThan(0);
				const numbers = story.sources.map((s) => s.number);
				for (const row of tableRows(story, text)) for (const n of row.sourceNumbers) expect(numbers).toContain(n);
				for (const figureId of text.figureIds) expect(story.figures).toHaveProperty(figureId);
			});
		}
	}
	it('every step names a state its chart has', () => {
		for (const step of story.steps) expect(story.chartTexts[step.chart]).toHaveProperty(step.state);
	});
	it('an unknown state is an error, not an empty chart', () => {
		for (const chart of chartIds) expect(() => chartText(story, chart, 'no-such-state')).toThrow(/no-such-state/);
	});
});

describe('the code follows the data', () => {
	it('renaming every figure, source and state id consistently builds the same piece', () => {
		const raw = readRawData();
		const ids = new Set<string>();
		for (const f of (raw['figures.json'] as { figures: { id: string }[] }).figures) ids.add(f.id);
		for (const s of (raw['sources.json'] as { sources: { id: string }[] }).sources) ids.add(s.id);
		for (const chart of chartIds) for (const s of story.charts[chart].states) ids.add(s.id);
		const renamed = storyFrom(renameIds(raw, (id) => `renamed-${id}`, ids));
		for (const step of renamed.steps) {
			const before = story.chartTexts[step.chart][step.state.replace(/^renamed-/, '')];
			const after = renamed.chartTexts[step.chart][step.state];
			expect(after.summary).toBe(before.summary);
			expect(tableRows(renamed, after).map((r) => r.text)).toEqual(tableRows(story, before).map((r) => r.text));
		}
	});
	it('a chart that no step shows is left off the stage', () => {
		const raw = readRawData();
		const storyFile = raw['story.json'] as { steps: { chart: string }[] };
		const missing = chartIds[chartIds.length - 1];
		const withoutIt = storyFrom({ ...raw, 'story.json': { ...storyFile, steps: storyFile.steps.filter((s) => s.chart !== missing) } });
		for (const step of withoutIt.steps) {
			const stage = stageAt(withoutIt.steps, step.index);
			expect(Object.keys(stage.states)).not.toContain(missing);
			for (const [chart, state] of Object.entries(stage.states))
				expect(withoutIt.chartTexts[chart as typeof missing]).toHaveProperty(state!);
		}
	});
});
