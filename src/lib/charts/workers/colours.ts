/**
 * The workers chart's two mark colours, read from the stylesheet (`--mark-group` and
 * `--mark-part` in app.css, the one place they are set) and packed for a pixel buffer. culori
 * parses whatever CSS colour the stylesheet uses: #abc, #aabbcc, rgb(), hsl(), oklch().
 * The benchmark's baselines read them through the same function.
 */
// culori's tree-shakeable build with only the colour spaces CSS can name (its `css` set): the
// full library also registers a dozen spaces no stylesheet uses, about a third of its size.
import 'culori/css';
import { parse, toGamut, type Rgb } from 'culori/fn';

/** Tone 1 (a group) and tone 2 (its highlighted part) as CSS colours, and packed. */
export interface MarkColours {
	css: [group: string, part: string];
	/** Little-endian RGBA words (alpha left 0, to be set per mark); index 1 and 2 by tone. */
	packed: Uint32Array;
}

const inGamut = toGamut('rgb', 'oklch');
const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v * 255)));

/** A CSS colour as [r, g, b] bytes; null if it does not parse. */
export function colourBytes(css: string): [number, number, number] | null {
	const colour = parse(css.trim());
	if (!colour) return null;
	const rgb = inGamut(colour) as Rgb;
	return [byte(rgb.r), byte(rgb.g), byte(rgb.b)];
}

/** [r, g, b] bytes → a little-endian RGBA word with no alpha (the renderer adds it). */
export function packRgb([r, g, b]: [number, number, number]): number {
	return ((b << 16) | (g << 8) | r) >>> 0;
}

/** The mark colours in force on `element` (its scheme, light or dark). */
export function readMarkColours(element: Element): MarkColours {
	const style = getComputedStyle(element);
	const group = style.getPropertyValue('--mark-group');
	const part = style.getPropertyValue('--mark-part');
	const groupBytes = colourBytes(group);
	const partBytes = colourBytes(part);
	if (!groupBytes || !partBytes)
		throw new Error(`The mark colours --mark-group and --mark-part are not CSS colours: "${group}", "${part}"`);
	return {
		css: [`rgb(${groupBytes.join(' ')})`, `rgb(${partBytes.join(' ')})`],
		packed: Uint32Array.of(0, packRgb(groupBytes), packRgb(partBytes))
	};
}
