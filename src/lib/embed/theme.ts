/**
 * `?theme=light|dark` on an embed page, as a pure function over media queries: the page's
 * one palette (app.css, switched by `prefers-color-scheme`) is made to follow the host's
 * choice by rewriting each colour-scheme condition to always or never match.
 */
import type { EmbedTheme } from './protocol';

const ALWAYS = '(min-width: 0px)';
const NEVER = '(max-width: -1px)';

/** A media query with every `prefers-color-scheme` condition decided by the asked-for theme. */
export function forceColorScheme(mediaText: string, theme: EmbedTheme): string {
	return mediaText.replace(/\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi, (_, scheme: string) =>
		scheme.toLowerCase() === theme ? ALWAYS : NEVER
	);
}
