import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, DataValidationError } from '../../src/lib/server/data/validate';
import { readRawData } from '../support/dataset';

/** A deep copy of the real data with one change made by `edit`. */
function withEdit(edit: (raw: any) => void) {
	const raw: any = structuredClone(readRawData());
	edit(raw);
	return validateDataset(raw);
}

function problemsOf(edit: (raw: any) => void) {
	const result = withEdit(edit);
	expect(result.ok, 'the edited data should be refused').toBe(false);
	return result.ok ? [] : result.problems;
}

describe('the real data', () => {
	it('is valid', () => {
		const result = validateDataset(readRawData());
		expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
	});
});

describe('problems name the file, the path, what was expected and what was found', () => {
	it('a count written as text', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[3].value = '30,023'));
		expect(p).toMatchObject({ file: 'figures.json', path: 'figures[3].value', found: '"30,023"' });
		expect(p.expected).toMatch(/number/);
		expect(formatProblem(p)).toBe('figures.json › figures[3].value: expected a number (no quotes, no commas), found "30,023"');
	});

	it('a negative count', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[0].value = -5));
		expect(p).toMatchObject({ file: 'figures.json', path: 'figures[0].value', found: '-5' });
		expect(p.expected).toMatch(/not negative/);
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
		expect(p).toMatchObject({ file: 'sources.json', path: 'sources[0].published', found: '"2025-02-30"' });
		expect(p.expected).toMatch(/date/);
	});

	it('a source address that is not http(s)', () => {
		const [p] = problemsOf((raw) => (raw['sources.json'].sources[1].url = 'ftp://example.org/file'));
		expect(p).toMatchObject({ file: 'sources.json', path: 'sources[1].url' });
		expect(p.expected).toMatch(/http/);
	});

	it('a source with no date and no note', () => {
		const [p] = problemsOf((raw) => {
			raw['sources.json'].sources[0].published = null;
			delete raw['sources.json'].sources[0].note;
		});
		expect(p).toMatchObject({ file: 'sources.json', path: 'sources[0].note' });
	});

	it('a figure citing a source that does not exist', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[5].source = 'no-such-source'));
		expect(p).toMatchObject({ file: 'figures.json', path: 'figures[5].source', found: '"no-such-source", which is not there' });
	});

	it('a step naming a chart that does not exist', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].steps[2].chart = 'pie'));
		expect(p).toMatchObject({ file: 'story.json', path: 'steps[2].chart', found: '"pie"' });
		expect(p.expected).toContain('workers');
	});

	it('a step naming a state its chart does not have', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].steps[0].state = 'days-off'));
		expect(p).toMatchObject({ file: 'story.json', path: 'steps[0].state', found: '"days-off"' });
		expect(p.expected).toMatch(/state of the workers chart/);
	});

	it('a chart state drawing a figure that does not exist', () => {
		const [p] = problemsOf((raw) => (raw['charts.json'].workers.states[1].groups[0].figure = 'permits-before-2'));
		expect(p).toMatchObject({ file: 'charts.json', path: 'workers.states[1].groups[0].figure' });
	});

	it('a highlighted part larger than its group', () => {
		const [p] = problemsOf((raw) => (raw['charts.json'].workers.states[1].groups[0].part = 'eventually-sent'));
		expect(p).toMatchObject({ file: 'charts.json', path: 'workers.states[1].groups[0].part' });
	});

	it('duplicate ids', () => {
		const [p] = problemsOf((raw) => (raw['figures.json'].figures[1].id = raw['figures.json'].figures[0].id));
		expect(p).toMatchObject({ file: 'figures.json', path: 'figures[1].id' });
		expect(p.expected).toMatch(/not used before \(figures\[0\] has it\)/);
	});

	it('a {figure-id} in the text that names no figure', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].steps[0].text = 'Some {no-such-figure} workers'));
		expect(p).toMatchObject({ file: 'story.json', path: 'steps[0].text' });
		expect(p.found).toBe('"{no-such-figure}"');
	});

	it('HTML typed into the text', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].intro[0] = 'Hello <script>alert(1)</script>'));
		expect(p).toMatchObject({ file: 'story.json', path: 'intro[0]', found: '"<script>"' });
	});

	it('a javascript: link', () => {
		const [p] = problemsOf((raw) => (raw['story.json'].outro[0] = 'See [this](javascript:alert(1))'));
		expect(p).toMatchObject({ file: 'story.json', path: 'outro[0]' });
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
		expect(error.message).toContain('figures.json › figures[0].value');
		expect(error.message).toContain('npm run check-data');
	});
});
