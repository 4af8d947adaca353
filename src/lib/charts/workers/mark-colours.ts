/**
 * The workers chart's two mark colours as the stylesheet writes them (`--mark-group` and
 * `--mark-part` in app.css, the one place they are set), in any CSS colour syntax. Reading
 * them is cheap; turning them into pixels (`colours.ts`, with culori) happens where the marks
 * are painted: in the worker, off the main thread, wherever the browser allows.
 */

/** Tone 1 (a group) and tone 2 (its highlighted part), as CSS colours. */
export type MarkColourNames = [group: string, part: string];

/** The mark colours in force on `element` (its scheme, light or dark). */
export function readMarkColourNames(element: Element): MarkColourNames {
	const style = getComputedStyle(element);
	return [style.getPropertyValue('--mark-group').trim(), style.getPropertyValue('--mark-part').trim()];
}
