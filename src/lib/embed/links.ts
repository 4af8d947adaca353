/**
 * Links in an embed open in a new tab, never inside the iframe (where most sites refuse to be
 * framed, leaving a grey box) and never replacing the host's article. `<base target="_blank">`
 * does it without JavaScript; this makes SvelteKit's router, which would otherwise navigate
 * inside the iframe for our own pages, leave such links to the browser.
 */
export function openLinksOutside(root: Document): () => void {
	const onClick = (event: MouseEvent) => {
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('target')) return;
		// A link within the page stays in it; any other opens outside.
		if (link.getAttribute('href')!.startsWith('#')) link.target = '_self';
		else {
			link.target = '_blank';
			link.relList.add('noopener');
		}
	};
	root.addEventListener('click', onClick, { capture: true });
	return () => root.removeEventListener('click', onClick, { capture: true });
}
