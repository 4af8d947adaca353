/**
 * Where the workers chart's labels go: each group's figure and what it counts just above its
 * block, the highlighted part's at the part. A pure function of the laid-out state, so the
 * rules that keep labels apart and inside the chart are tested without a browser.
 *
 * The rules, in order: a label wraps within its group's own column (from its block to the
 * next block), so neighbours never meet; the last of several groups sets its labels flush
 * right, and a lone group's label moves left rather than run off the chart; a label with no
 * room above its block sits at the chart's top, over the marks, on a halo.
 */
import { estimatedWidth, wrapWords } from '../labels';
import { screenBlocks, type StateLayout } from './layout';
import type { MarkGroup } from './state';

interface LabelLine {
	text: string;
	kind: 'value' | 'label' | 'part';
}

export interface GroupLabel {
	/** Stable from state to state, so a label that stays moves with its block. */
	key: string;
	/** The anchor point: the start (or, flush right, the end) of the first line's baseline box, in CSS pixels. */
	x: number;
	/** The top of the first line. */
	y: number;
	anchor: 'start' | 'end';
	font: number;
	/** Line height. */
	line: number;
	lines: LabelLine[];
}

/** Space kept between one group's labels and the next block, in CSS pixels. */
const COLUMN_GAP = 8;
/** The narrowest a label wraps to: a word or two a line. */
const MIN_ROOM = 48;
/** A figure and what it counts are never cut short: they wrap to as many lines as they need. */
const ALL_LINES = Number.POSITIVE_INFINITY;

export function placeGroupLabels(layout: StateLayout, groups: readonly MarkGroup[]): GroupLabel[] {
	const blocks = screenBlocks(layout);
	const chartWidth = layout.scale.pixelWidth / layout.scale.ratio;
	const out: GroupLabel[] = [];
	blocks.forEach((block, g) => {
		const group = groups[g];
		const next = blocks[g + 1];
		// The last of several groups sets its labels flush right, so they never run off the chart.
		const flushRight = blocks.length > 1 && g === blocks.length - 1;
		// The column a label may use: from its block to the next one; the last of several, its
		// own block's width; a lone group, the chart's.
		const column = next ? next.x - COLUMN_GAP - block.x : flushRight ? block.width : chartWidth;
		const room = Math.max(MIN_ROOM, Math.min(Math.max(block.width + 4 * block.pitch, 72), column));
		const font = room < 110 ? 11 : 13;
		const line = font + 2;
		const key = group.figureId ?? group.label;
		const lines: LabelLine[] = [
			...(group.text ? wrapWords(group.text, room, font, ALL_LINES).map((text) => ({ text, kind: 'value' as const })) : []),
			...wrapWords(group.label, room, font, ALL_LINES).map((text) => ({ text, kind: 'label' as const }))
		];
		const widest = Math.max(...lines.map((l) => estimatedWidth(l.text, font)));
		// A lone group's label moves left rather than run off the chart.
		const x = flushRight ? block.x + block.width : Math.max(0, Math.min(block.x, chartWidth - widest));
		const anchor = flushRight ? 'end' : 'start';
		const part = group.part && `${group.part.text} ${group.part.label}`;
		if (part) {
			// In bold, wider than the wrapping estimate's glyphs: 90 % of the room it has.
			const partLines = wrapWords(part, Math.max(MIN_ROOM, (block.width - 8) * 0.9), font, ALL_LINES).map((text) => ({
				text,
				kind: 'part' as const
			}));
			const height = partLines.length * line;
			const partKey = `${key}/${group.part!.figureId}`;
			const partX = flushRight ? block.x + block.width - 4 : block.x + 4;
			// Inside the part where it has room; else just above its top row, over the group's
			// own marks; where neither has room, under the group's label, above the block.
			if (block.partHeight >= height + 8) out.push({ key: partKey, x: partX, y: block.partY + 4, anchor, font, line, lines: partLines });
			else if (block.partY - block.y >= height + 8)
				out.push({ key: partKey, x: partX, y: block.partY - 4 - height, anchor, font, line, lines: partLines });
			else lines.push(...wrapWords(part, room, font, ALL_LINES).map((text) => ({ text, kind: 'part' as const })));
		}
		// Above its block, or at the chart's top where the block leaves no room.
		out.push({ key, x, y: Math.max(0, block.y - 6 - lines.length * line), anchor, font, line, lines });
	});
	return out;
}
