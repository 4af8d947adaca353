import { describe, expect, it } from 'vitest';
import { realStory } from '../../support/dataset';
import { allWorkersStates, markPoolSize, workersChartState, type WorkersChartState } from '../../../src/lib/charts/workers/state';
import { fitScale, layoutState, placeMarks, screenBlocks, type Scale, type StateLayout } from '../../../src/lib/charts/workers/layout';
import { cameraBetween, drawFrame, moveStats, type Frame } from '../../../src/lib/charts/workers/marks-renderer';
import { colourBytes, packMarkColours, packRgb } from '../../../src/lib/charts/workers/colours';
import { workersChart } from '../../../src/lib/charts/workers';

const story = realStory();
const states = allWorkersStates(story);
const figure = (id: string) => story.figures[id];

/** Chart boxes the piece draws the workers chart in (CSS pixels), phone to desktop, and embeds. */
const sizes = [
	{ width: 358, height: 560 },
	{ width: 358, height: 700 },
	{ width: 760, height: 820 },
	{ width: 600, height: 560 },
	{ width: 640, height: 640 },
	{ width: 700, height: 700 },
	{ width: 480, height: 420 },
	{ width: 375, height: 520 }
];
const ratios = [1, 1.25, 1.5, 2, 3];

describe('workers chart state', () => {
	it('draws one mark per person of each figure, unrounded, as the data says', () => {
		for (const config of story.charts.workers.states) {
			const state = workersChartState(story, config.id);
			const expected = config.groups.reduce((sum, g) => sum + ('figure' in g ? figure(g.figure).value : 1), 0);
			expect(state.marks, config.id).toBe(expected);
			config.groups.forEach((g, i) => {
				if (!('figure' in g)) return;
				expect(state.groups[i].text).toBe(figure(g.figure).text);
				if (g.part) expect(state.groups[i].part?.count).toBe(figure(g.part).value);
			});
		}
	});

	it('draws the largest count of people in some state, so the pool holds every mark', () => {
		expect(markPoolSize(story)).toBe(Math.max(...states.map((s) => s.marks)));
	});

	it('takes its title from the state where the state has one, else the chart', () => {
		for (const config of story.charts.workers.states) {
			expect(workersChartState(story, config.id).title).toBe(config.title ?? story.charts.workers.title);
		}
	});

	it('says what it shows, with every number it draws', () => {
		for (const { id } of states) {
			const state = workersChart.state(story, id);
			for (const g of state.groups) {
				if (g.text) expect(state.summary).toContain(g.text);
				if (g.part) expect(state.summary).toContain(g.part.text);
			}
		}
	});
});

/** Every mark's square on the backing store at t = 1, as the renderer draws it. */
function settledFrame(layout: StateLayout, pool: number): Frame {
	const { positions, tones } = placeMarks(layout, pool);
	return {
		poolSize: pool,
		from: positions,
		to: positions,
		fromTones: tones,
		toTones: tones,
		fromCamera: layout.camera,
		toCamera: layout.camera,
		side: layout.scale.side,
		pitch: layout.scale.pitch,
		top: layout.scale.top,
		palette: Uint32Array.of(0, packRgb(colourBytes('#7f8993')!), packRgb(colourBytes('#a8390a')!))
	};
}

/**
 * The painted pixels' connected components (8-neighbour: touching at a corner counts as
 * touching), each with its area, bounding box and whether it is one colour: union-find in
 * typed arrays, so a million pixels take milliseconds.
 */
