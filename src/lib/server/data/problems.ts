/**
 * What the data checks report, and how it reads. A problem refuses the data; a warning is
 * shown (by check-data, the build, the dev server and the storyboard) but refuses nothing.
 * Places read as an editor counts: from 1, naming each entry by its id, as the storyboard
 * numbers steps ("story.json › step 8 "w-scale" › text (line 67)").
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser';

export interface DataProblem {
	file: string;
	/** Where inside the file, as a path like `steps[7].text`, or `line 12, column 5`; empty for the whole file. */
	path: string;
	expected: string;
	found: string;
	/** The same place as an editor reads it: `step 8 "w-scale" › text`. */
	place?: string;
	/** The line in the file, where known. */
	line?: number;
	/** The line shown with a caret under the place (syntax problems). */
	excerpt?: string;
}

export interface DataWarning {
	file: string;
	path: string;
	/** What looks wrong, and what to do about it. */
	message: string;
	place?: string;
	line?: number;
}

/** What a list's entries are called, one of them: `steps[7]` reads "step 8". */
const entryNames: Record<string, string> = {
	steps: 'step',
	figures: 'figure',
	sources: 'source',
	states: 'state',
	groups: 'group',
	items: 'item',
	bars: 'bar',
	rows: 'row',
	disagreements: 'disagreement',
	intro: 'paragraph',
	outro: 'paragraph',
	methods: 'paragraph',
	seenAt: 'address'
};
/** Lists whose name is worth keeping before the entry: `intro › paragraph 2`. */
const keptListNames = new Set(['intro', 'outro', 'methods', 'seenAt']);

/** An entry of a list as an editor counts it: entry 12 of `figures` reads "figure 13". */
export function entryLabel(listName: string, index: number): string {
	return `${entryNames[listName] ?? 'entry'} ${index + 1}`;
}

function pathKeys(path: string): (string | number)[] {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/**
 * `steps[7].text` as an editor reads it, `step 8 "w-scale" › text`, looking up each entry's
 * id in the file's contents.
 */
export function describePlace(path: string, contents: unknown): string {
	if (!path || path.startsWith('line ')) return path;
	const keys = pathKeys(path);
	const parts: string[] = [];
	let value: unknown = contents;
	keys.forEach((key, i) => {
		const next = value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
		if (typeof key === 'number') {
			const listName = String(keys[i - 1] ?? '');
			const entry = entryNames[listName];
			const id = next !== null && typeof next === 'object' && typeof (next as { id?: unknown }).id === 'string' ? (next as { id: string }).id : '';
			if (entry && !keptListNames.has(listName)) parts.pop();
			parts.push(`${entryLabel(listName, key)}${id ? ` "${id}"` : ''}`);
		} else parts.push(key);
		value = next;
	});
	return parts.join(' › ');
}

/** The line of a path in a parsed file: the field's own line, or its entry's if it is missing. */
export function lineOf(path: string, tree: Node, text: string): number | undefined {
	if (!path || path.startsWith('line ')) return undefined;
	const keys = pathKeys(path);
	for (let n = keys.length; n >= 0; n--) {
		const node = findNodeAtLocation(tree, keys.slice(0, n));
		if (!node) continue;
		const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
		return text.slice(0, at).split('\n').length;
	}
	return undefined;
}

function where(item: { file: string; path: string; place?: string; line?: number }): string {
	const place = item.place ?? item.path;
	const line = item.line !== undefined && !place.startsWith('line ') ? ` (line ${item.line})` : '';
	return place ? `${item.file} › ${place}${line}` : item.file;
}

/** One problem as an editor reads it: `figures.json › figure 4 "permits-before" › value (line 45): expected …, found …`. */
export function formatProblem(problem: DataProblem): string {
	const message = `${where(problem)}: expected ${problem.expected}, found ${problem.found}`;
	return problem.excerpt ? `${message}\n${problem.excerpt.replace(/^/gm, '      ')}` : message;
}

export function formatWarning(warning: DataWarning): string {
	return `${where(warning)}: ${warning.message}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The lines check-data and the build print for warnings; nothing when there are none. */
export function warningsReport(warnings: readonly DataWarning[]): string {
	if (warnings.length === 0) return '';
	return (
		`${plural(warnings.length, 'warning')} (the data is accepted, but look at these before publishing):\n` +
		warnings.map((w) => `  ! ${formatWarning(w)}`).join('\n')
	);
}

/** The list of problems, as check-data, the build and the dev server print it. */
export function problemsReport(problems: readonly DataProblem[]): string {
	return (
		`The data in data/ has ${plural(problems.length, 'problem')}:\n` +
		problems.map((p) => `  ✗ ${formatProblem(p)}`).join('\n') +
		'\nFix these, save, and check again (`npm run check-data`). EDITING.md explains each message.'
	);
}
