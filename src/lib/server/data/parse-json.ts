/**
 * Reads an editor's JSON text and explains every mistake in it in plain words, at the line
 * and column where it is, with the line shown and a caret under the place.
 *
 * jsonc-parser finds syntax errors; on its own it reports a trailing comma as a missing field
 * name on the next line, and curly quotes as "invalid symbol". So each error is recognised
 * (syntax-mistakes.ts: a trailing comma, quotes, a thousands separator, an invisible
 * character…), explained, mended in a scratch copy of the text and the copy read again: that finds the
 * next mistake where a naive reader would report the first one's echoes. An error that cannot
 * be mended ends the search. A byte-order mark at the start is simply accepted.
 */
import { createScanner, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { describePlace, type DataProblem } from './problems.ts';
import { diagnose } from './syntax-mistakes.ts';

const BYTE_ORDER_MARK = '\uFEFF';
/** No file has this many separate mistakes; a bound keeps a pathological file cheap. */
const MAX_SYNTAX_PROBLEMS = 25;


interface Position {
	line: number;
	column: number;
}

function positionAt(text: string, offset: number): Position {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * The line holding `offset`, numbered, with a caret under the place:
 *
 *     12 |     "value": 13,221,
 *        |                ^
 */
function excerptAt(text: string, offset: number): string {
	const { line, column } = positionAt(text, offset);
	const lineText = text.split('\n')[line - 1].replace(/\r$/, '');
	const gutter = String(line);
	// Tabs stay tabs under the caret, so it lines up whatever the tab width.
	const pad = lineText.slice(0, column - 1).replace(/[^\t]/g, ' ');
	return `${gutter} | ${lineText}\n${' '.repeat(gutter.length)} | ${pad}^`;
}

/**
 * How to write a number like `4.000` or `24.125` that really is a decimal: without its trailing
 * zeros, or, where it has none, with one more, so it cannot be read as a thousands separator.
 */
function decimalMeant(written: string): string {
	const short = written.replace(/\.?0+$/, '');
	return short === written ? `; if you mean the decimal ${written}, write ${written}0` : `, or ${short} if that is what you mean`;
}

/** Numbers like `4.000` or `13.221`: valid JSON, but almost surely a thousands separator. */
function separatorNumbers(file: string, text: string): DataProblem[] {
	const problems: DataProblem[] = [];
	const scanner = createScanner(text, false);
	for (let token = scanner.scan(); token !== 17 /* EOF */; token = scanner.scan()) {
		if (token !== 11 /* NumericLiteral */) continue;
		const written = scanner.getTokenValue();
		const offset = scanner.getTokenOffset();
		// `1.000.000` is a syntax error, already explained.
		if (!/^-?\d{1,3}(?:\.\d{3})+$/.test(written) || text[offset + written.length] === '.') continue;
		problems.push({
			file,
			...syntaxPlace(text, offset),
			expected: `a number without thousands separators (write ${written.replace(/\./g, '')}${decimalMeant(written)})`,
			found: written
		});
	}
	return problems;
}

function syntaxPlace(text: string, offset: number): Pick<DataProblem, 'path' | 'line' | 'excerpt'> {
	const { line, column } = positionAt(text, offset);
	return { path: `line ${line}, column ${column}`, line, excerpt: excerptAt(text, offset) };
}

/** Fields written twice in one object: JSON readers keep the last and silently lose the first. */
function duplicateKeys(file: string, text: string, root: Node): DataProblem[] {
	const problems: DataProblem[] = [];
	const walk = (node: Node, path: (string | number)[]) => {
		if (node.type === 'object') {
			const seen = new Map<string, Node>();
			for (const property of node.children ?? []) {
				const [key, value] = property.children ?? [];
				if (!key) continue;
				const name = String(key.value);
				const earlier = seen.get(name);
				if (earlier) {
					const lines = [earlier, key].map((k) => positionAt(text, k.offset).line);
					const fieldPath = pathText([...path, name]);
					problems.push({
						file,
						path: fieldPath,
						place: describePlace(fieldPath, getNodeValue(root)),
						line: lines[1],
						excerpt: excerptAt(text, key.offset),
						expected: 'each field once in an entry (JSON keeps only the last, and the first would be silently lost)',
						found: `"${name}" twice, ${lines[0] === lines[1] ? `on line ${lines[0]}` : `on lines ${lines[0]} and ${lines[1]}`}`
					});
				} else seen.set(name, key);
				if (value) walk(value, [...path, name]);
			}
		} else if (node.type === 'array') {
			node.children?.forEach((child, i) => walk(child, [...path, i]));
		}
	};
	walk(root, []);
	return problems;
}

/** `figures[3].value` from `['figures', 3, 'value']`. */
export function pathText(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
		.join('');
}

export type ParsedJson =
	| { ok: true; value: unknown; tree: Node; text: string }
	| { ok: false; problems: DataProblem[] };

/**
 * Reads one data file. `text` in the result is what was read (without a byte-order mark), so
 * later problems can be placed by line in it.
 */
export function parseDataFile(file: string, original: string): ParsedJson {
	// A byte-order mark, which some Windows editors write, is invisible: accept it.
	const text = original.startsWith(BYTE_ORDER_MARK) ? original.slice(1) : original;
	const problems: DataProblem[] = [];
	let scratch = text;
	for (let round = 0; round < MAX_SYNTAX_PROBLEMS; round++) {
		const errors: ParseError[] = [];
		parseTree(scratch, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
		if (errors.length === 0) break;
		const diagnosis = diagnose(scratch, errors[0]);
		problems.push({
			file,
			...syntaxPlace(text, diagnosis.offset),
			expected: diagnosis.expected,
			found: diagnosis.found
		});
		if (diagnosis.mended === undefined || diagnosis.mended === scratch) break;
		scratch = diagnosis.mended;
	}
	problems.push(...separatorNumbers(file, text));
	problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
	if (problems.length > 0) return { ok: false, problems };
	const tree = parseTree(text, [], { disallowComments: true })!;
	const duplicates = duplicateKeys(file, text, tree);
	if (duplicates.length > 0) return { ok: false, problems: duplicates };
	return { ok: true, value: getNodeValue(tree), tree, text };
}