function components(pixels: Uint32Array, width: number, height: number) {
	const label = new Int32Array(width * height).fill(-1);
	const parent = new Int32Array(width * height);
	let next = 0;
	const find = (a: number): number => {
		while (parent[a] !== a) a = parent[a] = parent[parent[a]];
		return a;
	};
	const join = (own: number, n: number): number => {
		if (label[n] < 0) return own;
		const root = find(label[n]);
		if (own < 0) return root;
		if (root !== own) parent[root] = own;
		return own;
	};
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = y * width + x;
			if (pixels[i] === 0) continue;
			let own = -1;
			if (x > 0) own = join(own, i - 1);
			if (y > 0) {
				own = join(own, i - width);
				if (x > 0) own = join(own, i - width - 1);
				if (x < width - 1) own = join(own, i - width + 1);
			}
			if (own < 0) {
				own = next++;
				parent[own] = own;
			}
			label[i] = own;
		}
	}
	const area = new Int32Array(next);
	const x0 = new Int32Array(next).fill(width);
	const y0 = new Int32Array(next).fill(height);
	const x1 = new Int32Array(next).fill(-1);
	const colour = new Uint32Array(next);
	const mixed = new Uint8Array(next);
	for (let i = 0; i < label.length; i++) {
		if (label[i] < 0) continue;
		const r = find(label[i]);
		const x = i % width;
		const y = (i - x) / width;
		if (area[r] === 0) colour[r] = pixels[i];
		else if (colour[r] !== pixels[i]) mixed[r] = 1;
		area[r]++;
		if (x < x0[r]) x0[r] = x;
		if (y < y0[r]) y0[r] = y;
		if (x > x1[r]) x1[r] = x;
	}
	const out: { area: number; colour: number; oneColour: boolean; x0: number; y0: number; x1: number }[] = [];
	for (let r = 0; r < next; r++) {
		if (area[r] > 0) out.push({ area: area[r], colour: colour[r], oneColour: !mixed[r], x0: x0[r], y0: y0[r], x1: x1[r] });
	}
	return out;
}

const scaled = (all: readonly WorkersChartState[]) => all.filter((s) => !s.closeUp);

describe('one scale', () => {
	for (const size of sizes) {
		for (const dpr of ratios) {
			it(`${size.width}×${size.height} at a ratio of ${dpr}: every state at one pitch, fitted so the largest fits`, () => {
				const scale = fitScale(states, size, dpr);
				// The backing store is the device ratio divided by a whole number: scaled up evenly.
				const k = dpr / scale.ratio;
				expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
				if (scale.pitch === 1) {
					// Marks touch only where no chart could keep them apart: fewer than four pixels a mark.
					const most = Math.max(...scaled(states).map((s) => s.marks));
					expect(scale.pixelWidth * scale.pixelHeight).toBeLessThan(4 * most);
					return;
				}
				expect(Number.isInteger(scale.pitch) && scale.pitch >= 2).toBe(true);
				expect(scale.side).toBeLessThanOrEqual(scale.pitch - 1);
				// Only phone-dense screens get a smaller store, and it keeps at least 1.5 pixels a CSS pixel.
				if (dpr <= 2) expect(scale.ratio).toBe(dpr);
				else expect(scale.ratio).toBeGreaterThanOrEqual(1.5);
				const pitches = new Set(scaled(states).flatMap((s) => screenBlocks(layoutState(s, scale)).map((b) => b.pitch.toFixed(9))));
				expect([...pitches]).toEqual([(scale.pitch / scale.ratio).toFixed(9)]);
				// Fitted: one pitch more and some state would not fit.
				if (scale.fits && scale.pitch < Math.floor(24 * scale.ratio)) {
					const roomier = { ...scale, pitch: scale.pitch + 1 };
					const overflows = scaled(states).some((s) => markRowsTop(layoutState(s, roomier)) < scale.top);
					expect(overflows).toBe(true);
				}
			});
		}
	}

	it('zooms close-up states by a whole number, and says so through the camera only', () => {
		const scale = fitScale(states, { width: 358, height: 560 }, 3);
		for (const state of states) {
			const layout = layoutState(state, scale);
			expect(layout.camera.zoom).toBe(state.closeUp ? scale.closeUpZoom : 1);
		}
		if (states.some((s) => s.closeUp)) expect(scale.closeUpZoom).toBeGreaterThan(1);
	});
});

/** The top of the highest row of marks in a layout, in pixels (world = screen when not zoomed). */
function markRowsTop(layout: StateLayout): number {
	return Math.min(...layout.groups.map((g) => g.bottom - Math.ceil(g.count / g.columns) * layout.scale.pitch));
}

