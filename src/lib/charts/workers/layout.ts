/**
 * Where every mark of the workers chart goes. One scale for the whole chart at a given size:
 * a mark pitch, in whole pixels of the canvas's backing store, fitted so that the largest
 * state fits and every mark keeps at least a pixel of space from its neighbours. Groups stand
 * side by side as blocks filled from the bottom row up. Close-up states keep that scale in
 * the world and are seen through a camera that zooms in (a whole number of times), so the
 * only change of scale is a camera move the chart announces.
 *
 * Everything here is in backing-store pixels ("pixels") unless it says CSS pixels.
 */
import type { MarkGroup, WorkersChartState } from './state';

export interface Size {
	width: number;
	height: number;
}

/** The chart's one scale at a size and device pixel ratio. */
export interface Scale {
	/** Backing-store pixels per CSS pixel: the device pixel ratio, or a whole fraction of it. */
	ratio: number;
	/** The backing store's size. */
	pixelWidth: number;
	pixelHeight: number;
	/** Distance between neighbouring marks' corners, in pixels (a whole number, at least 2). */
	pitch: number;
	/** A mark's side, in pixels: the pitch less at least one pixel of space. */
	side: number;
	/** The top of the marks' area: above it, group labels. */
	top: number;
	/** Whether every state fits at this pitch (false only where the chart is too small for its marks). */
	fits: boolean;
	/** How many times closer close-up states are seen (a whole number, 1 if none). */
	closeUpZoom: number;
}

/** What the camera does: screen = world × zoom + (x, y), in pixels. */
export interface Camera {
	zoom: number;
	x: number;
	y: number;
}

export interface GroupBox {
	figureId?: string;
	/** Left edge and bottom edge of the group's marks, in world pixels. */
	x: number;
	bottom: number;
	/** Marks per row. */
	columns: number;
	count: number;
	/** Marks of the highlighted part, filled first. */
	partCount: number;
}

/** A state laid out at the chart's scale: its blocks and the camera that shows them. */
export interface StateLayout {
	scale: Scale;
	camera: Camera;
	groups: GroupBox[];
}

/** Space kept above the tallest group for its labels, in CSS pixels. */
const LABEL_SPACE = 68;
/** Space between groups, in marks. */
const GAP_MARKS = 6;
/** The largest pitch drawn, in CSS pixels: small counts look small, not blown up. */
const MAX_PITCH_CSS = 24;
/** The pitch close-up states aim for, in CSS pixels. */
const CLOSE_UP_PITCH_CSS = 48;

/** A mark's side at a pitch: about two thirds of it, always at least a pixel less. */
function markSide(pitch: number): number {
	return pitch < 2 ? 1 : pitch - Math.max(1, Math.round(pitch / 3));
}

/** Marks per row when `groups` blocks share the width. */
function columnsFor(groups: number, pitch: number, pixelWidth: number): number {
	return Math.floor((pixelWidth - (groups - 1) * GAP_MARKS * pitch) / groups / pitch);
}

function rowsOf(count: number, columns: number): number {
	return Math.ceil(count / columns);
}

/** The states the one scale is fitted to: every state not seen close up (all, if every one is). */
function scaledStates(states: readonly WorkersChartState[]): readonly WorkersChartState[] {
	const scaled = states.filter((s) => !s.closeUp);
	return scaled.length ? scaled : states;
}

function fitsAt(states: readonly WorkersChartState[], pitch: number, pixelWidth: number, room: number): boolean {
	return states.every((state) => {
		const columns = columnsFor(state.groups.length, pitch, pixelWidth);
		if (columns < 1) return false;
		return Math.max(...state.groups.map((g) => rowsOf(g.count, columns))) * pitch <= room;
	});
}

interface Fit {
	ratio: number;
	pixelWidth: number;
	pixelHeight: number;
	top: number;
	pitch: number;
	fits: boolean;
}

