/**
 * Text for share cards: measured with the same fonts and renderer that draw the card, so
 * lines wrap where they will really end, and written as escaped SVG.
 */
import { Resvg } from '@resvg/resvg-js';
import { PAGE_FALLBACK, resvgFont } from './fonts';

export interface TextStyle {
	family: string;
	size: number;
	weight: 400 | 600 | 700;
}

function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const fontAttributes = (style: TextStyle) =>
	`font-family="${[`'${style.family}'`, PAGE_FALLBACK[style.family]].filter(Boolean).join(', ')}" font-size="${style.size}" font-weight="${style.weight}"`;

const widths = new Map<string, number>();

/** How far right of its start a line's ink reaches, in pixels. */
function measure(text: string, style: TextStyle): number {
	const key = `${style.family}|${style.weight}|${style.size}|${text}`;
	let width = widths.get(key);
	if (width === undefined) {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="0" y="${style.size}" ${fontAttributes(style)}>${escapeXml(text)}</text></svg>`;
		const box = new Resvg(svg, { font: resvgFont }).getBBox();
		width = box ? box.x + box.width : 0;
		widths.set(key, width);
	}
	return width;
}

/** Words into lines no wider than `maxWidth` (a single word wider than that gets a line). */
export function wrap(text: string, style: TextStyle, maxWidth: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate, style) > maxWidth) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lines of text from a first baseline at `y`, `lineHeight` apart. */
export function textBlock(
	lines: string[],
	x: number,
	y: number,
	style: TextStyle,
	fill: string,
	lineHeight = style.size * 1.2,
	anchor: 'start' | 'end' = 'start'
): string {
	return lines
		.map(
			(line, i) =>
				`<text x="${x}" y="${y + i * lineHeight}" text-anchor="${anchor}" ${fontAttributes(style)} fill="${fill}">${escapeXml(line)}</text>`
		)
		.join('');
}
