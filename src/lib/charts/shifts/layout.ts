/**
 * Where the shifts chart's bars and day cells go at one size. Pure and unit-tested; the view
 * only draws what this returns.
 */
import { scaleLinear } from 'd3-scale';
import type { ShiftsChartState } from './state';
import { isDayOff } from './state';
import type { Size } from '../workers/layout';

export const DAYS = 365;
const round = (n: number) => Math.round(n * 100) / 100;
const WEEK = 7;

export interface ShiftBar {
	id: string;
	y: number;
	height: number;
	x: number;
	width: number;
}

/**
 * A year row drawn as two SVG paths (working days, days off), one small square a day:
 * 365 squares in two attributes instead of 365 elements, so pages stay light.
 */
export interface YearRow {
	id: string;
	labelY: number;
	workPath: string;
	offPath: string;
	/** Days off in the row, for checking the drawing against the data. */
	offDays: number;
}

export interface ShiftsLayout {
	margin: { left: number; right: number };
	ticks: { x: number; label: string }[];
	axisY: number;
	bars: ShiftBar[];
	/** Year view: one block of day squares per row, and where its label goes. */
	years: YearRow[];
	cellSize: number;
}

export function layoutShifts(state: ShiftsChartState, size: Size): ShiftsLayout {
	const margin = { left: 8, right: 8 };
	const x = scaleLinear()
		.domain([0, 24])
		.range([margin.left, size.width - margin.right]);
	const rowHeight = Math.min(56, size.height / 6);
	const bars = state.rows.map((row, i) => ({
		id: row.id,
		y: size.height * 0.22 + i * rowHeight * 2.4,
		height: rowHeight,
		x: x(0),
		width: x(row.hours) - x(0)
	}));
	const ticks = [0, 6, 12, 18, 24].map((h) => ({ x: x(h), label: `${h} h` }));

	// A year as weeks side by side, seven days down, so the weekly pattern shows as stripes.
	const weeks = Math.ceil(DAYS / WEEK);
	const cellSize = Math.max(2, Math.min((size.width - margin.left - margin.right) / weeks, size.height / (state.rows.length * 12)));
	const size1 = Math.max(1, cellSize - 1.5);
	const square = (x: number, y: number) => `M${round(x)} ${round(y)}h${round(size1)}v${round(size1)}h${round(-size1)}z`;
	const years = state.rows.map((row, r): YearRow => {
		const top = size.height * 0.2 + r * (WEEK * cellSize + 64);
		let workPath = '';
		let offPath = '';
		let offDays = 0;
		for (let i = 0; i < DAYS; i++) {
			const d = square(margin.left + Math.floor(i / WEEK) * cellSize + 0.5, top + (i % WEEK) * cellSize + 0.5);
			if (isDayOff(row, i)) {
				offPath += d;
				offDays++;
			} else workPath += d;
		}
		return { id: row.id, labelY: top - 10, workPath, offPath, offDays };
	});
	return { margin, ticks, axisY: size.height * 0.12, bars, years, cellSize };
}
