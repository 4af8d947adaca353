/**
 * The workers chart's labels, as a reader checks them: every figure and what it counts in
 * full (no word cut), inside the chart, and no group's words running into another group's,
 * in every state at the sizes the piece draws the chart, from a 268 px plot up. Measured with
 * the same width estimate the wrapping uses; the browser test (chart-labels) checks the real glyphs.
 */
import { describe, expect, it } from 'vitest';
import { realStory } from '../../support/dataset';
import fc from 'fast-check';
import { allWorkersStates, type WorkersChartState } from '../../../src/lib/charts/workers/state';
import { fitScale, layoutState } from '../../../src/lib/charts/workers/layout';
import { placeGroupLabels, type GroupLabel } from '../../../src/lib/charts/workers/group-labels';
import { estimatedWidth } from '../../../src/lib/charts/labels';

const states = allWorkersStates(realStory());
const sizes = [
	{ width: 268, height: 300 },
	{ width: 343, height: 280 },
	{ width: 358, height: 400 },
	{ width: 480, height: 420 },
	{ width: 896, height: 380 }
];

/** A label's box from its anchor, lines and estimated line widths. */
function box(label: GroupLabel) {
	const width = Math.max(...label.lines.map((line) => estimatedWidth(line.text, label.font)));
	const left = label.anchor === 'end' ? label.x - width : label.x;
	return { left, right: left + width, top: label.y, bottom: label.y + label.lines.length * label.line };
}

/** The reader's checks, for every state at one size and ratio; failures name the state. */
function expectLabelsReadable(allStates: WorkersChartState[], size: { width: number; height: number }, dpr: number) {
	const scale = fitScale(allStates, size, dpr);
	for (const state of allStates) {
		const labels = placeGroupLabels(layoutState(state, scale), state.groups);
		const words = labels.flatMap((label) => label.lines.map((line) => line.text)).join(' ');
		// Every figure and every description in full: nothing cut to an ellipsis, and every
		// character there (a long word in a narrow column is broken with a hyphen).
		expect(words).not.toContain('…');
		const letters = (text: string) => text.replace(/[\s-]/g, '');
		for (const group of state.groups)
			for (const text of [group.text, group.label, group.part && `${group.part.text} ${group.part.label}`])
				if (text) expect(letters(words), `${state.id} at ${size.width} px`).toContain(letters(text));
		const boxes = labels.map(box);
		for (const b of boxes) {
			expect(b.left, `${state.id}: a label starts left of the chart`).toBeGreaterThanOrEqual(-0.5);
			expect(b.right, `${state.id}: a label runs off the chart`).toBeLessThanOrEqual(size.width + 0.5);
			expect(b.top, `${state.id}: a label starts above the chart`).toBeGreaterThanOrEqual(0);
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i], boxes[j]];
				const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
				expect(apart, `${state.id}: "${labels[i].lines[0].text}" meets "${labels[j].lines[0].text}"`).toBe(true);
			}
	}
}

describe('workers chart labels', () => {
	for (const size of sizes) {
		for (const dpr of [1, 2, 3]) {
			it(`${size.width}×${size.height} at a ratio of ${dpr}: whole, inside the chart, and clear of each other`, () => {
				expectLabelsReadable(states, size, dpr);
			});
		}
	}

	it('six groups, as many as a state may have, at 268 px: long words broken, never run into a neighbour', () => {
		// The state with the most groups, given groups from the other states up to six.
		const story = structuredClone(realStory());
		const configs = story.charts.workers.states;
		const widest = configs.reduce((a, b) => (b.groups.length > a.groups.length ? b : a));
		const figureOf = (group: (typeof widest.groups)[number]) => ('figure' in group ? group.figure : null);
		const shown = new Set(widest.groups.map(figureOf));
		const more = [...new Set(configs.flatMap((state) => state.groups.map(figureOf)))].filter((id) => id !== null && !shown.has(id));
		widest.groups.push(...more.slice(0, 6 - widest.groups.length).map((figure) => ({ figure: figure! })));
		expect(widest.groups.length).toBe(6);
		for (const dpr of [1, 2, 3]) expectLabelsReadable(allWorkersStates(story), { width: 268, height: 300 }, dpr);
	});

	// An editor changes a figure: any count (its part no larger), any qualifier in its words.
	const count = fc.integer({ min: 1, max: 120_000 });
	const edit = fc.record({
		whole: count,
		share: fc.double({ min: 0, max: 1, noNaN: true }),
		qualifier: fc.constantFrom('', 'about ', 'more than ')
	});
	it('stay whole, inside the chart and apart whatever the figures say', () => {
		fc.assert(
			fc.property(
				fc.array(edit, { minLength: 16, maxLength: 16 }),
				fc.constantFrom(...sizes),
				fc.constantFrom(1, 2, 3),
				(edits, size, dpr) => {
					let e = 0;
					const edited = states.map((state) => ({
						...state,
						groups: state.groups.map((group) => {
							if (!group.figureId) return group;
							const { whole, share, qualifier } = edits[e++ % edits.length];
							const part = Math.floor(whole * share);
							return {
								...group,
								count: whole,
								text: `${qualifier}${whole.toLocaleString('en-GB')}`,
								...(group.part && { part: { ...group.part, count: part, text: part.toLocaleString('en-GB') } })
							};
						})
					}));
					expectLabelsReadable(edited, size, dpr);
				}
			),
			{ numRuns: 60 }
		);
	});
});
