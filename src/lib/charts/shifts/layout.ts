/**
 * Where the shifts chart's clock, bars, words and day cells go at one size. Pure and
 * unit-tested; the view only draws what this returns. Words are wrapped to the width and
 * stacked, never placed over one another; when they need more height than the chart has,
 * the whole drawing is laid out wider and scaled down to fit (`viewBox`), so nothing is cut off.
 */
import { scaleLinear } from 'd3-scale';
import { estimatedWidth, wrapWords } from '../labels';
import type { ShiftsChartState } from './state';
import { clockTime, isDayOff, DAYS_IN_WEEK, DAYS_IN_YEAR } from './state';

export interface Size {
	width: number;
	height: number;
}

export const FONT_SIZE = 13;
const LINE = 16;
const MARGIN = 22;
const round = (n: number) => Math.round(n * 100) / 100;
// Label widths are estimated from characters; bold labels run wider than the estimate's font.
const estimateFont = (bold: boolean) => FONT_SIZE * (bold ? 1.14 : 1.06);
const wrap = (text: string, width: number, bold = false) => wrapWords(text, width, estimateFont(bold), Infinity);
/** How far a line of words reaches above and below its baseline: most fonts' ascent and descent. */
const ASCENT = FONT_SIZE * 0.95;
const DESCENT = FONT_SIZE * 0.25;
/** Room kept between the clock's hour lines and a line of words. */
const CLEARANCE = 2;
/** Shorter pieces of an hour line, left between rows of words, read as specks rather than as the hour. */
const SHORTEST_SEGMENT = LINE;

interface TextLine {
	text: string;
	x: number;
	/** Baseline. */
	y: number;
	kind: 'label' | 'note' | 'tick' | 'key';
	anchor?: 'start' | 'middle' | 'end';
}

interface DayBar {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
}

/** A year row drawn as two SVG paths (working days, days off), one square a day, a column a week. */
interface YearGrid {
	id: string;
	workPath: string;
	offPath: string;
	/** The days off's outline, drawn inside each square: thinner in small squares, so the gaps between them stay open. */
	offStroke: number;
	/** Days off drawn, for checking the drawing against the data. */
	offDays: number;
	top: number;
	height: number;
}

export interface ShiftsLayout {
	/** The drawing's own coordinate space: the chart's size divided by `scale`. */
	width: number;
	height: number;
	scale: number;
	texts: TextLine[];
	/** Day view: the clock's hour lines and where midnight falls, as segments broken where words sit. */
	gridLines: { x: number; y1: number; y2: number; midnight: boolean }[];
	bars: DayBar[];
	/** Year view: the key's two squares, then one grid per row. */
	keySquares: { x: number; y: number; size: number; off: boolean }[];
	years: YearGrid[];
	cellSize: number;
}

function layoutDay(state: ShiftsChartState, width: number): Omit<ShiftsLayout, 'scale' | 'height'> & { needed: number } {
	const x = scaleLinear()
		.domain([state.clockStart, state.clockStart + 24])
		.range([MARGIN, width - MARGIN]);
	const texts: TextLine[] = [];
	const axisY = FONT_SIZE;
	for (let h = state.clockStart; h <= state.clockStart + 24; h += 6) {
		texts.push({ text: clockTime(h), x: x(h), y: axisY, kind: 'tick', anchor: 'middle' });
	}
	const textWidth = width - 2 * 8;
	let y = axisY + 14;
	const bars: DayBar[] = [];
	const barHeight = 22;
	for (const row of state.rows) {
		for (const line of wrap(`${row.label} [${row.sourceNumbers.join(', ')}]`, textWidth, true)) {
			y += LINE;
			texts.push({ text: line, x: 8, y: y - 4, kind: 'label' });
		}
		bars.push({ id: row.id, x: x(row.start), y: y + 2, width: x(row.start + row.hours) - x(row.start), height: barHeight });
		y += barHeight + 6;
		for (const [i, text] of [row.spanText, row.note ?? ''].filter(Boolean).entries()) {
			for (const line of wrap(text, textWidth, i === 0)) {
				y += LINE;
				texts.push({ text: line, x: 8, y: y - 4, kind: i === 0 ? 'label' : 'note' });
			}
		}
		y += 14;
	}
	const bottom = y;
	const hours: { x: number; midnight: boolean }[] = [];
	for (let h = state.clockStart; h <= state.clockStart + 24; h += 6) hours.push({ x: x(h), midnight: h % 24 === 0 });
	if (!hours.some((hour) => hour.midnight)) hours.push({ x: x(Math.ceil(state.clockStart / 24) * 24), midnight: true });
	const words = texts.filter((t) => t.kind !== 'tick');
	const gridLines = hours.flatMap(({ x, midnight }) =>
		clearOfWords(x, axisY + 6, bottom, words).map(([y1, y2]) => ({ x, y1, y2, midnight }))
	);
	return { width, texts, gridLines, bars, keySquares: [], years: [], cellSize: 0, needed: bottom };
}

/**
 * The parts of a vertical line at `x` from `top` to `bottom` that cross no line of words (each
 * set from its start, as the rows' words are). A halo alone leaves the line showing between
 * letters and words, and on a phone the words run across most of the clock.
 */
function clearOfWords(x: number, top: number, bottom: number, words: TextLine[]): [number, number][] {
	const blocked = words
		.filter((t) => t.x - CLEARANCE <= x && x <= t.x + estimatedWidth(t.text, estimateFont(t.kind === 'label')) + CLEARANCE)
		.map((t) => [t.y - ASCENT - CLEARANCE, t.y + DESCENT + CLEARANCE] as const)
		.sort((a, b) => a[0] - b[0]);
	const segments: [number, number][] = [];
	let from = top;
	for (const [start, end] of blocked) {
		if (start > from) segments.push([from, Math.min(start, bottom)]);
		from = Math.max(from, end);
	}
	if (from < bottom) segments.push([from, bottom]);
	return segments.filter(([y1, y2]) => y2 - y1 >= SHORTEST_SEGMENT).map(([y1, y2]) => [round(y1), round(y2)]);
}

