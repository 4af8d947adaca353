/**
 * Warnings, on the fixture: what valid data can still get wrong is said, never refused.
 */
import { describe, expect, it } from 'vitest';
import { validateDataset, formatWarning } from '../../src/lib/server/data/validate';
import { STEP_TEXT_MAX_CHARS } from '../../src/lib/server/data/limits';
import { fixtureDir, readRawData } from '../support/dataset';

const fixture = readRawData(fixtureDir) as any;

function warningsOf(edit: (raw: any) => void) {
	const raw: any = structuredClone(fixture);
	edit(raw);
	const result = validateDataset(raw);
	if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
	return result.warnings;
}

describe('a figure’s number typed by hand', () => {
	it('is named, with the figure to use instead, wherever the text is', () => {
		const warnings = warningsOf((raw) => (raw['story.json'].disagreements[0].text = 'One says 3,400, the other more than 5000.'));
		expect(warnings.map((w) => [w.place, w.message.split(',')[0]])).toEqual([
			['disagreement 1 › text', '"3'],
			['disagreement 1 › text', '"5000" is typed by hand']
		]);
		expect(warnings[0].message).toBe(
			'"3,400" is typed by hand, and is the value of {arrivals-2024} (about 3,400): write the {figure-id} instead, so the text changes when the figure does'
		);
	});

	it('not for a number written with another measure than the figure’s, but for one written with its own', () => {
		const warnings = warningsOf((raw) => {
			// legal-week is 40 hours a week, hours-a-day 18 hours a day, days-off 3 days a year.
			raw['story.json'].methods[0] = 'A 40-day trip, 18 months on, a 40-hour week.';
			raw['story.json'].outro[0] = 'Drawn on an 18-barrel scale, 18 hours on end.';
		});
		expect(warnings.map((w) => `${w.place}: ${w.message.split(' is typed')[0]}`)).toEqual([
			'outro › paragraph 1: "18"',
			'methods › paragraph 1: "40"'
		]);
	});

	it('in every text section and in the charts’ text', () => {
		const warnings = warningsOf((raw) => {
			raw['story.json'].intro[0] = 'We spoke to {interviewed}. About 1,200 came.';
			raw['story.json'].outro[0] = 'About 1,200 came.';
			raw['story.json'].methods[0] = 'About 1,200 came.';
			raw['story.json'].steps[5].text = 'About 1,200 came.';
			raw['charts.json'].exchange.items[0].detail = '1,200 came';
		});
		expect(warnings.map((w) => `${w.file} › ${w.place}`)).toEqual([
			'story.json › intro › paragraph 1',
			'story.json › step 6 "x-labour" › text',
			'story.json › outro › paragraph 1',
			'story.json › methods › paragraph 1',
			'charts.json › exchange › item 1 "workers" › detail'
		]);
	});

	it('but not years, small numbers, or numbers no figure has', () => {
		expect(warningsOf((raw) => (raw['story.json'].methods[0] = 'In 2024, 7 people and 1,201 others; step 3.'))).toEqual([]);
	});

	it('and not the figures inserted with {figure-id}', () => {
		expect(warningsOf((raw) => (raw['story.json'].methods[0] = '{arrivals-2024} and {planned}.'))).toEqual([]);
	});
});

it('a source nothing cites', () => {
	const warnings = warningsOf((raw) =>
		raw['sources.json'].sources.push({ ...raw['sources.json'].sources[0], id: 'forgotten', url: 'https://example.org/f' })
	);
	expect(warnings).toHaveLength(1);
	expect(formatWarning(warnings[0])).toMatch(/^sources\.json › source 4 "forgotten": no figure or chart cites this source/);
	// A step whose words link to the source's address points the reader to it.
	expect(
		warningsOf((raw) => {
			raw['sources.json'].sources.push({ ...raw['sources.json'].sources[0], id: 'forgotten', url: 'https://example.org/f' });
			raw['story.json'].steps[0].text += ' As [a report](https://example.org/f) says.';
		})
	).toEqual([]);
});

it('a figure nothing shows', () => {
	const warnings = warningsOf((raw) => raw['figures.json'].figures.push({ ...raw['figures.json'].figures[0], id: 'spare' }));
	expect(warnings).toHaveLength(1);
	expect(warnings[0].place).toBe(`figure ${fixture['figures.json'].figures.length + 1} "spare"`);
	expect(warnings[0].message).toMatch(/no text, chart or note on disagreements shows this figure/);
});

it('a step too long to read beside a chart, counted as the reader sees it', () => {
	const words = 'word '.repeat(STEP_TEXT_MAX_CHARS / 5 + 1).trim();
	const warnings = warningsOf((raw) => (raw['story.json'].steps[1].text = words));
	expect(warnings).toHaveLength(1);
	expect(warnings[0].place).toBe('step 2 "w-planned" › text');
	expect(warnings[0].message).toBe(
		`${words.length} characters is too long to read beside a chart (a phone shows at most about ${STEP_TEXT_MAX_CHARS}): shorten it, or split it into two steps`
	);
	// Exactly at the limit is fine.
	expect(warningsOf((raw) => (raw['story.json'].steps[1].text = 'x'.repeat(STEP_TEXT_MAX_CHARS)))).toEqual([]);
});

it('a chart state no step shows, which the story would never explain', () => {
	const deleted = fixture['story.json'].steps.find((step: { chart: string }) => step.chart === 'shifts');
	const index = fixture['charts.json'].shifts.states.findIndex((state: { id: string }) => state.id === deleted.state);
	const warnings = warningsOf(
		(raw) => (raw['story.json'].steps = raw['story.json'].steps.filter((step: { id: string }) => step.id !== deleted.id))
	);
	expect(warnings).toHaveLength(1);
	expect(warnings[0]).toMatchObject({ file: 'charts.json', place: `shifts › state ${index + 1} "${deleted.state}"` });
	expect(warnings[0].message).toMatch(/^no step shows this state .*: show it in a step of shifts, or delete it$/);
});
