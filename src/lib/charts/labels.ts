/**
 * Wrapping short chart labels into lines, for SVG text (which does not wrap by itself).
 * An estimate by characters is enough for labels of a few words.
 */

/** Average glyph width of the chart's label font, as a share of its size. */
const GLYPH_WIDTH = 0.55;

/** How wide a line of label text is, about: what wrapping allows for, so anything kept clear of it stays clear. */
export const estimatedWidth = (text: string, fontSize: number) => text.length * fontSize * GLYPH_WIDTH;

export function wrapWords(text: string, width: number, fontSize: number, maxLines = 3): string[] {
	const maxChars = Math.max(6, Math.floor(width / (fontSize * GLYPH_WIDTH)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && (line + ' ' + word).length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}
