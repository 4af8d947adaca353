/**
 * The storyboard's outline: every piece of text in the story, in reading order, grouped as
 * the page shows them (opening, steps, closing, disagreements, methods), each with the figures
 * it uses and the data warnings about it.
 */
import type { Inline } from '$lib/story/inline';
import type { StoryModel } from '$lib/story/model';

export interface StoryboardWarning {
	file: string;
	path: string;
	/** The warning as check-data prints it. */
	text: string;
}

interface TextItem {
	/** Unique on the page, e.g. `intro-2`. */
	key: string;
	/** How an editor finds it: "Paragraph 2". */
	label: string;
	nodes: Inline[];
	figureIds: string[];
	warnings: string[];
}

export interface TextSection {
	key: 'intro' | 'outro' | 'disagreements' | 'methods';
	title: string;
	items: TextItem[];
}

function figureIdsIn(nodes: Inline[]): string[] {
	return nodes.flatMap((node) => (node.type === 'figure' ? [node.id] : 'children' in node ? figureIdsIn(node.children) : []));
}

const unique = (ids: string[]) => [...new Set(ids)];

/** Warnings about one place in story.json: the path itself or anything inside it. */
export function warningsAt(warnings: StoryboardWarning[], path: string): string[] {
	return warnings
		.filter((w) => w.file === 'story.json' && (w.path === path || w.path.startsWith(`${path}.`) || w.path.startsWith(`${path}[`)))
		.map((w) => w.text);
}

export function textSections(model: StoryModel, warnings: StoryboardWarning[]): { before: TextSection[]; after: TextSection[] } {
	const paragraphs = (key: 'intro' | 'outro' | 'methods', title: string): TextSection => ({
		key,
		title,
		items: model[key].map((nodes, i) => ({
			key: `${key}-${i + 1}`,
			label: `Paragraph ${i + 1}`,
			nodes,
			figureIds: unique(figureIdsIn(nodes)),
			warnings: warningsAt(warnings, `${key}[${i}]`)
		}))
	});
	const disagreements: TextSection = {
		key: 'disagreements',
		title: 'Where the estimates disagree',
		items: model.disagreements.map((d, i) => ({
			key: `disagreements-${i + 1}`,
			label: `${i + 1}. ${d.topic}`,
			nodes: d.nodes,
			figureIds: unique([...figureIdsIn(d.nodes), ...d.figureIds]),
			warnings: warningsAt(warnings, `disagreements[${i}]`)
		}))
	};
	return {
		before: [paragraphs('intro', 'Opening')],
		after: [paragraphs('outro', 'Closing'), disagreements, paragraphs('methods', 'How we counted')]
	};
}