function layoutYear(state: ShiftsChartState, width: number): Omit<ShiftsLayout, 'scale' | 'height'> & { needed: number } {
	const texts: TextLine[] = [];
	const left = 8;
	const weeks = Math.ceil(DAYS_IN_YEAR / DAYS_IN_WEEK);
	const cellSize = Math.min(14, (width - 2 * left) / weeks);
	const inner = Math.max(1, cellSize - Math.max(0.75, cellSize * 0.18));
	// The key: a square of each kind, with its words.
	const keySize = 11;
	const keySquares: ShiftsLayout['keySquares'] = [];
	let y = 0;
	let x = left;
	const fullWeeks = Math.floor(DAYS_IN_YEAR / DAYS_IN_WEEK);
	const spare = DAYS_IN_YEAR - fullWeeks * DAYS_IN_WEEK;
	const keyItems = [
		{ text: 'a working day', off: false },
		{ text: 'a day off', off: true },
		{ text: `a column a week: ${fullWeeks} weeks and ${spare === 1 ? 'a day' : `${spare} days`}`, off: null }
	];
	for (const item of keyItems) {
		const itemWidth = (item.off === null ? 0 : keySize + 5) + item.text.length * FONT_SIZE * 0.58 + 16;
		if (x > left && x + itemWidth > width - left) {
			x = left;
			y += LINE;
		}
		if (item.off !== null) {
			keySquares.push({ x, y: y + 2, size: keySize, off: item.off });
			x += keySize + 5;
		}
		texts.push({ text: item.text, x, y: y + FONT_SIZE - 1, kind: 'key' });
		x += itemWidth - (item.off === null ? 0 : keySize + 5);
	}
	y += LINE + 10;
	const square = (sx: number, sy: number, inset = 0) =>
		`M${round(sx + inset)} ${round(sy + inset)}h${round(inner - 2 * inset)}v${round(inner - 2 * inset)}h${round(-inner + 2 * inset)}z`;
	const offStroke = round(Math.min(1, inner * 0.2));
	const years: YearGrid[] = [];
	for (const row of state.rows) {
		for (const line of wrap(row.label + ` [${row.sourceNumbers.join(', ')}]`, width - 2 * left, true)) {
			y += LINE;
			texts.push({ text: line, x: left, y: y - 4, kind: 'label' });
		}
		for (const line of wrap(row.yearText, width - 2 * left)) {
			y += LINE;
			texts.push({ text: line, x: left, y: y - 4, kind: 'note' });
		}
		y += 4;
		let workPath = '';
		let offPath = '';
		let offDays = 0;
		for (let i = 0; i < DAYS_IN_YEAR; i++) {
			const [sx, sy] = [left + Math.floor(i / DAYS_IN_WEEK) * cellSize, y + (i % DAYS_IN_WEEK) * cellSize];
			if (isDayOff(row, i)) {
				offPath += square(sx, sy, offStroke / 2);
				offDays++;
			} else workPath += square(sx, sy);
		}
		years.push({ id: row.id, workPath, offPath, offStroke, offDays, top: y, height: DAYS_IN_WEEK * cellSize });
		y += DAYS_IN_WEEK * cellSize + 14;
	}
	// Weeks counted under the last grid: its first, middle and last full week.
	const middle = Math.ceil(fullWeeks / 2);
	y += 2;
	texts.push(
		{ text: 'week 1', x: left, y, kind: 'tick' },
		{ text: `week ${middle}`, x: left + (middle - 0.5) * cellSize, y, kind: 'tick', anchor: 'middle' },
		{ text: `week ${fullWeeks}`, x: left + fullWeeks * cellSize, y, kind: 'tick', anchor: 'end' }
	);
	y += 6;
	return { width, texts, gridLines: [], bars: [], keySquares, years, cellSize, needed: y };
}

const layoutFor = (state: ShiftsChartState) => (state.view === 'day' ? layoutDay : layoutYear);

/**
 * The height the tallest of `states` needs at `width` without scaling down, rounded up to a
 * whole pixel: a box this tall or taller draws every state at full size.
 */
export function drawingHeight(states: readonly ShiftsChartState[], width: number): number {
	return Math.ceil(Math.max(...states.map((state) => layoutFor(state)(state, width).needed)));
}

/**
 * `state` laid out at `size`. Where the tallest of `chartStates` that share its view (the day,
 * the year) is too tall for the size, every one of them is drawn at the scale that one needs:
 * a row joining the clock from one step to the next never shrinks the rows already drawn.
 */
export function layoutShifts(state: ShiftsChartState, size: Size, chartStates: readonly ShiftsChartState[] = [state]): ShiftsLayout {
	const lay = layoutFor(state);
	let scale = 1;
	let laid = lay(state, size.width);
	const peers = chartStates.filter((other) => other.view === state.view && other.id !== state.id);
	const needed = Math.max(laid.needed, peers.length ? drawingHeight(peers, size.width) : 0);
	// Too tall: lay it out wider by the shortfall (so no more lines wrap) and scale it down to
	// fit. Wider never needs more height, so the second layout fits.
	if (needed > size.height && size.height > 0) {
		scale = size.height / needed;
		laid = lay(state, size.width / scale);
	}
	const { needed: _needed, ...rest } = laid;
	return { ...rest, width: size.width / scale, height: size.height / scale, scale };
}
