/**
 * The data check, on the fixture dataset (invented figures): every kind of mistake is refused
 * with the file, the place as an editor counts it (from 1, with the entry's id) and what was
 * found; the real data passes.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, validateDataTexts, DataValidationError } from '../../src/lib/server/data/validate';
import { MAX_WORKERS_MARKS } from '../../src/lib/charts/workers/limits';
import { fixtureDir, readDataTexts, readRawData } from '../support/dataset';

const fixture = readRawData(fixtureDir) as any;

/** The fixture with one change made by `edit`, validated. */
function withEdit(edit: (raw: any) => void) {
	const raw: any = structuredClone(fixture);
	edit(raw);
	return validateDataset(raw);
}

function problemsOf(edit: (raw: any) => void) {
	const result = withEdit(edit);
	expect(result.ok, 'the edited data should be refused').toBe(false);
	return result.ok ? [] : result.problems;
}

describe('valid data', () => {
	it('the real data passes', () => {
		const result = validateDataset(readRawData());
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
	});
	it('the fixture passes, with no warnings', () => {
		const result = validateDataTexts(readDataTexts(fixtureDir));
		expect(result.ok ? result.warnings : result.problems).toEqual([]);
	});
});

describe('problems name the file, the place, what was expected and what was found', () => {
	it('a count written as text, placed from 1 with the figure’s id', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[1].value = '3,400'));
		expect(p).toMatchObject({
			file: 'figures.json',
			path: 'figures[1].value',
			place: 'figure 2 "arrivals-2024" › value',
			found: '"3,400"'
		});
		expect(formatProblem(p)).toBe(
			'figures.json › figure 2 "arrivals-2024" › value: expected a number (no quotes, no commas), found "3,400"'
		);
	});

	it('a step by its number as the storyboard shows it, and its id', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].steps[3].state = 'no-such-state'));
		expect(p.place).toBe('step 4 "s-shift" › state');
		expect(p.expected).toBe('a state of the shifts chart (legal-day, reported-shift, days-off)');
	});

	it('paragraphs and chart states are counted from 1 too', () => {
		const [intro] = problemsOf((raw) => raw['story.json'].intro.push('See {nope}'));
		expect(intro.place).toBe('intro › paragraph 2');
		const [group] = problemsOf((raw) => (raw['charts.json'].workers.states[1].groups[0].figure = 'nope'));
		expect(group.place).toBe('workers › state 2 "planned" › group 1 › figure');
	});

	it('a negative count', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[0].value = -5));
		expect(p).toMatchObject({ path: 'figures[0].value', found: '-5' });
		expect(p.expected).toMatch(/not negative/);
	});

	it('a count of people that is not a whole number', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[1].value = 4.5));
		expect(p).toMatchObject({ path: 'figures[1].value', found: '4.5' });
		expect(p.expected).toMatch(/whole number of people/);
	});

	it('hours and days that cannot fit in a day or a year', () => {
		const index = (id: string) => fixture['figures.json'].figures.findIndex((f: any) => f.id === id);
		const [hours] = problemsOf((raw) => (raw['figures.json'].figures[index('hours-a-day')].value = 25));
		expect(hours.expected).toBe('hours that fit in one day (at most 24)');
		const [days] = problemsOf((raw) => (raw['figures.json'].figures[index('days-off')].value = 400));
		expect(days.expected).toBe('days that fit in one year (at most 366)');
	});

	it('more workers marks than the chart can draw, with the limit said', () => {
		const problems = problemsOf((raw) => (raw['figures.json'].figures[3].value = MAX_WORKERS_MARKS + 1));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'charts.json', place: 'workers › state 2 "planned" › groups' });
		expect(problems[0].expected).toContain(`at most ${MAX_WORKERS_MARKS.toLocaleString('en-GB')} marks`);
		// The number is a figure's: the message names it, for the editor to find in figures.json.
		expect(problems[0].found).toContain(`"${fixture['figures.json'].figures[3].id}" ${(MAX_WORKERS_MARKS + 1).toLocaleString('en-GB')}`);
	});

	it('a count that is not finite cannot be written in JSON, but one from code is refused', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[0].value = Infinity));
		expect(p.path).toBe('figures[0].value');
	});

	it('a missing field', () => {
		const [p] = problemsOf((raw) => delete raw['sources.json'].sources[2].title);
		expect(p).toMatchObject({ file: 'sources.json', path: 'sources[2].title', found: 'nothing' });
		expect(p.expected).toMatch(/required/);
	});

	it('a misspelt field', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].steps[0].chartt = 'workers'));
		expect(p).toMatchObject({ file: 'story.json', path: 'steps[0].chartt', found: 'an unknown field "chartt"' });
	});

	it('a date that does not exist', () => {
		const [p] = problemsOf((raw) => (raw['sources.json'].sources[0].published = '2025-02-30'));
		expect(p).toMatchObject({ path: 'sources[0].published', found: '"2025-02-30"' });
		expect(p.expected).toMatch(/date/);
	});

	it.each([
		['2025-13', 'months 01 to 12'],
		['2025-00', 'months 01 to 12'],
		['2025-8', 'a month (2024-10)'],
		['Aug 2025', 'a year (2024)'],
		['2025-02-30', 'a real date'],
		['2019–2017', 'runs forwards'],
		['2017-2019', 'en dash']
	])('a figure’s period written %s', (refDate, expected) => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[0].refDate = refDate));
		expect(p).toMatchObject({ path: 'figures[0].refDate', found: JSON.stringify(refDate) });
		expect(p.expected).toContain(expected);
	});

	it.each(['2024', '2024-10', '2024-02-29', '2017–2019', '2024-01–2024-06'])('a figure’s period written %s is accepted', (refDate) => {
		expect(withEdit((raw) => (raw['figures.json'].figures[0].refDate = refDate)).ok).toBe(true);
	});

	it('a source address that is not http(s)', () => {
		for (const url of ['ftp://example.org/file', 'javascript:alert(1)']) {
			const [p] = problemsOf((raw) => (raw['sources.json'].sources[1].url = url));
			expect(p).toMatchObject({ path: 'sources[1].url' });
			expect(p.expected).toMatch(/http/);
		}
	});

	it('a source with no date and no note', () => {
		const [p] = problemsOf((raw) => {
			raw['sources.json'].sources[0].published = null;
			delete raw['sources.json'].sources[0].note;
		});
		expect(p).toMatchObject({ path: 'sources[0].note' });
	});

	it('a figure citing a source that does not exist', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[5].source = 'no-such-source'));
		expect(p).toMatchObject({ path: 'figures[5].source', found: '"no-such-source", which is not there' });
	});

	it('a misspelt source id, with the one meant', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[5].source = 'ministry-2032'));
		expect(p).toMatchObject({ path: 'figures[5].source', found: '"ministry-2032", which is not there (did you mean "ministry-2023"?)' });
	});

	it('a step naming a chart that does not exist', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].steps[2].chart = 'pie'));
		expect(p).toMatchObject({ path: 'steps[2].chart', found: '"pie"' });
		expect(p.expected).toContain('workers');
	});

	it('a highlighted part larger than its group', () => {
		const [p] = problemsOf((raw) => (raw['charts.json'].workers.states[0].groups[1].part = 'planned'));
		expect(p).toMatchObject({ file: 'charts.json', path: 'workers.states[0].groups[1].part' });
		// Both numbers are figures': each is named, for the editor to find in figures.json.
		const group = fixture['charts.json'].workers.states[0].groups[1].figure;
		expect(p.expected).toContain(`figure "${group}" in figures.json`);
		expect(p.found).toContain('figure "planned" in figures.json');
	});

	it('duplicate ids', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[1].id = raw['figures.json'].figures[0].id));
		expect(p).toMatchObject({ path: 'figures[1].id' });
		// Counted from 1, as the place itself is.
		expect(p.expected).toMatch(/not used before \(figure 1 has it\)/);
	});

	it('HTML typed into the text', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].intro[0] = 'Hello <script>alert(1)</script>'));
		expect(p).toMatchObject({ path: 'intro[0]', found: '"<script>"' });
	});

	it('a javascript: link', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].outro[0] = 'See [this](javascript:alert(1))'));
		expect(p).toMatchObject({ path: 'outro[0]' });
		expect(p.expected).toMatch(/http/);
	});

	it('a missing file', () => {
		const [p] = problemsOf((raw) => delete raw['charts.json']);
		expect(p).toMatchObject({ file: 'charts.json', path: '', found: 'no such file' });
	});

	it('every problem is reported, not just the first', () => {
		const problems = problemsOf((raw) => {
			raw['figures.json'].figures[0].value = 'lots';
			raw['sources.json'].sources[0].url = 'nowhere';
		});
		expect(problems.map((p) => p.file).sort()).toEqual(['figures.json', 'sources.json']);
	});

	it('the build error lists every problem', () => {
		const result = withEdit((raw) => (raw['figures.json'].figures[0].value = 'lots'));
		if (result.ok) throw new Error('expected problems');
		const error = new DataValidationError(result.problems);
		expect(error.message).toContain('figures.json › figure 1 "arrivals-2023" › value');
		expect(error.message).toContain('npm run check-data');
	});
});