describe('every mark drawn, and drawn apart', () => {
	// Pixels counted over every state, at chart sizes with the ratios their screens have:
	// phones (2, 3), tablets (2), laptops and desktops (1, 1.25, 1.5, 2).
	const screens = [
		{ size: sizes[0], ratios: [2, 3] },
		{ size: sizes[2], ratios: [2] },
		{ size: sizes[3], ratios: [1, 1.25, 1.5] },
		{ size: sizes[5], ratios: [1, 1.25, 1.5, 2] }
	];
	for (const { size, ratios } of screens) {
		for (const dpr of ratios) {
			it(`${size.width}×${size.height} at a ratio of ${dpr}: one separate square per mark, in its colour`, () => {
				const scale: Scale = fitScale(states, size, dpr);
				expect(scale.fits).toBe(true);
				const pool = markPoolSize(story);
				const pixels = new Uint32Array(scale.pixelWidth * scale.pixelHeight);
				for (const state of states) {
					const layout = layoutState(state, scale);
					const frame = settledFrame(layout, pool);
					drawFrame(pixels, scale.pixelWidth, scale.pixelHeight, frame, 1);
					const found = components(pixels, scale.pixelWidth, scale.pixelHeight);
					expect(found.length, state.id).toBe(state.marks);
					const side = scale.side * layout.camera.zoom;
					// Whole squares (none clipped) and one colour each, opaque.
					expect(found.every((c) => c.area === side * side && c.x1 - c.x0 + 1 === side && c.oneColour)).toBe(true);
					const part = ((frame.palette[2] | (255 << 24)) >>> 0) as number;
					const highlighted = found.filter((c) => c.colour === part).length;
					expect(highlighted, state.id).toBe(state.groups.reduce((sum, g) => sum + (g.part?.count ?? 0), 0));
					// Nothing in the labels' space.
					expect(Math.min(...found.map((c) => c.y0))).toBeGreaterThanOrEqual(scale.top);
				}
			}, 30_000);
		}
	}
});

describe('transitions', () => {
	it('draws nothing over the labels, mid-way through any change of state', () => {
		const scale = fitScale(states, sizes[0], 3);
		const pool = markPoolSize(story);
		const pixels = new Uint32Array(scale.pixelWidth * scale.pixelHeight);
		for (let s = 1; s < states.length; s++) {
			const before = settledFrame(layoutState(states[s - 1], scale), pool);
			const after = settledFrame(layoutState(states[s], scale), pool);
			const frame: Frame = { ...after, from: before.from, fromTones: before.fromTones, fromCamera: before.toCamera };
			for (const t of [0.25, 0.5, 0.75]) {
				drawFrame(pixels, scale.pixelWidth, scale.pixelHeight, frame, t);
				const above = pixels.subarray(0, scale.top * scale.pixelWidth).some((p) => p !== 0);
				expect(above, `${states[s - 1].id} → ${states[s].id} at ${t}`).toBe(false);
			}
		}
	});

	it('moves the camera geometrically, from where it was to where it goes', () => {
		const from = { zoom: 16, x: -500, y: -3000 };
		const to = { zoom: 1, x: 0, y: 0 };
		expect(cameraBetween(from, to, 0, 400, 600)).toEqual(from);
		expect(cameraBetween(from, to, 1, 400, 600).zoom).toBeCloseTo(1);
		expect(cameraBetween(from, to, 0.5, 400, 600).zoom).toBeCloseTo(4);
	});

	it('reports how smoothly a move ran: its frames, and the slow ones among the intervals between them', () => {
		// 21 frames a 60th of a second apart, one of them late by two frames.
		const times = Array.from({ length: 21 }, (_, i) => i * 16.7 + (i >= 10 ? 33.4 : 0));
		expect(moveStats(times)).toEqual({ frames: 21, p95Ms: 50.1, maxMs: 50.1 });
		expect(moveStats(times.slice(0, 10))).toEqual({ frames: 10, p95Ms: 16.7, maxMs: 16.7 });
	});
});

describe('mark colours', () => {
	it('reads any CSS colour the stylesheet may use', () => {
		expect(colourBytes('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
		expect(colourBytes('#a8390a')).toEqual([0xa8, 0x39, 0x0a]);
		expect(colourBytes('rgb(111, 122, 133)')).toEqual([111, 122, 133]);
		expect(colourBytes('hsl(0 100% 50%)')).toEqual([255, 0, 0]);
		expect(colourBytes('oklch(62.8% 0.2577 29.23)')).toEqual([255, 0, 0]);
		expect(colourBytes('not a colour')).toBeNull();
	});

	it('packs both tones for the renderer, and names both colours when one is not a colour', () => {
		expect([...packMarkColours(['#7f8993', 'rgb(168 57 10)'])]).toEqual([0, 0x93897f, 0x0a39a8]);
		expect(() => packMarkColours(['#7f8993', 'brick'])).toThrow(/--mark-group and --mark-part .*"#7f8993", "brick"/);
	});
});
