/**
 * The share cards (Open Graph / Twitter images): one for the story and one per chart embed,
 * each the headline over a chart state, drawn at build time from the data (see
 * `$lib/server/share/`). This module says which card shows what, and its alt text: the
 * chart's own text alternative, so every number in it is a figure the card draws. It reads
 * only the story model, so pages can ask it for their card without any chart code.
 */
import type { ChartId } from '../charts/registry';
import type { StoryModel } from '../story/model';

/** The size share cards are drawn at: what Facebook, LinkedIn and X ask for. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Which card: the story's, or one chart embed's. */
export type CardId = 'story' | ChartId;

/** What a page's meta tags need to know about its share image. */
export interface ShareCard {
	/** The image's path inside the site (without the base path). */
	path: string;
	/** A true description of the image, with the numbers it shows. */
	alt: string;
	width: number;
	height: number;
}

/** What a card draws: a title (the headline, or a chart's title) and one state of one chart. */
export interface CardView {
	title: string;
	/** A smaller line above the title: the headline, on a chart's card. */
	kicker?: string;
	chart: ChartId;
	state: string;
}

/**
 * The story's card shows the workers chart in its last state (in our data, the NIS's count set
 * against the more than 50,000 the BBC understands will go); each chart's card shows that chart
 * in its last state, the one its embed ends on, with everything it builds up to.
 */
export function cardView(model: StoryModel, card: CardId): CardView {
	const chart: ChartId = card === 'story' ? 'workers' : card;
	const state = model.charts[chart].states.at(-1)!.id;
	if (card === 'story') return { title: model.headline, chart, state };
	return { title: model.charts[chart].title, kicker: model.headline, chart, state };
}

function cardPath(card: CardId): string {
	return card === 'story' ? '/share.png' : `/share/${card}.png`;
}

export function shareCard(model: StoryModel, card: CardId): ShareCard {
	const view = cardView(model, card);
	const heading = view.kicker ? `${view.kicker} — ${view.title}` : view.title;
	return {
		path: cardPath(card),
		alt: `${heading}. A chart: ${model.chartTexts[view.chart][view.state].summary}`,
		width: CARD_WIDTH,
		height: CARD_HEIGHT
	};
}
