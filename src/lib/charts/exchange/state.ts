/**
 * What the exchange chart shows at a state: the flows between North Korea and Russia built
 * up step by step. Every item is listed in every state (so nothing shifts as items appear);
 * `visible` says which are shown. Pure: (story, state id) → state.
 */
import type { StoryModel } from '../../story/model.ts';
import { plainText, type Inline } from '../../story/inline.ts';
import { sourceNumberOf } from '../../story/model.ts';
import type { ChartStateBase } from '../types.ts';

export interface ExchangeRow {
	id: string;
	direction: 'to-russia' | 'to-north-korea';
	label: string;
	detail: Inline[];
	sourceNumbers: number[];
	visible: boolean;
	/** Shown for the first time in this state. */
	isNew: boolean;
	bars?: { figureId: string; label: string; text: string; value: number }[];
}

export interface ExchangeChartState extends ChartStateBase {
	rows: ExchangeRow[];
}

export function exchangeChartState(model: StoryModel, stateId: string): ExchangeChartState {
	const { items, states } = model.charts.exchange;
	const index = states.findIndex((s) => s.id === stateId);
	if (index < 0) throw new Error(`The exchange chart has no state "${stateId}"`);
	const shown = new Set(states[index].items);
	const shownBefore = new Set(index > 0 ? states[index - 1].items : []);
	// Flows to Russia first, then what comes back, whatever order the editor listed them in.
	const ordered = [...items].sort((a, b) => Number(a.direction !== 'to-russia') - Number(b.direction !== 'to-russia'));
	const rows = ordered.map((item): ExchangeRow => ({
		id: item.id,
		direction: item.direction,
		label: item.label,
		detail: model.exchangeDetails[item.id],
		sourceNumbers: item.sources.map((id) => sourceNumberOf(model, id)),
		visible: shown.has(item.id),
		isNew: shown.has(item.id) && !shownBefore.has(item.id),
		bars: item.bars?.map((id) => ({
			figureId: id,
			label: model.figures[id].label,
			text: model.figures[id].text,
			value: model.figures[id].value
		}))
	}));
	const describe = (direction: ExchangeRow['direction']) =>
		rows
			.filter((r) => r.visible && r.direction === direction)
			.map((r) => `${r.label} (${plainText(r.detail)})`)
			.join('; ');
	const toRussia = describe('to-russia');
	const toNorthKorea = describe('to-north-korea');
	return {
		id: stateId,
		title: model.charts.exchange.title,
		rows,
		summary:
			`From North Korea to Russia: ${toRussia || 'nothing shown yet'}.` +
			(toNorthKorea ? ` From Russia to North Korea: ${toNorthKorea}.` : '')
	};
}
