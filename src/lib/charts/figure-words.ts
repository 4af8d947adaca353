/**
 * Editors' words for chart labels: their {figure-id} tokens filled in with each figure as it
 * reads, and inline formatting dropped (SVG and short labels draw plain text). The data check
 * has already refused unknown figures and bad formatting.
 */
import type { StoryModel } from '../story/model.ts';

export function figureWords(model: Pick<StoryModel, 'figures'>, text: string): string {
	return text
		.replace(/\{([a-z0-9-]+)\}/g, (token, id: string) => model.figures[id]?.text ?? token)
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\*{1,2}([^*]+)\*{1,2}/g, '$1');
}
