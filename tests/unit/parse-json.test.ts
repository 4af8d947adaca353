/**
 * Syntax mistakes as editors make them, in plain words: each at its line and column with the
 * line shown and a caret under the place, every mistake in a file where reading can go on.
 */
import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../src/lib/server/data/parse-json';
import { formatProblem } from '../../src/lib/server/data/problems';

function problemsIn(text: string) {
	const result = parseDataFile('figures.json', text);
	if (result.ok) throw new Error('expected problems');
	return result.problems;
}

/** Line and column (from 1) of the first occurrence of `needle` in `text`. */
function placeOf(text: string, needle: string) {
	const before = text.slice(0, text.indexOf(needle)).split('\n');
	return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

describe('syntax mistakes in plain words', () => {
	it('a comma after the last entry is named, at the comma', () => {
		const text = '{\n  "figures": [\n    { "id": "a" },\n  ]\n}\n';
		const [p] = problemsIn(text);
		expect(p.path).toBe(placeOf(text, ',\n  ]'));
		expect(p.expected).toMatch(/^no comma after the last entry before \]/);
		expect(p.found).toBe('a comma before ]');
	});

	it('a comma after the last field of an entry', () => {
		const [p, ...rest] = problemsIn('{\n  "a": 1,\n  "b": 2,\n}\n');
		expect(rest).toEqual([]);
		expect(p.path).toBe('line 3, column 9');
		expect(p.expected).toMatch(/no comma after the last entry before \}/);
	});

	it('curly quotes pasted from a word processor', () => {
		const text = '{\n  "label": “Arrived”,\n  “unit”: "people"\n}';
		const problems = problemsIn(text);
		expect(problems.map((p) => p.path)).toEqual([placeOf(text, '“Arrived'), placeOf(text, '“unit')]);
		expect(problems[0].expected).toBe('straight double quotes (") around text and field names');
		expect(problems[0].found).toBe('curly quotes “Arrived” (as a word processor types them)');
	});

	it('curly quotes inside text are fine', () => {
		expect(parseDataFile('story.json', '{"headline": "“Machines”: a story"}').ok).toBe(true);
	});

	it('a thousands separator, comma or point', () => {
		const text = '{\n  "a": 13,221,\n  "b": 1.000.000,\n  "c": 4.000\n}';
		const problems = problemsIn(text);
		expect(problems.map((p) => [p.path, p.found])).toEqual([
			[placeOf(text, '13,221'), '13,221'],
			[placeOf(text, '1.000.000'), '1.000.000'],
			[placeOf(text, '4.000'), '4.000']
		]);
		expect(problems[0].expected).toBe('a number without thousands separators (write 13221)');
		expect(problems[1].expected).toBe('a number without thousands separators (write 1000000)');
		expect(problems[2].expected).toContain('write 4000, or 4 if that is what you mean');
	});

	it('a decimal with three places, which reads as a thousands separator, says how to write it', () => {
		const [p] = problemsIn('{"a": 24.125}');
		expect(p.expected).toBe('a number without thousands separators (write 24125; if you mean the decimal 24.125, write 24.1250)');
		expect(parseDataFile('figures.json', '{"a": 24.1250}').ok).toBe(true);
	});

	it('a space or a decimal comma in a number', () => {
		const text = '{\n  "a": 13 221,\n  "b": 24,5,\n  "c": 1\n}';
		const problems = problemsIn(text);
		expect(problems.map((p) => [p.path, p.found])).toEqual([
			[placeOf(text, '13 221'), '13 221'],
			[placeOf(text, '24,5'), '24,5']
		]);
		expect(problems[0].expected).toBe('a number without spaces or thousands separators (write 13221)');
		expect(problems[1].expected).toBe('a decimal point, not a comma (write 24.5)');
	});

	it('a quotation mark typed inside a text, without its backslash', () => {
		const text = '{\n  "text": "Russia said "migrant workers" were there",\n  "b": 1\n}';
		const problems = problemsIn(text);
		expect(problems).toHaveLength(1);
		expect(problems[0].path).toBe(placeOf(text, '"migrant'));
		expect(problems[0].expected).toMatch(/^a backslash before a quotation mark inside a text \(\\"\), or curly quotes/);
		expect(problems[0].found).toBe('"migrant workers" typed with plain quotes');
	});

	it('numbers with decimals are fine', () => {
		expect(parseDataFile('figures.json', '{"a": 2.5, "b": 0.75, "c": 1234.5}').ok).toBe(true);
	});

	it('a missing comma between entries, at the end of the entry before', () => {
		const text = '{\n  "a": 1\n  "b": 2\n}';
		const [p] = problemsIn(text);
		expect(p.path).toBe('line 2, column 9');
		expect(p.expected).toBe('a comma here, between two entries');
		expect(p.found).toBe('"b" next, with no comma before it');
	});

	it('a byte-order mark is accepted', () => {
		const result = parseDataFile('story.json', '\uFEFF{"headline": "x"}');
		expect(result).toMatchObject({ ok: true, value: { headline: 'x' } });
	});

	it('an invisible character elsewhere is named', () => {
		const [p] = problemsIn('{"a": 1,\u200B "b": 2}');
		expect(p.found).toContain('invisible character (U+200B)');
	});

	it('single quotes', () => {
		const [p] = problemsIn("{'a': 1}");
		expect(p.found).toBe("single quotes 'a'");
	});

	it('reports every mistake in a file, each once, in order', () => {
		const text = '{\n  "a": 1\n  "b": “x”,\n  "c": [1, 2,],\n  "d": 13,221,\n}\n';
		const problems = problemsIn(text);
		expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 5]);
		expect(problems.map((p) => p.found)).toEqual([
			'"b" next, with no comma before it',
			'curly quotes “x” (as a word processor types them)',
			'a comma before ]',
			'13,221',
			'a comma before }'
		]);
	});

	it('stops where reading cannot go on, after saying why', () => {
		const problems = problemsIn('{\n  "a": "no closing quote,\n  "b": 13,221\n}');
		expect(problems).toHaveLength(1);
		expect(problems[0].expected).toMatch(/closing "/);
	});

	it('shows the line itself, unescaped, with a caret under the place', () => {
		const text = '{\n\t"a": 1,\n\t"b": “x”\n}';
		const [p] = problemsIn(text);
		expect(p.excerpt).toBe('3 | \t"b": “x”\n  | \t     ^');
		expect(formatProblem(p)).toBe(
			`figures.json › line 3, column 7: expected straight double quotes (") around text and field names, found curly quotes “x” (as a word processor types them)\n      3 | \t"b": “x”\n        | \t     ^`
		);
	});

	it('an empty file', () => {
		const [p] = problemsIn('');
		expect(p.found).toBe('the end of the file');
	});
});
