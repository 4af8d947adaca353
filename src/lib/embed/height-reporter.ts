/**
 * Reports an embed's content height to the host page whenever it changes, in the two forms
 * existing hosts understand (pym.js and AMP), so they size the iframe with no code of ours.
 * Measures a wrapper that contains its children's margins, not the document, whose height
 * never falls below the iframe's own and so would never let the iframe shrink.
 */
import { ampSizeMessage, hostOrigin, pymHeightMessage } from './protocol';

export function reportHeight(content: HTMLElement): () => void {
	if (window.parent === window) return () => {};
	const url = new URL(location.href);
	const childId = url.searchParams.get('childId');
	const target = hostOrigin(url, [...(location.ancestorOrigins ?? [])], document.referrer);
	let last = -1;
	const send = () => {
		const height = Math.ceil(content.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		if (childId) window.parent.postMessage(pymHeightMessage(childId, height), target);
		window.parent.postMessage(ampSizeMessage(height), target);
	};
	const observer = new ResizeObserver(send);
	observer.observe(content);
	send();
	return () => observer.disconnect();
}
