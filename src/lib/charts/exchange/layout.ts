/**
 * Where the exchange chart's rows go, in percentages of the chart's height, so the
 * prerendered HTML lays out at any size. Every row keeps its slot in every state, so rows
 * appear without pushing others around.
 */
import type { ExchangeRow } from './state';

export interface ExchangeLayout {
	headings: { direction: ExchangeRow['direction']; text: string; top: number }[];
	rows: { top: number; height: number }[];
}

const HEADING = 6;
const GAP = 1.5;

export function layoutExchange(rows: readonly Pick<ExchangeRow, 'direction'>[]): ExchangeLayout {
	const directions = [...new Set(rows.map((r) => r.direction))];
	const available = 100 - directions.length * (HEADING + GAP * 2);
	const height = available / Math.max(1, rows.length) - GAP;
	const headings: ExchangeLayout['headings'] = [];
	const slots: ExchangeLayout['rows'] = [];
	let top = 0;
	rows.forEach((row, i) => {
		if (i === 0 || rows[i - 1].direction !== row.direction) {
			if (i > 0) top += GAP * 2;
			headings.push({
				direction: row.direction,
				text: row.direction === 'to-russia' ? 'North Korea → Russia' : 'Russia → North Korea',
				top
			});
			top += HEADING;
		}
		slots.push({ top, height });
		top += height + GAP;
	});
	return { headings, rows: slots };
}