function fitAt(states: readonly WorkersChartState[], size: Size, ratio: number): Fit {
	const pixelWidth = Math.max(1, Math.round(size.width * ratio));
	const pixelHeight = Math.max(1, Math.round(size.height * ratio));
	const top = Math.min(pixelHeight, Math.ceil(LABEL_SPACE * ratio));
	for (let pitch = Math.max(2, Math.floor(MAX_PITCH_CSS * ratio)); pitch >= 2; pitch--) {
		if (fitsAt(states, pitch, pixelWidth, pixelHeight - top)) return { ratio, pixelWidth, pixelHeight, top, pitch, fits: true };
	}
	// Too small a chart for its marks, kept apart, below their labels: the labels go over
	// the marks; failing that, the marks touch (every one still drawn).
	if (fitsAt(states, 2, pixelWidth, pixelHeight)) return { ratio, pixelWidth, pixelHeight, top: 0, pitch: 2, fits: false };
	return { ratio, pixelWidth, pixelHeight, top: 0, pitch: 1, fits: false };
}

/**
 * The one scale for every state at this size. The backing store is the device pixel ratio
 * divided by a whole number (so the browser scales it up evenly) and as small as keeps every
 * mark at least two device pixels wide with space around it: a phone at a ratio of 3 need not
 * rewrite nine pixels for each one the marks need.
 */
export function fitScale(allStates: readonly WorkersChartState[], size: Size, devicePixelRatio: number): Scale {
	const states = scaledStates(allStates);
	const dpr = devicePixelRatio > 0 ? devicePixelRatio : 1;
	let fit: Fit | undefined;
	// Only screens denser than 2 (phones) get a smaller store, never below 1.5 store pixels a CSS pixel.
	for (let k = Math.max(1, Math.floor(dpr / 1.5)); k >= 1; k--) {
		fit = fitAt(states, size, dpr / k);
		if (fit.fits && markSide(fit.pitch) * k >= 2) break;
	}
	const chosen = fit!;
	const scale: Scale = { ...chosen, side: markSide(chosen.pitch), closeUpZoom: 1 };
	const closeUps = allStates.filter((s) => s.closeUp);
	if (closeUps.length && closeUps.length < allStates.length) {
		const room = chosen.pixelHeight - chosen.top;
		let zoom = Math.floor((CLOSE_UP_PITCH_CSS * chosen.ratio) / chosen.pitch);
		for (const state of closeUps) {
			const { width, height } = extent(groupBoxes(state.groups, scale), chosen.pitch);
			zoom = Math.min(zoom, Math.floor((chosen.pixelWidth * 0.8) / width), Math.floor((room * 0.7) / height));
		}
		scale.closeUpZoom = Math.max(1, zoom);
	}
	return scale;
}

function groupBoxes(groups: readonly MarkGroup[], scale: Scale): GroupBox[] {
	const { pitch, pixelWidth, pixelHeight } = scale;
	const n = groups.length;
	const columns = Math.max(1, columnsFor(n, pitch, pixelWidth));
	const blockWidth = columns * pitch;
	const totalWidth = n * blockWidth + (n - 1) * GAP_MARKS * pitch;
	const left = Math.max(0, Math.floor((pixelWidth - totalWidth) / 2));
	return groups.map((group, g) => ({
		figureId: group.figureId,
		x: left + g * (blockWidth + GAP_MARKS * pitch),
		bottom: pixelHeight,
		columns,
		count: group.count,
		partCount: group.part?.count ?? 0
	}));
}

