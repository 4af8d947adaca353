import { describe, expect, it } from 'vitest';
import { realStory } from '../../support/dataset';
import { workersChartState, markPoolSize } from '../../../src/lib/charts/workers/state';
import { fitCell, layoutWorkers, LABEL_SPACE } from '../../../src/lib/charts/workers/layout';
import { interpolatePositions, markSize, packColour } from '../../../src/lib/charts/workers/marks-renderer';

const story = realStory();

describe('workers chart state', () => {
	it('draws one mark per person of each figure, unrounded', () => {
		const state = workersChartState(story, 'permits');
		expect(state.groups).toHaveLength(1);
		expect(state.groups[0]).toMatchObject({ count: 30023, text: '30,023' });
		expect(state.groups[0].part).toMatchObject({ count: 11490, text: '11,490' });
		expect(state.marks).toBe(30023);
	});

	it('keeps each source qualifier in the label', () => {
		const state = workersChartState(story, 'estimates');
		expect(state.groups.map((g) => g.text)).toEqual(['about 4,000', 'about 8,000', '10,000', 'about 15,000']);
	});

	it('draws at least 50,000 marks in its largest state', () => {
		expect(markPoolSize(story)).toBeGreaterThanOrEqual(50000);
	});

	it('says what it shows with the numbers', () => {
		expect(workersChartState(story, 'entries').summary).toContain('13,221');
		expect(workersChartState(story, 'entries').summary).toContain('7,887');
	});
});

describe('workers layout', () => {
	const pool = markPoolSize(story);
	const sizes = [
		{ width: 358, height: 700 },
		{ width: 880, height: 740 },
		{ width: 1200, height: 500 }
	];

	for (const size of sizes) {
		for (const stateDef of story.charts.workers.states) {
			it(`${stateDef.id} at ${size.width}×${size.height}: every mark inside the chart, none overlapping`, () => {
				const state = workersChartState(story, stateDef.id);
				const layout = layoutWorkers(state.groups, size, pool);
				const visible: string[] = [];
				const outside: number[] = [];
				for (let i = 0; i < pool; i++) {
					if (layout.tones[i] === 0) continue;
					const x = layout.positions[i * 2];
					const y = layout.positions[i * 2 + 1];
					const inside = x >= 0 && x + layout.cell <= size.width + 1e-6 && y >= LABEL_SPACE - 1e-6 && y + layout.cell <= size.height + 1e-6;
					if (!inside) outside.push(i);
					visible.push(`${x},${y}`);
				}
				expect(outside).toEqual([]);
				expect(visible).toHaveLength(state.marks);
				expect(new Set(visible).size).toBe(state.marks);
				const highlighted = layout.tones.filter((t) => t === 2).length;
				expect(highlighted).toBe(state.groups.reduce((sum, g) => sum + (g.part?.count ?? 0), 0));
			});
		}
	}

	it('groups compare like bars: the same row width, heights in proportion to counts', () => {
		const state = workersChartState(story, 'estimates');
		const layout = layoutWorkers(state.groups, { width: 880, height: 700 }, pool);
		const columns = new Set(layout.groups.map((g) => g.columns));
		expect(columns.size).toBe(1);
		const heights = layout.groups.map((g) => g.height);
		expect(heights).toEqual([...heights].sort((a, b) => a - b));
	});

	it('picks the largest cell that fits, and a smaller one for more marks', () => {
		const few = fitCell([1000], { width: 800, height: 600 });
		const many = fitCell([50000], { width: 800, height: 600 });
		expect(few.cell).toBeGreaterThan(many.cell);
		expect(Math.ceil(50000 / many.columns) * many.cell).toBeLessThanOrEqual(600 - LABEL_SPACE);
	});
});

describe('mark animation', () => {
	it('starts where the marks are and ends at the new layout', () => {
		const from = new Float32Array([0, 0, 10, 10]);
		const to = new Float32Array([100, 50, 20, 30]);
		const out = new Float32Array(4);
		interpolatePositions(from, to, 0, out);
		expect([...out]).toEqual([...from]);
		interpolatePositions(from, to, 1, out);
		expect([...out]).toEqual([...to]);
	});

	it('keeps a gap between marks where cells have room, and fills dense cells', () => {
		expect(markSize(6)).toBe(4);
		expect(markSize(3)).toBe(2);
		expect(markSize(2)).toBe(2);
		expect(markSize(1.5)).toBe(2);
		expect(markSize(0.75)).toBe(1);
	});

	it('packs CSS colours for a little-endian RGBA pixel buffer', () => {
		expect(packColour('#b8410e')).toBe(((255 << 24) | (0x0e << 16) | (0x41 << 8) | 0xb8) >>> 0);
		expect(packColour(' rgb(111, 122, 133)')).toBe(((255 << 24) | (133 << 16) | (122 << 8) | 111) >>> 0);
	});
});
