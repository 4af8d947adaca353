/**
 * "Now" in the story is dated in plain words, "as of September 2025", and those words must
 * name the month of the story's date (its `updated` date, or else `published`). A changed
 * date then stops the build until every "as of" is re-read, so the text never claims to be
 * current for a month nobody checked it in.
 */
const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
const asOfPhrase = new RegExp(`\\bas of (?:${months.join('|')}) \\d{4}\\b`, 'gi');

/** The story's dates, as story.json gives them. */
export interface StoryDates {
	published: string;
	updated?: string;
}

/** "as of September 2025" for a story dated 2025-09-03 (or updated then). */
export function asOfWords(dates: StoryDates): string {
	const [year, month] = (dates.updated ?? dates.published).split('-').map(Number);
	return `as of ${months[month - 1]} ${year}`;
}

/** Every "as of <month> <year>" in the text that names another month than the story's date. */
export function staleAsOf(text: string, dates: StoryDates): string[] {
	const expected = asOfWords(dates);
	return [...text.matchAll(asOfPhrase)].map((m) => m[0]).filter((found) => found.toLowerCase() !== expected.toLowerCase());
}
