/**
 * Draws the workers chart's marks straight into a pixel buffer and animates them between
 * states. At 50,000 marks, per-mark canvas paths cost about 100 ms a frame in headless
 * Chromium here; writing pixels keeps every mark moving within a frame's budget.
 *
 * Between two states: marks in both move (each setting off a little after the last, so
 * regrouping reads as movement), marks arriving fade in where they belong, marks leaving walk
 * off the right of the frame as they fade; a change of camera (close up ↔ whole chart) zooms
 * geometrically about the close-up's focus, so every mark stays where the camera says.
 * Knows nothing of Svelte: the view hands it layouts and paints its image.
 */
import { cubicInOut } from 'svelte/easing';
import { TRANSITION_MS } from '../motion';
import { placeMarks, type Camera, type StateLayout } from './layout';

/** The share of a transition over which marks set off one after another. */
const STAGGER = 0.35;

/** Each mark's place among 1,000 start delays: a fixed scatter, so marks sweep. */
const delayStep = (mark: number) => (mark * 7919) % 1000;

/** When each mark sets off, as a share of the transition. */
const delayOf = (mark: number) => (delayStep(mark) / 1000) * STAGGER;

/**
 * Every mark's delay step, worked out once per pool size: past about 270,000 marks the
 * product above leaves 32-bit integers, and a floating-point remainder for every mark every
 * frame cost more than half of a frame's drawing at 500,000 marks.
 */
let delaySteps = new Uint16Array(0);
function delayStepsFor(poolSize: number): Uint16Array {
	if (delaySteps.length < poolSize) {
		delaySteps = new Uint16Array(poolSize);
		for (let mark = 0; mark < poolSize; mark++) delaySteps[mark] = delayStep(mark);
	}
	return delaySteps;
}

/** Each mark's own progress at time `t` (0–1) of a staggered transition. */
export function markProgress(mark: number, t: number): number {
	return cubicInOut(Math.min(1, Math.max(0, (t - delayOf(mark)) / (1 - STAGGER))));
}

/**
 * The eased progress of every mark at time `t`, into `out`: the transition's frame computes
 * it once per mark in a tight loop. Marks share 1,000 delays, so the easing runs 1,000 times.
 */
const EASED = new Float32Array(1000);
function progressByDelay(t: number): Float32Array {
	for (let d = 0; d < 1000; d++) EASED[d] = cubicInOut(Math.min(1, Math.max(0, (t - (d / 1000) * STAGGER) / (1 - STAGGER))));
	return EASED;
}

/**
 * The camera at `e` (0–1, eased) of a move from `from` to `to`: zoom changes geometrically
 * and the world point the closer camera looks at slides between its two screen places, so a
 * pull-back reads as one steady move.
 */
export function cameraBetween(from: Camera, to: Camera, e: number, width: number, height: number): Camera {
	if (from.zoom === to.zoom && from.x === to.x && from.y === to.y) return to;
	const close = from.zoom >= to.zoom ? from : to;
	const fx = (width / 2 - close.x) / close.zoom;
	const fy = (height / 2 - close.y) / close.zoom;
	const zoom = from.zoom * Math.pow(to.zoom / from.zoom, e);
	const sx = fx * from.zoom + from.x + (fx * to.zoom + to.x - (fx * from.zoom + from.x)) * e;
	const sy = fy * from.zoom + from.y + (fy * to.zoom + to.y - (fy * from.zoom + from.y)) * e;
	return { zoom, x: sx - fx * zoom, y: sy - fy * zoom };
}

/** What a frame is drawn from: where marks were and are going, their tones, the cameras. */
export interface Frame {
	readonly poolSize: number;
	from: Float32Array;
	to: Float32Array;
	fromTones: Uint8Array;
	toTones: Uint8Array;
	fromCamera: Camera;
	toCamera: Camera;
	/** Mark side and pitch, in world pixels. */
	side: number;
	pitch: number;
	/** The top of the marks' area, in pixels: nothing is drawn above it, where labels go. */
	top: number;
	/** Packed colours by tone (alpha 0; set per mark). */
	palette: Uint32Array;
}