describe('{…} in text must be exactly a known figure id', () => {
	const cases: [string, string, string | undefined][] = [
		['{nope}', '{figure-id} naming a figure in figures.json', undefined],
		['{Planned}', 'one pair of braces', '{planned}'],
		['{ planned }', 'one pair of braces', '{planned}'],
		['{{planned}}', 'one pair of braces', '{planned}'],
		['{arrivals_2024}', 'one pair of braces', '{arrivals-2024}'],
		['{arrivls-2024}', '{figure-id} naming a figure in figures.json', '{arrivals-2024}'],
		['{arrivals-2025}', '{figure-id} naming a figure in figures.json', undefined],
		['{planned', 'one pair of braces', undefined],
		['a } alone', 'one pair of braces', undefined]
	];
	it.each(cases)('%s is refused', (token, expected, suggestion) => {
		const [p] = problemsOf((raw) => (raw['story.json'].steps[1].text = `Text with ${token} in it.`));
		expect(p).toMatchObject({ file: 'story.json', place: 'step 2 "w-planned" › text' });
		expect(p.expected).toContain(expected);
		if (suggestion) expect(p.found).toContain(`did you mean ${suggestion}?`);
		else expect(p.found).not.toContain('did you mean');
	});

	it('in chart text too', () => {
		const [p] = problemsOf((raw) => (raw['charts.json'].exchange.items[0].detail = '{Arrivals-2024} in 2024'));
		expect(p).toMatchObject({ file: 'charts.json', place: 'exchange › item 1 "workers" › detail' });
	});
});

