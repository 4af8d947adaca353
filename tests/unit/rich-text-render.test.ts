/**
 * Markup typed into the story's text stays inert: rendered by the same component the pages
 * use, it comes out as escaped text, never as elements or attributes.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import RichText from '../../src/lib/components/RichText.svelte';
import { parseInline, typographic } from '../../src/lib/server/story/richtext';

// Svelte's hydration markers are comments; they are not part of what a reader gets.
const renderText = (source: string) =>
	render(RichText, { props: { nodes: parseInline(source, () => '1,117').nodes } }).body.replace(/<!--.*?-->/g, '');

describe('typed markup stays text', () => {
	it('an image with an error handler', () => {
		const html = renderText('Look <img src=x onerror="alert(1)"> here');
		expect(html).not.toMatch(/<img/i);
		// As words, with the typographer's quotes every story text gets.
		expect(html).toContain('&lt;img src=x onerror=“alert(1)”>');
	});

	it('a script element', () => {
		const html = renderText('<script>alert(1)</script>');
		expect(html).not.toMatch(/<script/i);
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
	});

	it('a javascript: link becomes plain words', () => {
		const html = renderText('[click me](javascript:alert(1))');
		expect(html).not.toMatch(/<a|javascript:/i);
		expect(html).toContain('click me');
	});

	it('the formatting editors may use becomes elements', () => {
		const html = renderText('*a* **b** [c](https://example.org/) {entries-2023}');
		expect(html).toContain('<em>a</em>');
		expect(html).toContain('<strong>b</strong>');
		expect(html).toMatch(/<a href="https:\/\/example\.org\/" rel="noopener">c<\/a>/);
		expect(html).toMatch(/<span class="figure" data-figure="entries-2023">1,117<\/span>/);
	});
});

describe('quotes', () => {
	it('straight quotes and apostrophes come out curly, around emphasis, links and figures too', () => {
		expect(renderText(`The "migrant workers'" pay isn't *"theirs"*: '{x}' said "[the BBC](https://www.bbc.co.uk/a'b)"`)).toBe(
			'The “migrant workers’” pay isn’t <em>“theirs”</em>: ‘<span class="figure" data-figure="x">1,117</span>’ said “<a href="https://www.bbc.co.uk/a\'b" rel="noopener">the BBC</a>”'
		);
	});

	it('plain fields (a figure’s label, what it counts) get the same quotes and keep everything else as typed', () => {
		expect(typographic(`workers' pay, "usually between $100-200" a *month* [1] <i> {x}`)).toBe(
			'workers’ pay, “usually between $100-200” a *month* [1] <i> {x}'
		);
	});
});
