/**
 * The small, safe inline formatting editors may use in story text: *emphasis*, **strong**,
 * [links](https://…) and {figure-id} to insert a sourced figure; straight quotes become curly. markdown-it parses it with
 * raw HTML switched off; the result is a tree of plain objects that Svelte renders as
 * elements, so nothing an editor types ever becomes markup.
 */
import MarkdownIt, { type Token } from 'markdown-it';

import type { Inline } from '../../story/inline.ts';

/** Something in editor text that must be fixed: what kind, and the offending text. */
export interface TextProblem {
	kind: 'html' | 'unknown-figure' | 'malformed-figure' | 'link';
	found: string;
	/** What was probably meant, when that is a known figure: `{eventually-sent}`. */
	suggestion?: string;
}

export interface ParsedText {
	nodes: Inline[];
	/** Ids of the figures the text inserts, in order of appearance. */
	figureIds: string[];
	/** What an editor must fix; empty when the text is fine. */
	problems: TextProblem[];
}

// Typographer's quotes: editors type " and ' as keyboards give them; readers get “ ” ‘ ’, as in
// the headline and the rest of the page (a screenshot review found both kinds side by side).
const markdown = new MarkdownIt('zero', { html: false, linkify: false, typographer: true, quotes: '“”‘’' }).enable([
	'emphasis',
	'link',
	'escape',
	'backticks',
	'newline',
	'smartquotes'
]);
// Links are checked below, where a refused one can be reported to the editor by name.
markdown.validateLink = () => true;
// Plain text fields (a figure's label, what it counts) get the same quotes, and nothing else.
const quotesOnly = new MarkdownIt('zero', { html: false, linkify: false, typographer: true, quotes: '“”‘’' }).enable(['smartquotes']);

/** Plain editor text with typographer's quotes, otherwise exactly as typed. */
export function typographic(text: string): string {
	return (quotesOnly.parseInline(text, {})[0]?.children ?? []).map((token) => (token.type === 'softbreak' ? '\n' : token.content)).join('');
}

const allowedLink = /^(https?:\/\/|mailto:)/i;
const htmlTag = /<\/?[a-z][a-z0-9-]*(\s[^>]*)?\/?>/i;
/** A brace-delimited token, well formed or not, and any stray brace. */
const braceToken = /\{+[^{}\n]*\}+|[{}]/g;
const figureId = /^\{([a-z0-9]+(?:-[a-z0-9]+)*)\}$/;

/** What an editor probably meant by `{{ Eventually_Sent }}`: `eventually-sent`. */
function normalizedId(token: string): string {
	return token
		.replace(/[{}]/g, '')
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, '-');
}

/**
 * Parses one paragraph of editor text. `figureText` returns the formatted figure for an id,
 * or undefined when there is no such figure.
 */
export function parseInline(source: string, figureText: (id: string) => string | undefined): ParsedText {
	const problems: TextProblem[] = [];
	const figureIds: string[] = [];
	if (htmlTag.test(source)) {
		problems.push({ kind: 'html', found: source.match(htmlTag)![0] });
	}

	// Every `{…}` must be exactly a known figure id; anything else would print its braces.
	const splitFigures = (text: string): Inline[] => {
		const out: Inline[] = [];
		let last = 0;
		for (const match of text.matchAll(braceToken)) {
			if (match.index > last) out.push({ type: 'text', text: text.slice(last, match.index) });
			const token = match[0];
			const id = token.match(figureId)?.[1];
			const formatted = id === undefined ? undefined : figureText(id);
			if (id !== undefined && formatted !== undefined) {
				figureIds.push(id);
				out.push({ type: 'figure', id, text: formatted });
			} else {
				const guess = normalizedId(token);
				const suggestion = guess !== id && figureText(guess) !== undefined ? `{${guess}}` : undefined;
				problems.push({ kind: id === undefined ? 'malformed-figure' : 'unknown-figure', found: token, ...(suggestion && { suggestion }) });
				out.push({ type: 'text', text: token });
			}
			last = match.index + token.length;
		}
		if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
		return out;
	};

	const root: Inline[] = [];
	const stack: Inline[][] = [root];
	const top = () => stack[stack.length - 1];
	const tokens: Token[] = markdown.parseInline(source, {})[0]?.children ?? [];
	for (const token of tokens) {
		switch (token.type) {
			case 'text':
			case 'code_inline':
				top().push(...splitFigures(token.content));
				break;
			case 'softbreak':
			case 'hardbreak':
				top().push({ type: 'text', text: ' ' });
				break;
			case 'em_open':
			case 'strong_open': {
				const children: Inline[] = [];
				top().push({ type: token.type === 'em_open' ? 'em' : 'strong', children });
				stack.push(children);
				break;
			}
			case 'link_open': {
				const href = String(token.attrGet('href') ?? '');
				if (!allowedLink.test(href)) {
					problems.push({ kind: 'link', found: href });
				}
				const children: Inline[] = [];
				top().push({ type: 'link', href: allowedLink.test(href) ? href : '', children });
				stack.push(children);
				break;
			}
			case 'em_close':
			case 'strong_close':
			case 'link_close':
				if (stack.length > 1) stack.pop();
				break;
			default:
				top().push({ type: 'text', text: token.content });
		}
	}
	return { nodes: unwrapRefusedLinks(root), figureIds, problems };
}

/** A refused link keeps its words as text, so a reader never gets a dead or unsafe link. */
function unwrapRefusedLinks(nodes: Inline[]): Inline[] {
	return nodes.flatMap((node): Inline[] => {
		if (node.type === 'link') {
			const children = unwrapRefusedLinks(node.children);
			return node.href ? [{ ...node, children }] : children;
		}
		if (node.type === 'em' || node.type === 'strong') return [{ ...node, children: unwrapRefusedLinks(node.children) }];
		return [node];
	});
}
