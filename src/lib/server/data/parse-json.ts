/**
 * Reads an editor's JSON text and explains every mistake in it in plain words, at the line
 * and column where it is, with the line shown and a caret under the place.
 *
 * jsonc-parser finds syntax errors; on its own it reports a trailing comma as a missing field
 * name on the next line, and curly quotes as "invalid symbol". So each error is recognised
 * (a trailing comma, curly or single quotes, a thousands separator, an invisible character),
 * explained, mended in a scratch copy of the text and the copy read again: that finds the
 * next mistake where a naive reader would report the first one's echoes. An error that cannot
 * be mended ends the search. A byte-order mark at the start is simply accepted.
 */
import {
	createScanner,
	getNodeValue,
	parseTree,
	printParseErrorCode,
	type Node,
	type ParseError
} from 'jsonc-parser';
import { describePlace, type DataProblem } from './problems.ts';

const BYTE_ORDER_MARK = '\uFEFF';
/** No file has this many separate mistakes; a bound keeps a pathological file cheap. */
const MAX_SYNTAX_PROBLEMS = 25;

const plainWords: Record<string, string> = {
	InvalidSymbol: 'JSON: a value, a field name in "double quotes", or punctuation',
	InvalidNumberFormat: 'a number written with digits only (like 13221 or 2.5)',
	PropertyNameExpected: 'a field name in "double quotes"',
	ValueExpected: 'a value: text in "double quotes", a number, true, false, null, [ … ] or { … }',
	ColonExpected: 'a colon (:) after the field name',
	CommaExpected: 'a comma between two entries',
	CloseBraceExpected: 'a closing } for the object opened before it',
	CloseBracketExpected: 'a closing ] for the list opened before it',
	EndOfFileExpected: 'the end of the file (something follows the last closing bracket)',
	InvalidCommentToken: 'no comments (JSON does not allow them)',
	UnexpectedEndOfComment: 'no comments (JSON does not allow them)',
	UnexpectedEndOfString: 'a closing " for the text, on the same line',
	UnexpectedEndOfNumber: 'the rest of the number',
	InvalidUnicode: 'a valid \\u escape (four hex digits)',
	InvalidEscapeCharacter: 'a valid escape: \\" \\\\ \\n or \\u followed by four hex digits',
	InvalidCharacter: 'no line breaks or tabs inside "text" (write \\n for a line break)'
};

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

/** A short, readable quote of what is at a place: the text itself, never escaped. */
function quote(text: string): string {
	const oneLine = text.split('\n')[0].trim();
	return oneLine.length > 30 ? `${oneLine.slice(0, 29)}…` : oneLine;
}

interface Diagnosis {
	offset: number;
	expected: string;
	found: string;
	/** The text with this mistake mended (same length, so places stay put), to read on. */
	mended?: string;
}

const curlyQuotes = /[\u201C\u201D\u201E\u201F\u2033\u2018\u2019\u201A\u201B]/;
const invisible = /\uFEFF|\u200B|\u200C|\u200D|\u2060|\u00A0/;

function replaceAt(text: string, offset: number, replacement: string): string {
	return text.slice(0, offset) + replacement + text.slice(offset + replacement.length);
}

/** Where the quote opened at `start` closes on the same line, if it does. */
function closingQuote(text: string, start: number, closing: RegExp): number | undefined {
	const lineEnd = text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start);
	for (let i = start + 1; i < lineEnd; i++) if (closing.test(text[i])) return i;
	return undefined;
}

/** Mends quotes from `start` to the matching closing quote on the same line. */
function straightenQuotes(text: string, start: number, closing: RegExp): string {
	const end = closingQuote(text, start, closing);
	const mended = replaceAt(text, start, '"');
	return end === undefined ? mended : replaceAt(mended, end, '"');
}

/** The quoted text, opening to closing quote. */
function quoted(text: string, start: number, closing: RegExp): string {
	return quote(text.slice(start, (closingQuote(text, start, closing) ?? start) + 1));
}

function sameLine(text: string, from: number, to: number): boolean {
	return !text.slice(from, to).includes('\n');
}

function previousNonSpace(text: string, offset: number): number {
	let i = offset - 1;
	while (i >= 0 && /\s/.test(text[i])) i--;
	return i;
}