/**
 * Draws the frame at time `t` (0–1) of a transition into `pixels` (little-endian RGBA words,
 * `width` × `height`). At t = 1 this is the settled picture: every mark a `side`-square at
 * its place, through the camera.
 */
export function drawFrame(pixels: Uint32Array, width: number, height: number, frame: Frame, t: number): void {
	const { from, to, fromTones, toTones, palette, top } = frame;
	pixels.fill(0);
	const camera = t >= 1 ? frame.toCamera : cameraBetween(frame.fromCamera, frame.toCamera, cubicInOut(t), width, height);
	const { zoom, x: cx, y: cy } = camera;
	const side = Math.max(1, Math.round(frame.side * zoom));
	const walk = frame.pitch * zoom;
	const eased = progressByDelay(Math.min(1, t));
	const steps = delayStepsFor(frame.poolSize);
	for (let i = 0; i < frame.poolSize; i++) {
		const fromTone = fromTones[i];
		const toTone = toTones[i];
		if (fromTone === 0 && toTone === 0) continue;
		const e = eased[steps[i]];
		let x: number, y: number, tone: number, alpha: number;
		let dx = 0;
		if (fromTone && toTone) {
			x = from[i * 2] + (to[i * 2] - from[i * 2]) * e;
			y = from[i * 2 + 1] + (to[i * 2 + 1] - from[i * 2 + 1]) * e;
			tone = e < 0.5 ? fromTone : toTone;
			alpha = 255;
		} else if (toTone) {
			x = to[i * 2];
			y = to[i * 2 + 1];
			tone = toTone;
			alpha = Math.round(255 * e);
		} else {
			x = from[i * 2];
			y = from[i * 2 + 1];
			tone = fromTone;
			alpha = Math.round(255 * (1 - e));
			// Leaving: walk off the right of the frame.
			dx = e * (width - (x * zoom + cx) + walk);
		}
		if (alpha === 0) continue;
		// Math.round, without the call: this runs for every mark every frame.
		let x0 = Math.floor(x * zoom + cx + dx + 0.5);
		let y0 = Math.floor(y * zoom + cy + 0.5);
		let x1 = x0 + side;
		let y1 = y0 + side;
		if (x1 <= 0 || y1 <= top || x0 >= width || y0 >= height) continue;
		if (x0 < 0) x0 = 0;
		if (y0 < top) y0 = top;
		if (x1 > width) x1 = width;
		if (y1 > height) y1 = height;
		const colour = (palette[tone] | (alpha << 24)) >>> 0;
		// A one-pixel mark (the densest charts) is one write, not two loops.
		if (x1 - x0 === 1 && y1 - y0 === 1) {
			pixels[y0 * width + x0] = colour;
			continue;
		}
		for (let py = y0; py < y1; py++) {
			const row = py * width;
			for (let px = x0; px < x1; px++) pixels[row + px] = colour;
		}
	}
}

/** How smoothly the last move ran where it was drawn (in the worker, or on the main thread). */
export interface MoveStats {
	frames: number;
	/** 95th percentile and longest interval between the move's frames, in ms. */
	p95Ms: number;
	maxMs: number;
}

export function moveStats(frameTimes: readonly number[]): MoveStats {
	const intervals = frameTimes
		.slice(1)
		.map((t, i) => t - frameTimes[i])
		.sort((a, b) => a - b);
	const at = (q: number) => intervals[Math.min(intervals.length - 1, Math.floor(q * intervals.length))] ?? 0;
	const round = (ms: number) => Math.round(ms * 10) / 10;
	return { frames: frameTimes.length, p95Ms: round(at(0.95)), maxMs: round(intervals.at(-1) ?? 0) };
}

