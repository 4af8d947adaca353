/**
 * Draws the workers chart's marks straight into a pixel buffer and animates them between
 * layouts. At 50,000 marks, per-mark canvas paths cost about 100 ms a frame in headless
 * Chromium here; writing pixels keeps every mark moving within a frame's budget.
 * Knows nothing of Svelte: the view hands it layouts and paints its image.
 */
import type { WorkersLayout } from './layout';

/** Colours for tone 1 (a group) and tone 2 (its highlighted part), as CSS colours. */
export interface MarkColours {
	group: string;
	part: string;
}

export const DURATION_MS = 900;
/** The share of the animation over which marks set off one after another. */
const STAGGER = 0.35;

/** Cubic ease in-out: marks leave gently and settle gently. */
export function ease(t: number): number {
	return t < 0.5 ? 4 * t * t * t : 1 - Math.pow(-2 * t + 2, 3) / 2;
}

/**
 * Each mark's position at time `t` (0–1) between `from` and `to`, written into `out`.
 * Marks set off in a sweep so regrouping reads as movement, not a jump.
 */
export function interpolatePositions(from: Float32Array, to: Float32Array, t: number, out: Float32Array): void {
	const marks = out.length / 2;
	for (let i = 0; i < marks; i++) {
		const delay = (((i * 7919) % 1000) / 1000) * STAGGER;
		const local = ease(Math.min(1, Math.max(0, (t - delay) / (1 - STAGGER))));
		out[i * 2] = from[i * 2] + (to[i * 2] - from[i * 2]) * local;
		out[i * 2 + 1] = from[i * 2 + 1] + (to[i * 2 + 1] - from[i * 2 + 1]) * local;
	}
}

/** `rgb(…)`/`#rrggbb` → a little-endian RGBA word for a Uint32Array pixel view. */
export function packColour(css: string): number {
	const hex = css.trim().match(/^#([0-9a-f]{6})$/i);
	let r = 0,
		g = 0,
		b = 0;
	if (hex) {
		const n = parseInt(hex[1], 16);
		[r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
	} else {
		const rgb = css.match(/(\d+(?:\.\d+)?)/g);
		if (rgb && rgb.length >= 3) [r, g, b] = rgb.slice(0, 3).map(Number);
	}
	return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
}

/**
 * A mark's side in device pixels for a cell of `cellPixels`. Where a cell has room, marks
 * keep a gap so each one reads as a person; where it has not (a dense chart on a low-density
 * screen), marks fill their cells, so the block keeps its colour and contrast rather than
 * fading into a pale texture.
 */
export function markSize(cellPixels: number): number {
	return cellPixels >= 3 ? Math.round(cellPixels * 0.67) : Math.max(1, Math.ceil(cellPixels));
}

export class MarksRenderer {
	private from: Float32Array;
	private to: Float32Array;
	private current: Float32Array;
	private fromTones: Uint8Array;
	private toTones: Uint8Array;
	private start = 0;
	private running = false;
	private frameRequest = 0;
	private image: ImageData | null = null;
	private pixels: Uint32Array | null = null;
	private markSize = 1;
	private dpr = 1;
	private palette = new Uint32Array(3);

	/** `paint` is called after each frame is drawn into the image. */
	constructor(
		readonly poolSize: number,
		private readonly paint: () => void
	) {
		this.from = new Float32Array(poolSize * 2);
		this.to = new Float32Array(poolSize * 2);
		this.current = new Float32Array(poolSize * 2);
		this.fromTones = new Uint8Array(poolSize);
		this.toTones = new Uint8Array(poolSize);
	}

	setColours(colours: MarkColours): void {
		this.palette[1] = packColour(colours.group);
		this.palette[2] = packColour(colours.part);
		this.render();
	}

	/**
	 * Moves to a new layout: animated from wherever the marks are now (so an interrupted
	 * transition carries on smoothly), or at once for reduced motion and resizes.
	 */
	show(layout: WorkersLayout, pixelWidth: number, pixelHeight: number, dpr: number, animate: boolean): void {
		if (!this.image || this.image.width !== pixelWidth || this.image.height !== pixelHeight) {
			this.image = new ImageData(Math.max(1, pixelWidth), Math.max(1, pixelHeight));
			this.pixels = new Uint32Array(this.image.data.buffer);
		}
		this.dpr = dpr;
		this.markSize = markSize(layout.cell * dpr);
		this.from.set(this.current);
		this.fromTones.set(this.toTones);
		this.to.set(layout.positions);
		this.toTones.set(layout.tones);
		if (!animate) {
			this.current.set(this.to);
			this.fromTones.set(this.toTones);
			this.stop();
			this.render();
			return;
		}
		this.start = performance.now();
		if (!this.running) {
			this.running = true;
			this.frameRequest = requestAnimationFrame(this.tick);
		}
	}

	/** The image to paint; null until the first layout. */
	get imageData(): ImageData | null {
		return this.image;
	}

	stop(): void {
		this.running = false;
		cancelAnimationFrame(this.frameRequest);
	}

	private tick = (now: number) => {
		if (!this.running) return;
		const t = Math.min(1, (now - this.start) / DURATION_MS);
		interpolatePositions(this.from, this.to, t, this.current);
		if (t >= 1) {
			this.fromTones.set(this.toTones);
			this.running = false;
		}
		this.render();
		if (this.running) this.frameRequest = requestAnimationFrame(this.tick);
	};

	private render(): void {
		const { image, pixels } = this;
		if (!image || !pixels) return;
		pixels.fill(0);
		const width = image.width;
		const height = image.height;
		const size = this.markSize;
		const dpr = this.dpr;
		const { current, fromTones, toTones, palette } = this;
		for (let i = 0; i < this.poolSize; i++) {
			// A mark leaving keeps its colour as it goes; one arriving takes its new colour.
			const tone = toTones[i] || fromTones[i];
			if (tone === 0) continue;
			const x0 = Math.round(current[i * 2] * dpr);
			const y0 = Math.round(current[i * 2 + 1] * dpr);
			if (x0 < 0 || y0 < 0 || x0 + size > width || y0 + size > height) continue;
			const colour = palette[tone];
			for (let y = y0; y < y0 + size; y++) {
				const row = y * width;
				for (let x = x0; x < x0 + size; x++) pixels[row + x] = colour;
			}
		}
		this.paint();
	}
}
