/**
 * What the exchange chart shows at a state: an account of what each side gives, built up
 * step by step, each item with who reports it and its figures as marks of their size. Pure:
 * (story, state id) → state. Sections, items, words and figures all come from charts.json.
 */
import type { StoryModel } from '../../story/model.ts';
import { sourceNumberOf } from '../../story/model.ts';
import type { ChartStateBase } from '../types.ts';
import { figureWords } from '../figure-words.ts';

interface ExchangeMark {
	figureId: string;
	/** The words beside the bar, figures filled in. */
	label: string;
	kind?: 'cost' | 'limit';
	/** Where the bar ends, as a share of the largest figure of its unit anywhere in the chart. */
	share: number;
	/** For a range ($100–200): where its low end falls, as a share of the same scale. */
	lowShare?: number;
}

export interface ExchangeRow {
	id: string;
	section: string;
	label: string;
	reportedBy: string;
	detail?: string;
	sourceNumbers: number[];
	marks: ExchangeMark[];
	/** Shown for the first time in this state. */
	isNew: boolean;
	/** The figures the row shows, by id. */
	figureIds: string[];
}

interface ExchangeSectionView {
	id: string;
	heading: string;
	rows: ExchangeRow[];
}

export interface ExchangeChartState extends ChartStateBase {
	/** The sections with at least one row shown, in the data's order, each with its rows shown. */
	sections: ExchangeSectionView[];
}

const tokens = (text: string | undefined) => [...(text ?? '').matchAll(/\{([a-z0-9-]+)\}/g)].map((m) => m[1]);

export function exchangeChartState(model: StoryModel, stateId: string): ExchangeChartState {
	const { items, states, sections } = model.charts.exchange;
	const index = states.findIndex((s) => s.id === stateId);
	if (index < 0) throw new Error(`The exchange chart has no state "${stateId}"`);
	const shown = new Set(states[index].items);
	const shownBefore = new Set(index > 0 ? states[index - 1].items : []);

	// One scale per unit across every item the chart can show, so a bar keeps its length in every state.
	const largest = new Map<string, number>();
	for (const mark of items.flatMap((item) => item.marks ?? [])) {
		const figure = model.figures[mark.figure];
		largest.set(figure.unit, Math.max(largest.get(figure.unit) ?? 0, figure.valueHigh ?? figure.value));
	}
	const row = (item: (typeof items)[number]): ExchangeRow => ({
		id: item.id,
		section: item.section,
		label: item.label,
		reportedBy: item.reportedBy,
		detail: item.detail === undefined ? undefined : figureWords(model, item.detail),
		sourceNumbers: [...new Set(item.sources.map((id) => sourceNumberOf(model, id)))].sort((a, b) => a - b),
		isNew: !shownBefore.has(item.id),
		figureIds: [...new Set([...tokens(item.detail), ...(item.marks ?? []).flatMap((m) => [m.figure, ...tokens(m.label)])])],
		marks: (item.marks ?? []).map((mark) => {
			const figure = model.figures[mark.figure];
			const max = largest.get(figure.unit) || 1;
			return {
				figureId: mark.figure,
				label: figureWords(model, mark.label),
				kind: mark.kind,
				share: (figure.valueHigh ?? figure.value) / max,
				lowShare: figure.valueHigh === undefined ? undefined : figure.value / max
			};
		})
	});
	const views = sections
		.map((section) => ({
			id: section.id,
			heading: section.heading,
			rows: items.filter((item) => item.section === section.id && shown.has(item.id)).map(row)
		}))
		.filter((section) => section.rows.length > 0);
	const summary = views
		.map(
			(section) => `${section.heading}: ${section.rows.map((r) => `${r.label} (${rowWords(r)}; reported by ${r.reportedBy})`).join('; ')}.`
		)
		.join(' ');
	return { id: stateId, title: model.charts.exchange.title, sections: views, summary };
}

/** What a row says in words: its detail line, or its marks' labels. */
export function rowWords(row: Pick<ExchangeRow, 'detail' | 'marks'>): string {
	return [row.detail, ...row.marks.map((m) => m.label)].filter(Boolean).join('; ');
}

/**
 * The rows that arrive in a move from the state shown before (`before`) to `after`: rows
 * `after` shows that `before` did not. None on a chart's first drawing (`before` null): the
 * stage brings the whole chart in, and a chart built out of sight must not animate unseen.
 */
export function arrivingRows(before: ExchangeChartState | null, after: ExchangeChartState): Set<string> {
	if (!before) return new Set();
	const shownBefore = new Set(before.sections.flatMap((s) => s.rows.map((r) => r.id)));
	return new Set(after.sections.flatMap((s) => s.rows.filter((r) => !shownBefore.has(r.id)).map((r) => r.id)));
}

/** A section's rows as drawn: one row, or a run of earlier rows named in one paragraph. */
export type RowGroup = { key: string; run: false; row: ExchangeRow } | { key: string; run: true; rows: ExchangeRow[] };

/**
 * With `named` (the account short of room), rows shown before this state are only named, with
 * their source, and neighbouring ones share a paragraph; rows new to the state stay whole.
 */
export function rowGroups(rows: readonly ExchangeRow[], named: boolean): RowGroup[] {
	const groups: RowGroup[] = [];
	for (const row of rows) {
		const last = groups.at(-1);
		if (!named || row.isNew) groups.push({ key: row.id, run: false, row });
		else if (last?.run) last.rows.push(row);
		else groups.push({ key: row.id, run: true, rows: [row] });
	}
	return groups;
}