/** The world rectangle a state's marks cover. */
function extent(boxes: readonly GroupBox[], pitch: number): { x: number; y: number; width: number; height: number } {
	let x0 = Infinity,
		y0 = Infinity,
		x1 = -Infinity,
		y1 = -Infinity;
	for (const box of boxes) {
		const rect = blockRect(box, pitch);
		x0 = Math.min(x0, rect.x);
		y0 = Math.min(y0, rect.y);
		x1 = Math.max(x1, rect.x + rect.width);
		y1 = Math.max(y1, rect.y + rect.height);
	}
	return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The rectangle of a group's marks (its full rows and last row), in world pixels. */
function blockRect(box: GroupBox, pitch = 1, count = box.count): { x: number; y: number; width: number; height: number } {
	const rows = rowsOf(count, box.columns);
	const width = Math.min(count, box.columns) * pitch;
	return { x: box.x, y: box.bottom - rows * pitch, width, height: rows * pitch };
}

/** A state's blocks at the chart's scale, and the camera: close up, or the whole chart. */
export function layoutState(state: WorkersChartState, scale: Scale): StateLayout {
	const groups = groupBoxes(state.groups, scale);
	if (!state.closeUp || scale.closeUpZoom === 1) return { scale, groups, camera: { zoom: 1, x: 0, y: 0 } };
	const zoom = scale.closeUpZoom;
	const area = extent(groups, scale.pitch);
	// The marks' centre (less the space after the last mark) goes to the centre of their area.
	const space = scale.pitch - scale.side;
	const centreX = area.x + (area.width - space) / 2;
	const centreY = area.y + (area.height - space) / 2;
	const screenX = scale.pixelWidth / 2;
	const screenY = scale.top + (scale.pixelHeight - scale.top) / 2;
	return { scale, groups, camera: { zoom, x: Math.round(screenX - centreX * zoom), y: Math.round(screenY - centreY * zoom) } };
}

/** A group's block and part as the reader sees them, in CSS pixels: where labels go. */
export interface ScreenBlock {
	x: number;
	y: number;
	width: number;
	height: number;
	/** The top of the highlighted part (its highest row), and its left and width. */
	partY: number;
	partHeight: number;
	/** The distance between marks on screen, in CSS pixels. */
	pitch: number;
}

export function screenBlocks(layout: StateLayout): ScreenBlock[] {
	const { scale, camera } = layout;
	const k = camera.zoom / scale.ratio;
	const sx = (x: number) => (x * camera.zoom + camera.x) / scale.ratio;
	const sy = (y: number) => (y * camera.zoom + camera.y) / scale.ratio;
	return layout.groups.map((box) => {
		const rect = blockRect(box, scale.pitch);
		const part = blockRect(box, scale.pitch, box.partCount);
		// The last column's space to the right is not part of the block.
		const width = rect.width - (scale.pitch - scale.side);
		return {
			x: sx(rect.x),
			y: sy(rect.y),
			width: width * k,
			height: (rect.height - (scale.pitch - scale.side)) * k,
			partY: box.partCount ? sy(part.y) : sy(box.bottom),
			partHeight: box.partCount ? part.height * k : 0,
			pitch: scale.pitch * k
		};
	});
}

/** Every mark's place in the world and its tone, for a pool of marks shared by all states. */
export interface MarkPlaces {
	/** x, y of each mark's top-left corner, in world pixels; length 2 × pool size. */
	positions: Float32Array;
	/** Per mark: 0 not drawn, 1 the group's colour, 2 the highlighted part's colour. */
	tones: Uint8Array;
}

/**
 * Marks fill each group from the bottom row up, the highlighted part first. Marks are taken
 * from the pool in order, so a mark keeps its place wherever the blocks stay put: the first
 * six of 50,000 are the six seen close up.
 */
export function placeMarks(layout: StateLayout, poolSize: number): MarkPlaces {
	const { pitch } = layout.scale;
	const positions = new Float32Array(poolSize * 2);
	const tones = new Uint8Array(poolSize);
	let mark = 0;
	for (const box of layout.groups) {
		for (let i = 0; i < box.count && mark < poolSize; i++, mark++) {
			positions[mark * 2] = box.x + (i % box.columns) * pitch;
			positions[mark * 2 + 1] = box.bottom - (Math.floor(i / box.columns) + 1) * pitch;
			tones[mark] = i < box.partCount ? 2 : 1;
		}
	}
	return { positions, tones };
}
