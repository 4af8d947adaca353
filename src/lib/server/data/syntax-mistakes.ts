/**
 * The syntax mistakes editors make in JSON, recognised one by one: a comma after the last
 * entry, a thousands separator, a decimal comma, curly or single quotes, a plain quotation mark
 * inside a text, an invisible character, a missing comma. Each is explained in plain words and
 * mended in a copy of the text (same length, so places stay put), so that reading can go on to
 * the next mistake (parse-json.ts).
 */
import { printParseErrorCode, type ParseError } from 'jsonc-parser';

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


/** A short, readable quote of what is at a place: the text itself, never escaped. */
function quote(text: string): string {
	const oneLine = text.split('\n')[0].trim();
	return oneLine.length > 30 ? `${oneLine.slice(0, 29)}…` : oneLine;
}

export interface Diagnosis {
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

/** What `error` (jsonc-parser's) is, as an editor made it, and the text with it mended where it can be. */
export function diagnose(text: string, error: ParseError): Diagnosis {
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
