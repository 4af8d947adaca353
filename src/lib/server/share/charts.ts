/**
 * Each chart drawn as SVG for a share card, from the same pure state functions the page
 * uses, so the card shows what the chart shows: every mark, every label, the same words.
 */
import type { StoryModel } from '../../story/model';
import { allWorkersStates, workersChartState } from '../../charts/workers/state';
import { fitScale, layoutState, screenBlocks } from '../../charts/workers/layout';
import { markRuns } from '../../charts/workers/mark-runs';
import { shiftsChartState, isDayOff } from '../../charts/shifts/state';
import { exchangeChartState, rowWords } from '../../charts/exchange/state';
import { palette } from './palette';
import { SANS, SERIF } from './fonts';
import { textBlock, wrap, type TextStyle } from './text';

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const label = (size: number): TextStyle => ({ family: SANS, size, weight: 600 });
const body = (size: number): TextStyle => ({ family: SANS, size, weight: 400 });

/** One mark per person, in blocks filled from the bottom, the highlighted part first, at the chart's one scale. */
export function workersSvg(model: StoryModel, stateId: string, box: Box): string {
	const state = workersChartState(model, stateId);
	const scale = fitScale(allWorkersStates(model), { width: box.width, height: box.height }, 1);
	const layout = layoutState(state, scale);
	const blocks = screenBlocks(layout);
	const { pitch, side } = scale;
	const size = layout.groups.length > 3 ? 16 : 24;
	const lineHeight = size * 1.2;
	const labelLines = (i: number) => {
		const group = state.groups[i];
		const width = Math.max(blocks[i].width, 120);
		return [
			{ text: group.text ? `${group.label}: ${group.text}` : group.label, fill: palette.ink },
			...(group.part ? [{ text: `${group.part.label}: ${group.part.text}`, fill: palette['mark-part-text'] }] : [])
		].map((line) => ({ ...line, lines: wrap(line.text, label(size), width) }));
	};
	const labels = layout.groups.map((_, i) => labelLines(i));
	const contentTop = Math.min(...blocks.map((b, i) => b.y - 10 - lineHeight * labels[i].reduce((n, l) => n + l.lines.length, 0)));
	const shift = -Math.max(0, contentTop) / 2;
	const { zoom, x: cx, y: cy } = layout.camera;
	const parts: string[] = [`<g transform="translate(${box.x + cx} ${box.y + cy + shift}) scale(${zoom})">`];
	layout.groups.forEach((g, i) => {
		const runs = (count: number, fill: string, id: string) =>
			`<pattern id="${id}" patternUnits="userSpaceOnUse" x="${g.x}" y="${g.bottom}" width="${pitch}" height="${pitch}"><rect width="${side}" height="${side}" fill="${fill}"/></pattern>` +
			markRuns(g, count, scale)
				.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="url(#${id})"/>`)
				.join('');
		parts.push(runs(g.count, palette['mark-group'], `group-${i}`));
		if (g.partCount) parts.push(runs(g.partCount, palette['mark-part'], `part-${i}`));
	});
	parts.push('</g>');
	// Labels above each block: the figure, then the highlighted part, each wrapped to the column.
	blocks.forEach((b, i) => {
		const lines = labels[i];
		const x = box.x + b.x;
		let y = box.y + b.y + shift - 10 - lineHeight * (lines.reduce((n, l) => n + l.lines.length, 0) - 1);
		for (const line of lines) {
			parts.push(textBlock(line.lines, x, y, label(size), line.fill, lineHeight));
			y += line.lines.length * lineHeight;
		}
	});
	return parts.join('');
}

/** A day's work against a 24-hour day, or a year of days with the days off marked. */
export function shiftsSvg(model: StoryModel, stateId: string, box: Box): string {
	const state = shiftsChartState(model, stateId);
	const rowHeight = box.height / state.rows.length;
	return state.rows
		.map((row, r) => {
			const top = box.y + r * rowHeight;
			const title = textBlock([row.label], box.x, top + 24, label(24), palette.ink);
			const words = state.view === 'day' ? row.spanText : row.yearText;
			const caption = textBlock(wrap(words, body(20), box.width), box.x, top + 50, body(20), palette.muted);
			const area = { x: box.x, y: top + 64, width: box.width, height: rowHeight - 84 };
			if (state.view === 'day') {
				// The 24 hours of the clock from its first hour, each day drawn where it falls.
				const hour = area.width / 24;
				const bar = Math.min(area.height, 40);
				const from = area.x + (row.start - state.clockStart) * hour;
				const day = `<rect x="${area.x}" y="${area.y}" width="${area.width}" height="${bar}" fill="none" stroke="${palette.rule}" stroke-width="2"/>`;
				const work = `<rect x="${from}" y="${area.y}" width="${row.hours * hour}" height="${bar}" fill="${r === 0 ? palette.ru : palette['mark-part']}"/>`;
				const ends =
					textBlock([row.startText], from, area.y + bar + 22, body(18), palette.ink) +
					textBlock([row.endText], from + row.hours * hour, area.y + bar + 22, body(18), palette.ink, 0, 'end');
				return title + caption + day + work + ends;
			}
			// 53 columns of weeks, seven days each, like a calendar.
			const cell = Math.min(area.width / 53, area.height / 7);
			const days = Array.from({ length: 365 }, (_, i) => {
				const fill = isDayOff(row, i) ? palette['mark-part'] : palette['mark-group'];
				return `<rect x="${area.x + Math.floor(i / 7) * cell}" y="${area.y + (i % 7) * cell}" width="${cell * 0.8}" height="${cell * 0.8}" fill="${fill}"/>`;
			});
			return title + caption + days.join('');
		})
		.join('');
}

/** What each side gives: a column per section, each item's label and words, in the chart's words. */
export function exchangeSvg(model: StoryModel, stateId: string, box: Box): string {
	const sections = exchangeChartState(model, stateId).sections;
	const gap = 40;
	const columnWidth = (box.width - gap * (sections.length - 1)) / Math.max(1, sections.length);
	const colours = [palette['mark-part-text'], palette.ru, palette.muted];
	const columns = sections.map((section, i) => ({
		heading: section.heading,
		rows: section.rows.map((row) => ({ label: row.label, words: rowWords(row) })),
		colour: colours[Math.min(i, colours.length - 1)]
	}));
	// The largest type at which every column fits the box.
	for (let size = 22; size >= 10; size--) {
		const detail = body(size * 0.85);
		const laidOut = columns.map((column, c) => {
			const x = box.x + c * (columnWidth + gap);
			let y = box.y + size * 1.1;
			const parts = [textBlock([column.heading], x, y, label(size * 1.05), column.colour)];
			y += size * 0.6;
			for (const row of column.rows) {
				y += size * 1.25;
				parts.push(textBlock([row.label], x, y, label(size), palette.ink));
				const lines = wrap(row.words, detail, columnWidth);
				parts.push(textBlock(lines, x, y + detail.size * 1.2, detail, palette.muted));
				y += lines.length * detail.size * 1.2;
			}
			return { parts, bottom: y };
		});
		if (laidOut.every((c) => c.bottom <= box.y + box.height) || size === 10) return laidOut.flatMap((c) => c.parts).join('');
	}
	return '';
}

/** The title block: the headline (or a chart's title under the headline), wrapped to fit. */
export function titleSvg(title: string, kicker: string | undefined, box: Box): { svg: string; bottom: number } {
	let y = box.y;
	let svg = '';
	if (kicker) {
		const style = label(22);
		const lines = wrap(kicker, style, box.width);
		svg += textBlock(lines, box.x, y + style.size, style, palette.muted);
		y += lines.length * style.size * 1.2 + 8;
	}
	// The largest size at which the title takes at most three lines.
	let size = 56;
	let lines = wrap(title, { family: SERIF, size, weight: 700 }, box.width);
	while (lines.length > 3 && size > 28) {
		size -= 4;
		lines = wrap(title, { family: SERIF, size, weight: 700 }, box.width);
	}
	const style: TextStyle = { family: SERIF, size, weight: 700 };
	svg += textBlock(lines, box.x, y + size, style, palette.ink, size * 1.12);
	return { svg, bottom: y + size + (lines.length - 1) * size * 1.12 + size * 0.3 };
}
