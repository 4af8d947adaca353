/**
 * The workers chart's mark colours packed for a pixel buffer. culori parses whatever CSS
 * colour the stylesheet uses: #abc, #aabbcc, rgb(), hsl(), oklch(). Loaded only where the
 * marks are painted (the worker, or the main-thread painter where there is none), so the
 * chart code the page fetches does not carry it.
 */
// culori's tree-shakeable build with only the colour spaces CSS can name (its `css` set): the
// full library also registers a dozen spaces no stylesheet uses, about a third of its size.
import 'culori/css';
import { parse, toGamut, type Rgb } from 'culori/fn';
import type { MarkColourNames } from './mark-colours';

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

/**
 * The renderer's palette: little-endian RGBA words (alpha left 0, set per mark), index 1 and 2
 * by tone. Throws, naming both, when either is not a CSS colour.
 */
export function packMarkColours([group, part]: MarkColourNames): Uint32Array {
	const groupBytes = colourBytes(group);
	const partBytes = colourBytes(part);
	if (!groupBytes || !partBytes)
		throw new Error(`The mark colours --mark-group and --mark-part are not CSS colours: "${group}", "${part}"`);
	return Uint32Array.of(0, packRgb(groupBytes), packRgb(partBytes));
}
