/**
 * Reads an editor's JSON text, reporting a syntax error by line and column (jsonc-parser
 * finds the exact place; JSON.parse only gives a character offset in some engines).
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { DataProblem } from './validate.ts';

const plainWords: Record<string, string> = {
	InvalidSymbol: 'a character that does not belong here',
	InvalidNumberFormat: 'a number written wrongly',
	PropertyNameExpected: 'a field name in "double quotes"',
	ValueExpected: 'a value',
	ColonExpected: 'a colon (:) after the field name',
	CommaExpected: 'a comma between entries',
	CloseBraceExpected: 'a closing }',
	CloseBracketExpected: 'a closing ]',
	EndOfFileExpected: 'the end of the file',
	InvalidCommentToken: 'no comments (JSON does not allow them)',
	UnexpectedEndOfComment: 'the end of a comment',
	UnexpectedEndOfString: 'a closing " for the text',
	UnexpectedEndOfNumber: 'the rest of the number',
	InvalidUnicode: 'a valid \\u escape',
	InvalidEscapeCharacter: 'a valid \\ escape',
	InvalidCharacter: 'no line breaks or tabs inside "text" (use \\n)'
};

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1].length + 1 };
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: DataProblem };

export function parseDataFile(file: string, text: string): ParsedJson {
	const errors: ParseError[] = [];
	const value = parse(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
	if (errors.length === 0) return { ok: true, value };
	const first = errors[0];
	const { line, column } = lineAndColumn(text, first.offset);
	const code = printParseErrorCode(first.error);
	const snippet = JSON.stringify(text.slice(first.offset, first.offset + 12));
	return {
		ok: false,
		problem: {
			file,
			path: `line ${line}, column ${column}`,
			expected: `${plainWords[code] ?? code} (the file is not valid JSON)`,
			found: first.length > 0 || first.offset < text.length ? snippet : 'the end of the file'
		}
	};
}
