/**
 * The built site's share cards and dates, as a share preview and a reader see them: each
 * card a PNG of the size its page states, with an alt text drawn from the data; the story's
 * publication date under the headline and in the article metadata; source titles quoted
 * only where they are real headlines.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { realStory } from '../support/dataset';
import { buildDir } from '../support/site';
import { CARD_HEIGHT, CARD_WIDTH, shareCard, type CardId } from '../../src/lib/share/cards';
import { cardIds } from '../../src/lib/server/share/render';
import { formatDate } from '../../src/lib/server/format';
import { isDescribedTitle } from '../../src/lib/story/model';

const story = realStory();
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function readPage(page: string) {
	const file = join(buildDir, page);
	if (!existsSync(file)) throw new Error(`No ${file}: run \`npm run build\` first (npm test does this).`);
	return parseHTML(readFileSync(file, 'utf8')).document;
}

/** Width and height from a PNG's header, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const pageOf = (card: CardId) => (card === 'story' ? 'index.html' : `embed/${card}/index.html`);

describe.each(cardIds)('the %s share card', (card) => {
	const document = readPage(pageOf(card));
	const meta = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
	const expected = shareCard(story, card);

	it('is a PNG in the build, at the address and of the size the page states', () => {
		const image = meta('og:image')!;
		expect(image.endsWith(expected.path)).toBe(true);
		const file = join(buildDir, expected.path);
		expect(existsSync(file), file).toBe(true);
		const size = pngSize(readFileSync(file));
		expect(size).toEqual({ width: Number(meta('og:image:width')), height: Number(meta('og:image:height')) });
		expect(size).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
		expect(document.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
	});

	it('has an alt text made from the data, whose numbers are the data’s figures', () => {
		const alt = meta('og:image:alt')!;
		expect(alt).toBe(expected.alt);
		expect(document.querySelector('meta[name="twitter:image:alt"]')?.getAttribute('content')).toBe(alt);
		const figureNumbers = new Set(
			[...Object.values(story.figures).flatMap((f) => [f.text, f.label]), story.headline, ...story.charts.exchange.items.flatMap((i) => [i.detail ?? "", ...(i.marks ?? []).map((m) => m.label)])]
				.flatMap((text) => text.match(/\d+(?:,\d{3})*/g) ?? [])
		);
		// The shifts chart's frame (a 24-hour day, a 365-day year) is drawn, not a figure.
		const numbers = (alt.match(/\d+(?:,\d{3})*/g) ?? []).filter((n) => !['24', '365'].includes(n));
		for (const n of numbers) expect(figureNumbers, n).toContain(n);
	});
});

describe('the story’s dates', () => {
	const document = readPage('index.html');

	it('shows when the story was published under the headline, as a machine-readable date', () => {
		const time = document.querySelector('.byline time');
		expect(time?.getAttribute('datetime')).toBe(story.published);
		expect(squash(time?.textContent)).toBe(formatDate(story.published));
		const times = document.querySelectorAll('.byline time');
		expect(times.length).toBe(story.updated ? 2 : 1);
		if (story.updated) expect(times[1].getAttribute('datetime')).toBe(story.updated);
	});

	it('puts the dates in the article metadata', () => {
		const meta = (property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
		expect(meta('article:published_time')).toBe(story.published);
		expect(meta('article:modified_time')).toBe(story.updated);
	});
});

describe('the sources list', () => {
	const document = readPage('index.html');

	it('quotes real headlines and shows descriptions of unrecorded ones in brackets, unquoted', () => {
		for (const source of story.sources) {
			const text = squash(document.querySelector(`[data-source="${source.id}"]`)?.textContent);
			if (isDescribedTitle(source.title)) {
				expect(text, source.id).toContain(`, ${source.title},`);
				expect(text, source.id).not.toContain(`“${source.title}”`);
			} else expect(text, source.id).toContain(`“${source.title}”`);
		}
		expect(story.sources.some((s) => isDescribedTitle(s.title))).toBe(true);
	});
});
