/**
 * Where every mark of the workers chart goes, for one state at one size. Groups stand side by
 * side as columns of marks filled from the bottom, all with the same number of marks per row,
 * so their heights compare like bars. Computed once per state and size, never per frame.
 */
import type { MarkGroup } from './state';

export interface Size {
	width: number;
	height: number;
}

export interface GroupBox {
	figureId: string;
	/** Left edge and bottom edge of the group's marks, in CSS pixels. */
	x: number;
	bottom: number;
	/** Marks per row. */
	columns: number;
	/** Full rows, and marks in the last, partial row. */
	fullRows: number;
	remainder: number;
	width: number;
	height: number;
	/** Rows the highlighted part fills, from the bottom, and its partial row. */
	partFullRows: number;
	partRemainder: number;
}

/** Where each group's block of marks goes: all the SVG rendering and the labels need. */
export interface GroupLayout {
	/** Distance between mark centres, in CSS pixels. */
	cell: number;
	groups: GroupBox[];
}

/** The group blocks plus a position for every mark: what the canvas animates. */
export interface WorkersLayout extends GroupLayout {
	/** x, y of each mark's top-left corner in CSS pixels; length 2 × pool size. */
	positions: Float32Array;
	/** Per mark: 0 hidden, 1 the group's colour, 2 the highlighted part's colour. */
	tones: Uint8Array;
}

/** Space kept above the tallest group for its labels. */
export const LABEL_SPACE = 96;
const GAP_CELLS = 6;
/** Cell sizes tried, largest first, in CSS pixels. */
const CELL_SIZES = [24, 20, 16, 14, 12, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1.5, 1, 0.75, 0.5];

/**
 * The largest cell at which every group, sharing the width equally, fits its marks in the
 * height: groups fill their share of the width, so their heights compare like bars.
 */
export function fitCell(counts: readonly number[], size: Size): { cell: number; columns: number } {
	const usableHeight = Math.max(10, size.height - LABEL_SPACE);
	const largest = Math.max(1, ...counts);
	const n = Math.max(1, counts.length);
	const columnsAt = (cell: number) => Math.max(1, Math.floor((size.width - (n - 1) * GAP_CELLS * cell) / n / cell));
	// Whole-pixel cells keep marks crisp and evenly spaced; phones may need finer ones.
	for (const cell of CELL_SIZES) {
		const columns = columnsAt(cell);
		if (Math.ceil(largest / columns) * cell <= usableHeight) return { cell, columns };
	}
	const smallest = CELL_SIZES[CELL_SIZES.length - 1];
	return { cell: smallest, columns: columnsAt(smallest) };
}

export function layoutGroups(groups: readonly MarkGroup[], size: Size): GroupLayout {
	const { cell, columns } = fitCell(
		groups.map((g) => g.count),
		size
	);
	const groupWidth = columns * cell;
	const totalWidth = groups.length * groupWidth + (groups.length - 1) * GAP_CELLS * cell;
	const left = Math.max(0, (size.width - totalWidth) / 2);
	const boxes = groups.map((group, g): GroupBox => {
		const partCount = group.part?.count ?? 0;
		return {
			figureId: group.figureId,
			x: left + g * (groupWidth + GAP_CELLS * cell),
			bottom: size.height,
			columns,
			fullRows: Math.floor(group.count / columns),
			remainder: group.count % columns,
			width: groupWidth,
			height: Math.ceil(group.count / columns) * cell,
			partFullRows: Math.floor(partCount / columns),
			partRemainder: partCount % columns
		};
	});
	return { cell, groups: boxes };
}

/**
 * Every mark's place in a group layout: marks fill each group from the bottom row up, the
 * highlighted part first; marks the state does not draw wait, hidden, above the chart.
 */
export function layoutWorkers(groups: readonly MarkGroup[], size: Size, poolSize: number): WorkersLayout {
	const { cell, groups: boxes } = layoutGroups(groups, size);
	const positions = new Float32Array(poolSize * 2);
	const tones = new Uint8Array(poolSize);
	let mark = 0;
	groups.forEach((group, g) => {
		const box = boxes[g];
		const partCount = group.part?.count ?? 0;
		for (let i = 0; i < group.count && mark < poolSize; i++, mark++) {
			const row = Math.floor(i / box.columns);
			positions[mark * 2] = box.x + (i % box.columns) * cell;
			positions[mark * 2 + 1] = box.bottom - (row + 1) * cell;
			tones[mark] = i < partCount ? 2 : 1;
		}
	});
	for (; mark < poolSize; mark++) {
		positions[mark * 2] = (mark % 997) * (size.width / 997);
		positions[mark * 2 + 1] = -cell * 4;
		tones[mark] = 0;
	}
	return { cell, groups: boxes, positions, tones };
}
