/**
 * The palette meets WCAG AA in both colour schemes: text 4.5:1 against what it sits on,
 * chart marks 3:1 against the page (WCAG 1.4.11); the highlight is the most prominent mark and
 * cards separate from the page in both. Read from the stylesheet itself.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wcagContrast } from 'culori';

const css = readFileSync(join(import.meta.dirname, '../../src/app.css'), 'utf8');

function palette(block: string): Record<string, string> {
	return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

const light = palette(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const dark = { ...light, ...palette(css.slice(darkStart, css.indexOf('}\n}', darkStart))) };

const text: [string, string][] = [
	['ink', 'paper'],
	['muted', 'paper'],
	['link', 'paper'],
	['ink', 'card'],
	['muted', 'card'],
	['mark-part-text', 'paper'],
	['ink', 'nk-tint'],
	['ink', 'ru-tint'],
	['muted', 'nk-tint'],
	['muted', 'ru-tint'],
	['on-mark', 'mark-part']
];
const marks: [string, string][] = [
	['mark-group', 'paper'],
	['mark-part', 'paper'],
	['ru', 'paper'],
	['ru', 'ru-tint'],
	['mark-part', 'nk-tint'],
	['ink', 'paper']
];

describe.each([
	['light', light],
	['dark', dark]
])('%s scheme', (_, colours) => {
	it.each(text)('text %s on %s is at least 4.5:1', (fg, bg) => {
		expect(wcagContrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(4.5);
	});
	it.each(marks)('marks %s on %s are at least 3:1', (fg, bg) => {
		expect(wcagContrast(colours[fg], colours[bg])).toBeGreaterThanOrEqual(3);
	});
	it('the highlight stands out more than the crowd of marks around it', () => {
		expect(wcagContrast(colours['mark-part'], colours['paper'])).toBeGreaterThan(wcagContrast(colours['mark-group'], colours['paper']));
	});
	it('cards stand clear of the page: an edge that shows, a surface no darker than the page', () => {
		expect(wcagContrast(colours['rule'], colours['card'])).toBeGreaterThanOrEqual(1.4);
		expect(wcagContrast(colours['card'], '#000000')).toBeGreaterThanOrEqual(wcagContrast(colours['paper'], '#000000'));
	});
	it('the two mark colours differ in lightness too, not in hue alone', () => {
		expect(wcagContrast(colours['mark-group'], colours['mark-part'])).toBeGreaterThanOrEqual(1.5);
	});
});