function diagnose(text: string, error: ParseError): Diagnosis {
	const code = printParseErrorCode(error.error);
	const at = text.slice(error.offset, error.offset + Math.max(1, error.length));
	const first = text[error.offset] ?? '';
	const before = previousNonSpace(text, error.offset);

	// A comma after the last entry: `"b": 2,\n}`. Point at the comma, not at the bracket.
	if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && (first === '}' || first === ']') && text[before] === ',') {
		return {
			offset: before,
			expected: `no comma after the last entry before ${first} (remove this comma)`,
			found: `a comma before ${first}`,
			mended: replaceAt(text, before, ' ')
		};
	}
	// A thousands separator: `13,221` reads as 13, then a stray 221.
	if (code === 'PropertyNameExpected' && /^\d{3}\b/.test(text.slice(error.offset)) && text[before] === ',' && /\d/.test(text[before - 1] ?? '')) {
		const start = text.slice(0, before).search(/\d[\d,]*$/);
		const written = text.slice(start).match(/^\d{1,3}(?:,\d{3})+/)?.[0] ?? text.slice(start, error.offset + 3);
		return {
			offset: start,
			expected: `a number without thousands separators (write ${written.replace(/,/g, '')})`,
			found: written,
			mended: replaceAt(text, before, '0')
		};
	}
	// A decimal comma: `24,5` reads as 24, then a stray 5.
	if (code === 'PropertyNameExpected' && /^\d{1,2}\b|^\d{4,}\b/.test(text.slice(error.offset)) && text[before] === ',' && /\d/.test(text[before - 1] ?? '')) {
		const start = text.slice(0, before).search(/\d+$/);
		const written = text.slice(start, error.offset) + text.slice(error.offset).match(/^\d+/)![0];
		return {
			offset: start,
			expected: `a decimal point, not a comma (write ${written.replace(',', '.')})`,
			found: written,
			mended: replaceAt(text, before, '.')
		};
	}
	// A quotation mark typed inside a text: `"the "migrant workers" said"` ends the text at the
	// second quote, and the words after it are a stray symbol.
	if (code === 'InvalidSymbol' && /[\p{L}\d]/u.test(first) && text[before] === '"' && sameLine(text, before, error.offset)) {
		const reopened = text.indexOf('"', error.offset);
		if (reopened !== -1 && sameLine(text, error.offset, reopened)) {
			return {
				offset: before,
				expected: 'a backslash before a quotation mark inside a text (\\"), or curly quotes “ ”: a plain " ends the text',
				found: `${quote(text.slice(before, reopened + 1))} typed with plain quotes`,
				mended: replaceAt(replaceAt(text, before, "'"), reopened, "'")
			};
		}
	}
	if (code === 'InvalidSymbol' && first === '.' && /\d/.test(text[error.offset - 1] ?? '')) {
		const start = text.slice(0, error.offset).search(/[\d.]*$/);
		const written = text.slice(start).match(/^[\d.]+/)![0];
		return {
			offset: start,
			expected: `a number without thousands separators (write ${written.replace(/\./g, '')})`,
			found: written,
			mended: replaceAt(text, error.offset, '0')
		};
	}
	if (code === 'InvalidSymbol' && curlyQuotes.test(first)) {
		return {
			offset: error.offset,
			expected: 'straight double quotes (") around text and field names',
			found: `curly quotes ${quoted(text, error.offset, curlyQuotes)} (as a word processor types them)`,
			mended: straightenQuotes(text, error.offset, curlyQuotes)
		};
	}
	if (code === 'InvalidSymbol' && first === "'") {
		return {
			offset: error.offset,
			expected: 'double quotes (") around text and field names',
			found: `single quotes ${quoted(text, error.offset, /'/)}`,
			mended: straightenQuotes(text, error.offset, /'/)
		};
	}
	if (code === 'InvalidSymbol' && invisible.test(first)) {
		const name = `U+${first.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
		return {
			offset: error.offset,
			expected: 'only spaces and line breaks between entries',
			found: `an invisible character (${name}), perhaps pasted with other text: delete around the caret and retype`,
			mended: replaceAt(text, error.offset, ' ')
		};
	}
	// A space as a thousands separator: `13 221` reads as 13, then a stray 221.
	if (code === 'CommaExpected' && /^\d{3}\b/.test(text.slice(error.offset)) && / $/.test(text.slice(0, error.offset)) && /\d/.test(text[before] ?? '')) {
		const start = text.slice(0, before + 1).search(/\d[\d ]*$/);
		const written = text.slice(start).match(/^\d{1,3}(?: \d{3})+/)?.[0] ?? text.slice(start, error.offset + 3);
		return {
			offset: start,
			expected: `a number without spaces or thousands separators (write ${written.replace(/ /g, '')})`,
			found: written,
			mended: replaceAt(text, error.offset - 1, '0')
		};
	}
	// A missing comma between entries: mend it where a space or line break stands before them.
	if (code === 'CommaExpected' && /\s/.test(text[error.offset - 1] ?? '')) {
		const gap = before + 1;
		return {
			offset: gap,
			expected: 'a comma here, between two entries',
			found: `${quote(at)} next, with no comma before it`,
			mended: replaceAt(text, gap, ',')
		};
	}
	const atEnd = error.offset >= text.length;
	return {
		offset: error.offset,
		expected: `${plainWords[code] ?? code} (the file is not valid JSON)`,
		found: atEnd ? 'the end of the file' : quote(at) || JSON.stringify(first)
	};
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
