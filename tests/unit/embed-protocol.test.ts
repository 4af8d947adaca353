import { describe, expect, it } from 'vitest';
import {
	ampSizeMessage,
	hostOrigin,
	modeFromUrl,
	parseViewportMessage,
	pymHeightMessage,
	scrollToMessage
} from '../../src/lib/embed/protocol';

const url = (s: string) => new URL(s, 'https://graphics.example.org');

describe('the mode comes from the URL, never a guess', () => {
	it.each([
		['/embed/?mode=scrolly', 'scrolly'],
		['/embed/?mode=flat', 'flat'],
		['/embed/?mode=fixed', 'fixed'],
		['/embed/?initialWidth=600&childId=story&parentUrl=https%3A%2F%2Fnews.example', 'flat'],
		['/embed/#amp=1', 'flat'],
		['/embed/', 'fixed'],
		['/embed/?mode=nonsense', 'fixed'],
		['/embed/?mode=scrolly&childId=x', 'scrolly']
	])('%s → %s', (address, mode) => {
		expect(modeFromUrl(url(address))).toBe(mode);
	});
});

describe('viewport messages are checked before anything acts on them', () => {
	const good = { sentinel: 'scrolly-embed', v: 1, type: 'viewport', y: 1200, vh: 800, vw: 1280 };
	it('accepts a well-formed one', () => {
		expect(parseViewportMessage(good)).toEqual({ type: 'viewport', y: 1200, vh: 800, vw: 1280 });
	});
	it.each([
		['a string', 'pymxPYMxstoryxPYMxheightxPYMx5'],
		['null', null],
		['another sentinel', { ...good, sentinel: 'amp' }],
		['another version', { ...good, v: 2 }],
		['another type', { ...good, type: 'scrollTo' }],
		['a non-finite number', { ...good, y: Infinity }],
		['NaN', { ...good, vh: NaN }],
		['a negative number', { ...good, y: -5 }],
		['a number as text', { ...good, y: '100' }],
		['a huge number', { ...good, y: 1e12 }],
		['a zero-height viewport', { ...good, vh: 0 }]
	])('refuses %s', (_, message) => {
		expect(parseViewportMessage(message)).toBeNull();
	});
});

describe('messages to hosts', () => {
	it('speaks pym.js and AMP', () => {
		expect(pymHeightMessage('story', 812.2)).toBe('pymxPYMxstoryxPYMxheightxPYMx813');
		expect(ampSizeMessage(812.2)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 813 });
		expect(scrollToMessage(-3)).toEqual({ sentinel: 'scrolly-embed', v: 1, type: 'scrollTo', y: 0 });
	});

	it('names the host origin where it is known, from pym, the browser or the referrer', () => {
		expect(hostOrigin(url('/embed/?parentUrl=https%3A%2F%2Fnews.example%2Fstory'), [], '')).toBe('https://news.example');
		expect(hostOrigin(url('/embed/'), ['https://paper.example'], '')).toBe('https://paper.example');
		expect(hostOrigin(url('/embed/'), [], 'https://ref.example/a/b')).toBe('https://ref.example');
		expect(hostOrigin(url('/embed/?parentUrl=javascript%3Aalert(1)'), [], '')).toBe('*');
		expect(hostOrigin(url('/embed/'), [], '')).toBe('*');
	});
});
