/**
 * Share cards as PNG, drawn at build time from the data: the title over a chart state
 * (`$lib/share/cards.ts` says which), as SVG, rendered by resvg with the fonts in `fonts.ts`.
 */
import { Resvg } from '@resvg/resvg-js';
import type { StoryModel } from '../../story/model';
import { CARD_HEIGHT, CARD_WIDTH, cardView, type CardId } from '../../share/cards';
import { chartIds } from '../../charts/registry';
import { exchangeSvg, shiftsSvg, titleSvg, workersSvg } from './charts';
import { resvgFont } from './fonts';
import { inDarkPalette, palette } from './palette';

const MARGIN = 56;

/** Every card the build draws: the story's, then one per chart. */
export const cardIds: readonly CardId[] = ['story', ...chartIds];
const drawers = { workers: workersSvg, shifts: shiftsSvg, exchange: exchangeSvg };

/** The card as SVG: what the PNG shows. */
export function cardSvg(model: StoryModel, card: CardId): string {
	const view = cardView(model, card);
	const width = CARD_WIDTH - 2 * MARGIN;
	const title = titleSvg(view.title, view.kicker, { x: MARGIN, y: MARGIN - 8, width, height: 0 });
	const chartTop = title.bottom + 24;
	const chart = drawers[view.chart](model, view.state, { x: MARGIN, y: chartTop, width, height: CARD_HEIGHT - MARGIN / 2 - chartTop });
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${palette.paper}"/>` +
		`<rect x="${MARGIN}" y="0" width="${width}" height="8" fill="${palette.ink}"/>` +
		title.svg +
		chart +
		'</svg>'
	);
}

/** The size of the opening's poster: about the shape of the story's graphic on phones and desktops. */
const POSTER_WIDTH = 720;
const POSTER_HEIGHT = 600;

/**
 * The first step's chart as a picture (no title), in the page's light or dark palette: what the
 * opening shows before the chart code arrives with the reader's first scroll.
 */
export function posterSvg(model: StoryModel, scheme: 'light' | 'dark'): string {
	const first = model.steps[0];
	const chart = drawers[first.chart](model, first.state, { x: 0, y: 0, width: POSTER_WIDTH, height: POSTER_HEIGHT });
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${POSTER_WIDTH}" height="${POSTER_HEIGHT}" viewBox="0 0 ${POSTER_WIDTH} ${POSTER_HEIGHT}">` +
		chart +
		'</svg>';
	return scheme === 'dark' ? inDarkPalette(svg) : svg;
}

/** The card as a PNG file's bytes. */
export function renderCard(model: StoryModel, card: CardId): Uint8Array<ArrayBuffer> {
	const png = new Resvg(cardSvg(model, card), { font: resvgFont, fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
	return new Uint8Array(png);
}
