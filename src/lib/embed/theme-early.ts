/**
 * Served as `/embed/theme.js`, a tiny blocking script in every embed page's head, so the theme
 * a host asks for (`?theme=light|dark`) is there before the first paint: it marks the root
 * (`data-theme`, `color-scheme`) and rewrites the `prefers-color-scheme` rules of every
 * stylesheet, those parsed after it included. Without the parameter it does nothing and the
 * reader's own preference holds.
 */
import { parseTheme } from './protocol';
import { forceColorScheme } from './theme';

const theme = parseTheme(new URLSearchParams(location.search).get('theme'));
if (theme) {
	const root = document.documentElement;
	root.dataset.theme = theme;
	root.style.colorScheme = theme;
	const done = new WeakSet<CSSStyleSheet>();
	const rewrite = (rules: CSSRuleList) => {
		for (const rule of Array.from(rules)) {
			if (rule instanceof CSSMediaRule) rule.media.mediaText = forceColorScheme(rule.media.mediaText, theme);
			if (rule instanceof CSSGroupingRule) rewrite(rule.cssRules);
		}
	};
	const rewriteAll = () => {
		for (const sheet of Array.from(document.styleSheets)) {
			if (done.has(sheet)) continue;
			try {
				rewrite(sheet.cssRules);
				done.add(sheet);
			} catch {
				// a stylesheet still loading: its load event brings it back here
			}
		}
	};
	rewriteAll();
	// Stylesheets parsed or added after this script: mutation callbacks run before the next paint.
	new MutationObserver(rewriteAll).observe(document, { childList: true, subtree: true });
	document.addEventListener('load', rewriteAll, true);
}
