import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../../src/lib/charts/labels';

describe('label wrapping', () => {
	it('wraps at word boundaries and marks cut text', () => {
		expect(wrapWords('South Korean intelligence, Oct 2024', 90, 13, 2)).toEqual(['South Korean', 'intelligence,…']);
		expect(wrapWords('Short', 80, 13)).toEqual(['Short']);
	});
});
