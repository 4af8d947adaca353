/**
 * Parsed editor text as plain objects: what the server hands the page, and what
 * `RichText.svelte` renders as elements. No parser here, so browser code can use it freely.
 */
export type Inline =
	| { type: 'text'; text: string }
	| { type: 'figure'; id: string; text: string }
	| { type: 'em' | 'strong'; children: Inline[] }
	| { type: 'link'; href: string; children: Inline[] };

/** The words of a parsed text, for text alternatives and meta descriptions. */
export function plainText(nodes: Inline[]): string {
	return nodes.map((node) => ('children' in node ? plainText(node.children) : node.text)).join('');
}
