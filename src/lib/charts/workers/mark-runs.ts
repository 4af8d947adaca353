/**
 * The workers chart's marks as SVG rectangles filled with a pattern of one mark per cell: for
 * the no-script chart and the opening still (`MarkBlocks.svelte`), and the share cards.
 */
import type { GroupBox, Scale } from './layout';

/**
 * The rectangles `count` marks of a block fill from the bottom (full rows, then the last row),
 * for drawing them as SVG with a pattern of one mark per cell. Each rectangle stops where its
 * last mark does, not at the space after it: an edge in the middle of a cell shows a sliver of
 * the next cell's mark once the pattern is scaled (the close-up's lone mark grew a line).
 */
export function markRuns(
	box: GroupBox,
	count: number,
	scale: Pick<Scale, 'pitch' | 'side'>
): { x: number; y: number; width: number; height: number }[] {
	const { pitch, side } = scale;
	const space = pitch - side;
	const full = Math.floor(count / box.columns);
	const remainder = count % box.columns;
	const runs = [];
	if (full > 0) runs.push({ x: box.x, y: box.bottom - full * pitch, width: box.columns * pitch - space, height: full * pitch - space });
	if (remainder > 0) runs.push({ x: box.x, y: box.bottom - (full + 1) * pitch, width: remainder * pitch - space, height: side });
	return runs;
}
