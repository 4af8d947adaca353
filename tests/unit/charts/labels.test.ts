import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../src/lib/charts/labels';

describe('label wrapping', () => {
	it('wraps at word boundaries and marks cut text', () => {
		expect(wrapWords('South Korean intelligence, Oct 2024', 90, 13, 2)).toEqual(['South Korean', 'intelligence,…']);
		expect(wrapWords('Short', 80, 13)).toEqual(['Short']);
	});

	it('breaks a word too long for the line with a hyphen when asked, never a figure', () => {
		// 40 px at 11 px: six characters a line.
		expect(wrapWords('left after the deadline', 40, 11, Infinity, true)).toEqual(['left', 'after', 'the', 'dead-', 'line']);
		// In even pieces, each within the line.
		const pieces = wrapWords('abcdefghijklmnop', 40, 11, Infinity, true);
		expect(pieces.join('').replace(/-/g, '')).toBe('abcdefghijklmnop');
		expect(pieces.every((line) => line.length <= 6)).toBe(true);
		expect(wrapWords('employed or sent', 40, 11, Infinity)).toEqual(['employed', 'or', 'sent']);
		expect(wrapWords('about 120,000', 40, 11, Infinity, true)).toEqual(['about', '120,000']);
	});
});
