/**
 * The page's palettes, read from `app.css` at build time, so a share card (or the opening's
 * poster) keeps the page's colours when the palette changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const names = ['paper', 'ink', 'muted', 'rule', 'mark-group', 'mark-part', 'mark-part-text', 'ru', 'nk-tint', 'ru-tint'] as const;
export type PaletteName = (typeof names)[number];

/** The custom properties of the first `:root { … }` block, which holds the light scheme. */
function readPalette(source: string): Record<PaletteName, string> {
	const root = source.match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
	return Object.fromEntries(
		names.map((name) => {
			const value = root.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{3,8})\\s*;`, 'i'))?.[1];
			if (!value) throw new Error(`Share cards need --${name} as a hex colour in app.css's first :root block`);
			return [name, value];
		})
	) as Record<PaletteName, string>;
}

/** The dark scheme's custom properties: the `:root` block inside `prefers-color-scheme: dark`. */
function readDarkPalette(source: string): Record<PaletteName, string> {
	const dark = source.match(/@media \(prefers-color-scheme: dark\)\s*\{([\s\S]*?\})\s*\}/)?.[1] ?? '';
	return readPalette(dark);
}

// Read from disk, not imported: vitest empties CSS imports, even `?raw` ones. The build and the
// tests run from the project's root.
const css = readFileSync(join(process.cwd(), 'src/app.css'), 'utf8');
export const palette = readPalette(css);
const darkPalette = readDarkPalette(css);

/** An SVG drawn in the light palette, recoloured with the dark one, colour by colour. */
export function inDarkPalette(svg: string): string {
	return names.reduce((out, name) => out.replaceAll(palette[name], darkPalette[name]), svg);
}
