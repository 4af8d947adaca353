/**
 * The fonts share cards are drawn with: font files shipped in npm packages (SIL Open Font
 * Licence), never the machine's own fonts, so a card renders the same on every machine.
 * TrueType files, because resvg in Node reads TrueType and OpenType but not WOFF2 (which is
 * all the @fontsource packages ship).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const SERIF = 'Source Serif 4';
export const SANS = 'Source Sans 3';

/**
 * The page's own font stacks (`--font-serif`, `--font-sans` in app.css; a unit test keeps them
 * equal), after each packaged font: the opening's poster is an SVG image in the reader's
 * browser, which has only the reader's fonts, and should read in the page's type.
 */
export const PAGE_FALLBACK: Record<string, string> = {
	[SERIF]: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
	[SANS]: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
};

/** Bold serif for titles; regular and semibold sans for labels. */
const fontFiles = [
	require.resolve('@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf'),
	require.resolve('@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf'),
	require.resolve('@expo-google-fonts/source-sans-3/600SemiBold/SourceSans3_600SemiBold.ttf')
];

/** resvg's font options: only these files, with the sans as the fallback family. */
export const resvgFont = { loadSystemFonts: false, fontFiles, defaultFontFamily: SANS };