export class MarksRenderer implements Frame {
	from: Float32Array;
	to: Float32Array;
	fromTones: Uint8Array;
	toTones: Uint8Array;
	fromCamera: Camera = { zoom: 1, x: 0, y: 0 };
	toCamera: Camera = { zoom: 1, x: 0, y: 0 };
	side = 1;
	pitch = 2;
	top = 0;
	palette = new Uint32Array(3);
	private t = 1;
	private start = 0;
	private frameRequest = 0;
	private image: ImageData | null = null;
	private pixels: Uint32Array | null = null;
	private frameTimes: number[] = [];

	/** `paint` is called after each frame is drawn into the image; `onmoved` after each move. */
	constructor(
		readonly poolSize: number,
		private readonly paint: (image: ImageData) => void,
		private readonly onmoved?: (stats: MoveStats) => void
	) {
		this.from = new Float32Array(poolSize * 2);
		this.to = new Float32Array(poolSize * 2);
		this.fromTones = new Uint8Array(poolSize);
		this.toTones = new Uint8Array(poolSize);
	}

	/** Packed colours by tone (index 1 a group, 2 its highlighted part), from `packMarkColours`. */
	setColours(packed: Uint32Array): void {
		this.palette.set(packed);
		this.render();
	}

	/**
	 * Moves to a new state: animated from wherever the marks are now (so an interrupted
	 * transition carries on from there), or at once for reduced motion and resizes.
	 */
	show(layout: StateLayout, animate: boolean): void {
		const { scale } = layout;
		if (!this.image || this.image.width !== scale.pixelWidth || this.image.height !== scale.pixelHeight) {
			this.image = new ImageData(scale.pixelWidth, scale.pixelHeight);
			this.pixels = new Uint32Array(this.image.data.buffer);
		}
		const places = placeMarks(layout, this.poolSize);
		if (animate) this.holdWhereMarksAre();
		this.to.set(places.positions);
		this.toTones.set(places.tones);
		this.toCamera = layout.camera;
		this.side = scale.side;
		this.pitch = scale.pitch;
		this.top = scale.top;
		cancelAnimationFrame(this.frameRequest);
		if (!animate) {
			this.from.set(this.to);
			this.fromTones.set(this.toTones);
			this.fromCamera = this.toCamera;
			this.t = 1;
			this.render();
			return;
		}
		this.t = 0;
		this.start = performance.now();
		this.frameTimes = [];
		this.frameRequest = requestAnimationFrame(this.tick);
	}

	/** The image drawn; null until the first layout. */
	get imageData(): ImageData | null {
		return this.image;
	}

	stop(): void {
		cancelAnimationFrame(this.frameRequest);
	}

	/** Makes where the marks are now (mid-transition or settled) the start of the next move. */
	private holdWhereMarksAre(): void {
		const { from, to, fromTones, toTones, t } = this;
		if (t < 1) {
			for (let i = 0; i < this.poolSize; i++) {
				const e = markProgress(i, t);
				if (fromTones[i] && toTones[i]) {
					from[i * 2] += (to[i * 2] - from[i * 2]) * e;
					from[i * 2 + 1] += (to[i * 2 + 1] - from[i * 2 + 1]) * e;
				} else if (toTones[i]) {
					from[i * 2] = to[i * 2];
					from[i * 2 + 1] = to[i * 2 + 1];
				}
				// Half-way faded in counts as arrived; half-way gone, as gone.
				if (e >= 0.5) fromTones[i] = toTones[i];
			}
			const { width, height } = this.image!;
			this.fromCamera = cameraBetween(this.fromCamera, this.toCamera, cubicInOut(t), width, height);
		} else {
			from.set(to);
			fromTones.set(toTones);
			this.fromCamera = this.toCamera;
		}
	}

	private tick = (now: number) => {
		this.t = Math.min(1, (now - this.start) / TRANSITION_MS);
		this.render();
		this.frameTimes.push(now);
		if (this.t < 1) this.frameRequest = requestAnimationFrame(this.tick);
		else this.onmoved?.(moveStats(this.frameTimes));
	};

	private render(): void {
		const { image, pixels } = this;
		if (!image || !pixels) return;
		drawFrame(pixels, image.width, image.height, this, this.t);
		this.paint(image);
	}
}
