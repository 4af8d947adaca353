import { describe, expect, it } from 'vitest';
import {
	ampSizeMessage,
	hostOrigin,
	isPymWidthMessage,
	modeFromUrl,
	parseChildMessage,
	parseTheme,
	parseViewportMessage,
	pymHeightMessage,
	pymXdomain,
	readyMessage,
	scrollToMessage,
	viewportMessage
} from '../../src/lib/embed/protocol';
import { frameHeight, parseBar, parseRemembered, pinnedPlace, scaledHeight, storyOffset } from '../../src/lib/embed/placement';
import { forceColorScheme } from '../../src/lib/embed/theme';

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
		expect(scrollToMessage(-3)).toEqual({ sentinel: 'scrolly-embed', v: 1, type: 'scrollTo', y: 0, smooth: false });
	});

	it('names the host origin where it is known, from pym, the browser or the referrer', () => {
		expect(hostOrigin(url('/embed/?parentUrl=https%3A%2F%2Fnews.example%2Fstory'), [], '')).toBe('https://news.example');
		expect(hostOrigin(url('/embed/'), ['https://paper.example'], '')).toBe('https://paper.example');
		expect(hostOrigin(url('/embed/'), [], 'https://ref.example/a/b')).toBe('https://ref.example');
		expect(hostOrigin(url('/embed/?parentUrl=javascript%3Aalert(1)'), [], '')).toBe('*');
		expect(hostOrigin(url('/embed/'), [], '')).toBe('*');
	});
});

describe('what the host loader accepts from the story', () => {
	it('reads the messages the story sends, as the story builds them', () => {
		expect(parseChildMessage(readyMessage())).toEqual({ type: 'ready' });
		expect(parseChildMessage(ampSizeMessage(12955.2))).toEqual({ type: 'height', height: 12956 });
		expect(parseChildMessage(scrollToMessage(812, true))).toEqual({ type: 'scrollTo', y: 812, smooth: true });
		expect(parseViewportMessage(viewportMessage(10, 700, 390))).toEqual({ type: 'viewport', y: 10, vh: 700, vw: 390 });
	});
	it.each([
		['a pym string', 'pymxPYMxstoryxPYMxheightxPYMx37'],
		['a zero height', { sentinel: 'amp', type: 'embed-size', height: 0 }],
		['an infinite height', { sentinel: 'amp', type: 'embed-size', height: Infinity }],
		['a height as text', { sentinel: 'amp', type: 'embed-size', height: '900' }],
		['a scroll to nowhere', { sentinel: 'scrolly-embed', v: 1, type: 'scrollTo', y: 'javascript:alert(1)' }],
		['another version', { ...readyMessage(), v: 2 }],
		['a navigation', { sentinel: 'scrolly-embed', v: 1, type: 'navigate', url: 'https://evil.example' }]
	])('refuses %s', (_, message) => {
		expect(parseChildMessage(message)).toBeNull();
	});
});

describe('pym.js hosts', () => {
	it("answer pym's own width request only, for this child", () => {
		expect(isPymWidthMessage('pymxPYMxstoryxPYMxwidthxPYMx600', 'story')).toBe(true);
		expect(isPymWidthMessage('pymxPYMxotherxPYMxwidthxPYMx600', 'story')).toBe(false);
		expect(isPymWidthMessage('pymxPYMxstoryxPYMxheightxPYMx600', 'story')).toBe(false);
		expect(isPymWidthMessage({ width: 600 }, 'story')).toBe(false);
	});
	it("restrict pym's xdomain to exactly our origin", () => {
		// pym tests `origin.match(new RegExp(xdomain + '$'))`.
		const accepts = (origin: string) => new RegExp(pymXdomain('https://graphics.example.org') + '$').test(origin);
		expect(accepts('https://graphics.example.org')).toBe(true);
		expect(accepts('https://graphicsXexample.org')).toBe(false);
		expect(accepts('https://evil-graphics.example.org')).toBe(false);
		expect(accepts('https://graphics.example.org.evil.example')).toBe(false);
		expect(accepts('http://graphics.example.org')).toBe(false);
	});
});

describe('themes', () => {
	it('takes light or dark, and nothing else', () => {
		expect(parseTheme('dark')).toBe('dark');
		expect(parseTheme('light')).toBe('light');
		expect(parseTheme('Dark')).toBeNull();
		expect(parseTheme(null)).toBeNull();
	});
	it('decides every colour-scheme condition by the theme asked for', () => {
		const dark = '(prefers-color-scheme: dark)';
		const matches = (query: string) => (query.includes('min-width: 0px') ? true : query.includes('max-width: -1px') ? false : null);
		expect(matches(forceColorScheme(dark, 'dark'))).toBe(true);
		expect(matches(forceColorScheme(dark, 'light'))).toBe(false);
		expect(matches(forceColorScheme('(prefers-color-scheme:light)', 'light'))).toBe(true);
		expect(forceColorScheme('print and (prefers-color-scheme: dark)', 'light')).toBe('print and (max-width: -1px)');
		expect(forceColorScheme('(min-width: 56rem)', 'dark')).toBe('(min-width: 56rem)');
	});
});

describe("the loader's geometry", () => {
	const view = { top: 0, height: 800 };
	it('fits the iframe between the host bars', () => {
		expect(frameHeight(view, { top: 60, bottom: 90 })).toBe(650);
		expect(frameHeight(view, { top: 0, bottom: 0 })).toBe(800);
		expect(frameHeight({ top: 0, height: 300 }, { top: 200, bottom: 200 })).toBe(200);
	});
	it('reads bar heights as CSS pixels and ignores anything else', () => {
		expect(parseBar('60')).toBe(60);
		expect(parseBar(' 60px ')).toBe(60);
		expect(parseBar('-5')).toBe(0);
		expect(parseBar('1e12')).toBe(0);
		expect(parseBar('calc(1px)')).toBe(0);
		expect(parseBar(null)).toBe(0);
	});
	it('measures how far the reader is into the story from the top bar, within its travel', () => {
		const bars = { top: 60, bottom: 90 };
		expect(storyOffset(500, view, bars, 10_000, 650)).toBe(0);
		expect(storyOffset(60, view, bars, 10_000, 650)).toBe(0);
		expect(storyOffset(-940, view, bars, 10_000, 650)).toBe(1000);
		expect(storyOffset(-20_000, view, bars, 10_000, 650)).toBe(9350);
		expect(storyOffset(-940, { top: 100, height: 700 }, bars, 10_000, 550)).toBe(1100);
	});
	it('pins an iframe at the start, in view, or at the end', () => {
		expect(pinnedPlace(0, 9000)).toBe('start');
		expect(pinnedPlace(10, 9000)).toBe('fixed');
		expect(pinnedPlace(9000, 9000)).toBe('end');
	});
	it('remembers only what it wrote, and scales heights with the iframe', () => {
		expect(parseRemembered(JSON.stringify({ height: 12955, frame: 844, at: 0.4 }))).toEqual({ height: 12955, frame: 844, at: 0.4 });
		expect(parseRemembered(JSON.stringify({ height: 12955, frame: 844, at: 7 }))).toEqual({ height: 12955, frame: 844, at: null });
		expect(parseRemembered('{"height":"big"}')).toBeNull();
		expect(parseRemembered('not json')).toBeNull();
		expect(scaledHeight(12_000, 800, 400)).toBe(6000);
	});
});
