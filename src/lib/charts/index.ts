/**
 * Questions asked of any chart, answered through its module in the registry: what it shows at
 * a state, in words and table rows. The build asks them once per state (`chartTexts`), so
 * pages carry the answers and a chart that fails to draw keeps its words and numbers.
 */
import type { StoryModel } from '../story/model';
import { chartIds, chartModules, type ChartId } from './registry';
import type { ChartModule, ChartStateBase, ChartText } from './types';

/** A chart state's title, text alternative, marks, figures and table rows. */
export function chartText(model: StoryModel, chart: ChartId, stateId: string): ChartText {
	// Each module is typed by its own state; here any module is taken as the common contract.
	const module = chartModules[chart] as unknown as ChartModule<ChartStateBase>;
	const state = module.state(model, stateId);
	const figureIds = [...new Set(module.figureIds(state))];
	return {
		id: state.id,
		title: state.title,
		summary: state.summary,
		marks: state.marks,
		figureIds,
		rows: module.dataRows?.(model, state)
	};
}

/** Every state of every chart, worked out for the page: chart id → state id → its text. */
export function chartTexts(model: StoryModel): Record<ChartId, Record<string, ChartText>> {
	return Object.fromEntries(
		chartIds.map((chart) => [
			chart,
			Object.fromEntries(model.charts[chart].states.map((state) => [state.id, chartText(model, chart, state.id)]))
		])
	) as Record<ChartId, Record<string, ChartText>>;
}
