/**
 * Reports an embed's content height to the host page, in the two forms existing hosts
 * understand (pym.js and AMP), so they size the iframe with no code of ours: whenever it
 * changes, whenever pym.js's parent asks (it sends its width on load and resize), and every
 * second while the iframe is in view, so a height forged by another frame on the host's page
 * never sticks. Measures a wrapper that contains its children's margins, not the document,
 * whose height never falls below the iframe's own and so would never let the iframe shrink.
 */
import { ampSizeMessage, hostOrigin, isPymWidthMessage, pymHeightMessage } from './protocol';

/** How often the height is re-sent while the embed is in view. */
const RESEND_MS = 1000;

export interface HeightReporter {
	/** Measures now (a forced layout, so it works while the browser throttles an off-screen iframe) and sends the height if it changed, or always when asked. */
	send: (always?: boolean) => void;
	stop: () => void;
}

export function reportHeight(content: HTMLElement): HeightReporter {
	if (window.parent === window) return { send: () => {}, stop: () => {} };
	const url = new URL(location.href);
	const childId = url.searchParams.get('childId');
	const target = hostOrigin(url, [...(location.ancestorOrigins ?? [])], document.referrer);
	let last = -1;
	const send = (always = false) => {
		const height = Math.ceil(content.getBoundingClientRect().height);
		if (height === last && !always) return;
		last = height;
		if (childId) window.parent.postMessage(pymHeightMessage(childId, height), target);
		window.parent.postMessage(ampSizeMessage(height), target);
	};
	const resized = new ResizeObserver(() => send());
	resized.observe(content);

	let timer = 0;
	const seen = new IntersectionObserver((entries) => {
		window.clearInterval(timer);
		timer = 0;
		if (!entries.at(-1)!.isIntersecting) return;
		send(true);
		timer = window.setInterval(() => document.visibilityState === 'visible' && send(true), RESEND_MS);
	});
	seen.observe(document.documentElement);

	const onMessage = (event: MessageEvent) => {
		if (event.source !== window.parent || (target !== '*' && event.origin !== target)) return;
		if (childId && isPymWidthMessage(event.data, childId)) send(true);
	};
	window.addEventListener('message', onMessage);
	send();
	return {
		send,
		stop: () => {
			resized.disconnect();
			seen.disconnect();
			window.clearInterval(timer);
			window.removeEventListener('message', onMessage);
		}
	};
}
