/**
 * What a reader checks first on a phone: in every state of every chart, in the story and in
 * its embed, no two pieces of text overlap, no line of the chart runs
 * through words, none is cut off or runs outside its chart, and an account scaled down to fit
 * still fills its room. Measured on the real layout,
 * line by line, at 300 px, on two phones and at a desktop width.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../support/site';
import { openPage, scrollStepToReadingLine, waitForStep } from '../support/browser';
import { realStory } from '../support/dataset';

const story = realStory();
const site = useSiteAndBrowser();
const charts = ['workers', 'shifts', 'exchange'] as const;
/**
 * The narrowest screen, two phones (a short one, and the tall one at its pixel ratio,
 * which sets how small a mark can be and so the scale of every state) and a desktop.
 */
const screens = [
	{ width: 300, height: 640 },
	{ width: 375, height: 640 },
	{ width: 390, height: 844, deviceScaleFactor: 3 },
	{ width: 1440, height: 900 }
];

/** Every line of text in a chart, and the problems a reader would see: overlaps, text cut off or outside. */
function textProblems(page: Page, selector: string): Promise<string[]> {
	return page.evaluate((selector) => {
		const figure = document.querySelector(selector)!;
		const body = figure.querySelector('.chart-body')!.getBoundingClientRect();
		const frame = figure.getBoundingClientRect();
		const lines: { text: string; node: number; rect: DOMRect; inBody: boolean }[] = [];
		const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
		let node: Node | null;
		let index = 0;
		while ((node = walker.nextNode())) {
			index++;
			const parent = node.parentElement!;
			if (!node.textContent?.trim() || parent.closest('.visually-hidden, table')) continue;
			const style = getComputedStyle(parent);
			if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const rect of range.getClientRects()) {
				if (rect.width < 1 || rect.height < 1) continue;
				lines.push({ text: node.textContent.trim().slice(0, 40), node: index, rect, inBody: !!parent.closest('.chart-body') });
			}
		}
		const problems: string[] = [];
		const inside = (r: DOMRect, box: DOMRect) =>
			r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
		for (const line of lines) {
			const box = line.inBody ? body : frame;
			if (!inside(line.rect, box)) problems.push(`"${line.text}" is cut off or outside its chart`);
			if (line.rect.right > document.documentElement.clientWidth + 1) problems.push(`"${line.text}" runs off the page`);
		}
		// Scaled down to fit, the exchange's account uses its room: its type no smaller than it must be.
		const scaled = figure.querySelector('.exchange.scaled');
		if (scaled) {
			const room = scaled.getBoundingClientRect().height;
			const used = scaled.querySelector('.account')!.getBoundingClientRect().height;
			if (used < room * 0.85) problems.push(`the account is scaled to ${Math.round((used / room) * 100)} % of its room`);
			// Words under 10 px come only after earlier rows have given up theirs (named with their source).
			const scale = Number(/scale\(([\d.]+)\)/.exec((scaled.querySelector('.account') as HTMLElement).style.transform)?.[1] ?? 1);
			const wordy = [...scaled.querySelectorAll('.row:not(.new)')].filter((row) => row.querySelector('.detail, .mark'));
			if (scale < 0.78 && wordy.length)
				problems.push(`the account is scaled to ${scale} while ${wordy.length} earlier rows keep their words`);
		}
		// A rule drawn through words (the shifts clock's hour lines) crosses them out on a phone.
		for (const rule of figure.querySelectorAll('.chart-body line')) {
			const r = rule.getBoundingClientRect();
			for (const line of lines) {
				const a = line.rect;
				if (r.left < a.right - 1 && r.right > a.left + 1 && r.top < a.bottom - 1 && r.bottom > a.top + 1)
					problems.push(`a line of the chart runs through "${line.text}"`);
			}
		}
		for (let i = 0; i < lines.length; i++) {
			for (let j = i + 1; j < lines.length; j++) {
				const [a, b] = [lines[i].rect, lines[j].rect];
				if (lines[i].node === lines[j].node) continue;
				const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
				// Glyph boxes of neighbouring lines may touch; overlapping by more than 2 px is two lines on one another.
				const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
				if (x > 1 && y > 2) problems.push(`"${lines[i].text}" overlaps "${lines[j].text}"`);
			}
		}
		return problems;
	}, selector);
}

/** Waits until the charts' layout is the same for two frames in a row (sizes are observed, then fitted). */
async function settled(page: Page) {
	await page.waitForFunction(
		() =>
			new Promise((resolve) => {
				const snapshot = () =>
					[...document.querySelectorAll('.chart-body')]
						.map((el) => el.innerHTML.length + (el.firstElementChild?.getAttribute('style') ?? ''))
						.join();
				const before = snapshot();
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(snapshot() === before)));
			})
	);
}

describe('chart labels at every width', () => {
	for (const { width, height, deviceScaleFactor = 1 } of screens) {
		it(`embeds and the story at ${width}×${height}: no text overlaps or is crossed by a line, none is cut off`, async () => {
			const { page, problems } = await openPage(site.browser, site.server.origin, {
				viewport: { width, height },
				deviceScaleFactor,
				reducedMotion: 'reduce'
			});
			const found: string[] = [];
			for (const chart of charts) {
				await page.goto(`${site.server.origin}/embed/${chart}/`);
				const states = story.charts[chart].states.map((s) => s.id);
				for (const [i, state] of states.entries()) {
					if (i > 0) await page.click('[data-step-button="next"]');
					const selector = `[data-chart="${chart}"][data-state="${state}"]`;
					await page.waitForSelector(selector);
					await settled(page);
					found.push(...(await textProblems(page, selector)).map((p) => `/embed/${chart}/ ${state}: ${p}`));
				}
			}
			await page.goto(`${site.server.origin}/`);
			for (const step of story.steps.filter((s) => (charts as readonly string[]).includes(s.chart))) {
				await scrollStepToReadingLine(page, step.id);
				await waitForStep(page, step.id);
				const selector = `.stage [data-chart="${step.chart}"][data-state="${step.state}"]`;
				await page.waitForSelector(selector);
				await settled(page);
				found.push(...(await textProblems(page, selector)).map((p) => `story ${step.id}: ${p}`));
			}
			expect(found).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		}, 60_000);
	}
});