describe('read from the files’ text', () => {
	it('places each problem at its line', () => {
		const texts = readDataTexts(fixtureDir);
		const result = validateDataTexts({ ...texts, 'figures.json': texts['figures.json'].replace('"value": 3400', '"value": 3400.5') });
		if (result.ok) throw new Error('expected problems');
		const line = texts['figures.json'].split('\n').findIndex((l) => l.includes('"value": 3400')) + 1;
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0].line).toBe(line);
		expect(formatProblem(result.problems[0])).toContain(`figures.json › figure 2 "arrivals-2024" › value (line ${line}):`);
	});

	it('refuses a field written twice in one entry, naming both lines', () => {
		const texts = readDataTexts(fixtureDir);
		const broken = texts['figures.json'].replace('"value": 3400,', '"value": 3400,\n      "value": 4,');
		const result = validateDataTexts({ ...texts, 'figures.json': broken });
		if (result.ok) throw new Error('expected problems');
		const line = broken.split('\n').findIndex((l) => l.includes('"value": 4,')) + 1;
		expect(result.problems).toEqual([
			expect.objectContaining({
				file: 'figures.json',
				place: 'figure 2 "arrivals-2024" › value',
				line,
				found: `"value" twice, on lines ${line - 1} and ${line}`
			})
		]);
		expect(result.problems[0].expected).toMatch(/once/);
	});
});
