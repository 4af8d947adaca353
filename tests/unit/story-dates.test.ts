/**
 * The story's dates: required publication date, optional later update, and "as of <month>"
 * in the text kept to the story's month, so "now" is always dated and never stale.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/server/data/validate';
import { asOfWords, staleAsOf } from '../../src/lib/server/data/as-of';
import { readRawData } from '../support/dataset';

function validateWith(edit: (story: any) => void) {
	const raw: any = structuredClone(readRawData());
	edit(raw['story.json']);
	return validateDataset(raw);
}
const problems = (edit: (story: any) => void) => {
	const result = validateWith(edit);
	return result.ok ? [] : result.problems;
};

describe('publication dates', () => {
	it('the story must say when it was published, as a real date', () => {
		expect(problems((story) => delete story.published)).toContainEqual(
			expect.objectContaining({ file: 'story.json', path: 'published', found: 'nothing' })
		);
		expect(problems((story) => (story.published = '2025-02-30'))).toContainEqual(
			expect.objectContaining({ path: 'published', expected: 'a real date written YYYY-MM-DD' })
		);
	});

	it('an update cannot come before publication', () => {
		expect(
			problems((story) => {
				story.published = '2025-09-03';
				story.updated = '2025-09-01';
			})
		).toContainEqual(expect.objectContaining({ path: 'updated', expected: 'an updated date on or after the published date' }));
	});
});

describe('"as of" in the text names the story\'s month', () => {
	it('reads the month from the update when there is one, else from publication', () => {
		expect(asOfWords({ published: '2025-09-03' })).toBe('as of September 2025');
		expect(asOfWords({ published: '2025-09-03', updated: '2026-01-15' })).toBe('as of January 2026');
	});

	it('finds every other month, in any case, and leaves the right one alone', () => {
		const dates = { published: '2025-09-03' };
		expect(staleAsOf('As of August 2025, x; as of September 2025, y; as of may 2024.', dates)).toEqual([
			'As of August 2025',
			'as of may 2024'
		]);
		expect(staleAsOf('no date here', dates)).toEqual([]);
	});

	it('a new date stops the check until every "as of" in the real text is re-read', () => {
		const raw: any = readRawData();
		const story = raw['story.json'];
		const texts: string[] = [
			...story.intro,
			...story.steps.map((s: any) => s.text),
			...story.outro,
			...story.methods,
			...story.disagreements.flatMap((d: any) => [d.topic, d.text])
		];
		const mentions = texts.flatMap((t) => t.match(/\bas of [a-z]+ \d{4}\b/gi) ?? []).length;
		expect(mentions, 'the story dates its "now" somewhere').toBeGreaterThan(0);
		const later = problems((s) => (s.updated = '2099-01-01'));
		expect(later.length).toBe(mentions);
		for (const p of later) expect(p.expected).toContain('"as of January 2099"');
	});
});
