/**
 * Wrapping short chart labels into lines, for SVG text (which does not wrap by itself).
 * An estimate by characters is enough for labels of a few words.
 */

/** Average glyph width of the chart's label font, as a share of its size. */
const GLYPH_WIDTH = 0.55;

/** How wide a line of label text is, about: what wrapping allows for, so anything kept clear of it stays clear. */
export const estimatedWidth = (text: string, fontSize: number) => text.length * fontSize * GLYPH_WIDTH;

/** A word that may be broken across lines: letters and punctuation, never a number. */
const breakable = (word: string) => !/\d/.test(word);

/**
 * Lines of at most `width` (estimated), broken between words; past `maxLines`, the last line
 * ends in an ellipsis. With `breakLongWords`, a word too long for a line (letters, never a
 * figure) is broken with a hyphen rather than run past the line's end: for columns narrower
 * than a long word.
 */
export function wrapWords(text: string, width: number, fontSize: number, maxLines = 3, breakLongWords = false): string[] {
	const maxChars = Math.max(6, Math.floor(width / (fontSize * GLYPH_WIDTH)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const pieces = breakLongWords && word.length > maxChars && breakable(word) ? hyphenated(word, maxChars) : [word];
		pieces.forEach((piece, i) => {
			if (line && (line + ' ' + piece).length > maxChars) {
				lines.push(line);
				line = piece;
			} else {
				line = line ? `${line} ${piece}` : piece;
			}
			// A broken word's line ends at its hyphen.
			if (i < pieces.length - 1) {
				lines.push(line);
				line = '';
			}
		});
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
	return kept;
}

/** A word in even pieces, each but the last ending in a hyphen, none longer than `maxChars`: "dead-", "line". */
function hyphenated(word: string, maxChars: number): string[] {
	const count = Math.ceil(word.length / (maxChars - 1));
	const size = Math.ceil(word.length / count);
	const pieces: string[] = [];
	for (let at = 0; at < word.length; at += size) pieces.push(word.slice(at, at + size));
	return pieces.map((piece, i) => (i < pieces.length - 1 ? `${piece}-` : piece));
}
