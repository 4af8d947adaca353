/**
 * Chart embeds for hosts without pym.js or AMP: `/embed.js` sizes each iframe marked
 * `data-embed-autosize` to the height its page reports. Part of `/embed.js`.
 */
import { parseChildMessage } from './protocol';
import { px } from './placement';

/** Sizes `iframe` to its page's reported height from now on; a second call for the same iframe does nothing. */
export function autosize(iframe: HTMLIFrameElement) {
	if (iframe.getAttribute('data-embed-autosize') === 'ready') return;
	let origin: string;
	try {
		origin = new URL(iframe.src).origin;
	} catch {
		return;
	}
	iframe.setAttribute('data-embed-autosize', 'ready');
	window.addEventListener('message', (event) => {
		if (event.source !== iframe.contentWindow || event.origin !== origin) return;
		const message = parseChildMessage(event.data);
		if (message?.type === 'height') iframe.style.height = px(message.height);
	});
}
