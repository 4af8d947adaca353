/**
 * Where the workers chart's labels go: each group's figure and what it counts just above its
 * block, the highlighted part's at the part. A pure function of the laid-out state, so the
 * rules that keep labels apart and inside the chart are tested without a browser.
 *
 * The rules, in order: a label wraps within its group's own column (from its block to the
 * next block), so neighbours never meet, a word too long for a narrow column broken with a
 * hyphen; the last of several groups sets its labels flush
 * right where its block can hold them; a label near the chart's edge moves left rather than
 * run off it; a part's label never sits on its group's; a label with no room above its block
 * sits at the chart's top, over the marks, on a halo.
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
		// The last of several groups sets its labels flush right over its block, where the block
		// is wide enough to hold them; a narrow last block's label starts at it, like the others.
		const flushRight = blocks.length > 1 && !next && block.width >= MIN_ROOM;
		// The column a label may use: from its block to the next one; flush right, its own
		// block's width; else to the chart's edge.
		const column = next ? next.x - COLUMN_GAP - block.x : flushRight ? block.width : chartWidth - block.x;
		// Many groups in a narrow chart leave columns narrower than a label's usual least room:
		// the label keeps to its column, a long word broken with a hyphen.
		const narrow = column < MIN_ROOM;
		const room = narrow ? column : Math.max(MIN_ROOM, Math.min(Math.max(block.width + 4 * block.pitch, 72), column));
		const font = room < 110 ? 11 : 13;
		const line = font + 2;
		const wrap = (text: string, width: number) => wrapWords(text, width, font, ALL_LINES, narrow);
		const key = group.figureId ?? group.label;
		const lines: LabelLine[] = [
			...(group.text ? wrap(group.text, room).map((text) => ({ text, kind: 'value' as const })) : []),
			...wrap(group.label, room).map((text) => ({ text, kind: 'label' as const }))
		];
		const anchor = flushRight ? 'end' : 'start';
		// Above its block, or at the chart's top where the block leaves no room.
		const top = (lineCount: number) => Math.max(0, block.y - 6 - lineCount * line);
		// A start-anchored label moves left rather than run off the chart.
		const startX = (at: number, texts: LabelLine[]) =>
			Math.max(0, Math.min(at, chartWidth - Math.max(...texts.map((l) => estimatedWidth(l.text, font)))));
		const part = group.part && `${group.part.text} ${group.part.label}`;
		if (part) {
			// In bold, wider than the wrapping estimate's glyphs: 90 % of the room it has.
			const partLines = wrap(part, Math.max(narrow ? room : MIN_ROOM, (block.width - 8) * 0.9)).map((text) => ({
				text,
				kind: 'part' as const
			}));
			const height = partLines.length * line;
			const partKey = `${key}/${group.part!.figureId}`;
			const partX = flushRight ? block.x + block.width - 4 : startX(block.x + 4, partLines);
			// Never on its group's own label, which may sit over the marks at the chart's top.
			const clear = (y: number) => y >= top(lines.length) + lines.length * line + 2;
			const inside = block.partY + 4;
			const above = block.partY - 4 - height;
			// Inside the part where it has room; else just above its top row, over the group's
			// own marks; where neither has room, under the group's label, above the block.
			if (block.partHeight >= height + 8 && clear(inside))
				out.push({ key: partKey, x: partX, y: inside, anchor, font, line, lines: partLines });
			else if (above >= block.y + 4 && clear(above)) out.push({ key: partKey, x: partX, y: above, anchor, font, line, lines: partLines });
			else lines.push(...wrap(part, room).map((text) => ({ text, kind: 'part' as const })));
		}
		const x = flushRight ? block.x + block.width : startX(block.x, lines);
		out.push({ key, x, y: top(lines.length), anchor, font, line, lines });
	});
	return out;
}
