/**
 * Validates the editors' data files together: each against its schema, then the references
 * between them (a step's chart state, a figure's source, a {figure-id} in the text). Every
 * problem names the file, the path inside it, what was expected and what was found, in words
 * an editor can act on. Pure: it reads nothing from disk, so the build, the dev server and
 * `npm run check-data` share it.
 */
import type { z } from 'zod';
import type { Node } from 'jsonc-parser';
import {
	fileSchemas,
	type ChartsFile,
	type DataFileName,
	type Figure,
	type Source,
	type StoryFile
} from './schema.ts';
import { parseInline, type TextProblem } from '../story/richtext.ts';
import { formatFigure } from '../format.ts';
import { parseDataFile, pathText } from './parse-json.ts';
import { describePlace, entryLabel, lineOf, problemsReport, type DataProblem, type DataWarning } from './problems.ts';
import { findWarnings } from './warnings.ts';
import { nearestId } from './nearest-id.ts';
import { asOfWords, staleAsOf } from './as-of.ts';
import { chartConfigs } from './charts.ts';
import type { ChartConfig, ReferenceChecks } from './chart-config.ts';
import { chartIds } from '../../charts/registry.ts';

export { formatProblem, formatWarning, type DataProblem, type DataWarning } from './problems.ts';

export interface Dataset {
	sources: Source[];
	figures: Figure[];
	charts: ChartsFile;
	story: StoryFile;
}

/**
 * `stage` says how far the check got: problems inside the files are found first; the
 * references between files are checked once every file is well formed.
 */
export type ValidationResult =
	| { ok: true; dataset: Dataset; warnings: DataWarning[] }
	| { ok: false; problems: DataProblem[]; stage: 'files' | 'references' };

export const dataFileNames = Object.keys(fileSchemas) as DataFileName[];

const formatPath = pathText;

/** What an editor would call the value that is there, briefly. */
function describeFound(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
	if (typeof value === 'object') return 'an object { … }';
	const json = JSON.stringify(value);
	return json.length > 60 ? `${json.slice(0, 57)}…"` : json;
}

const typeWords: Record<string, string> = {
	string: 'text in quotes',
	number: 'a number',
	boolean: 'true or false',
	object: 'an object { … }',
	array: 'a list [ … ]',
	null: 'null'
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
	let value = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function problemsFromIssues(file: string, raw: unknown, issues: z.core.$ZodIssue[]): DataProblem[] {
	return issues.flatMap((issue): DataProblem[] => {
		const found = valueAt(raw, issue.path);
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				path: formatPath([...issue.path, key]),
				expected: 'only the fields this file knows (check the spelling)',
				found: `an unknown field "${key}"`
			}));
		}
		if (issue.code === 'invalid_union') {
			// A nullable date: say what either branch wants, once.
			return [{ file, path: formatPath(issue.path), expected: 'a real date written YYYY-MM-DD, or null', found: describeFound(found) }];
		}
		let expected = issue.message;
		if (issue.code === 'invalid_type' && found === undefined) expected = `${typeWords[issue.expected] ?? issue.expected} (this field is required)`;
		else if (issue.code === 'invalid_type' && /^Invalid input/.test(issue.message)) expected = typeWords[issue.expected] ?? issue.expected;
		else if (issue.code === 'invalid_value') expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		return [{ file, path: formatPath(issue.path), expected, found: describeFound(found) }];
	});
}

function duplicateIds(file: string, listPath: string, items: { id: string }[]): DataProblem[] {
	const seen = new Map<string, number>();
	return items.flatMap((item, i) => {
		const first = seen.get(item.id);
		if (first === undefined) {
			seen.set(item.id, i);
			return [];
		}
		const listName = listPath.split('.').at(-1)!;
		return [{ file, path: `${listPath}[${i}].id`, expected: `an id not used before (${entryLabel(listName, first)} has it)`, found: JSON.stringify(item.id) }];
	});
}

const textProblemExpectations: Record<TextProblem['kind'], string> = {
	html: 'plain text with *emphasis*, **strong** or [links](https://…), not HTML tags',
	'unknown-figure': '{figure-id} naming a figure in figures.json',
	'malformed-figure': '{figure-id}: one pair of braces around the exact id of a figure in figures.json (lower case, hyphens), and no other braces in text',
	link: 'a link address starting with http://, https:// or mailto:'
};

function crossReferences(dataset: Dataset): DataProblem[] {
	const { sources, figures, charts, story } = dataset;
	const problems: DataProblem[] = [
		...duplicateIds('sources.json', 'sources', sources),
		...duplicateIds('figures.json', 'figures', figures),
		...duplicateIds('story.json', 'steps', story.steps)
	];
	const sourceIds = new Set(sources.map((s) => s.id));
	const figureById = new Map(figures.map((f) => [f.id, f]));
	const figureIds = figures.map((f) => f.id);
	const missing = (file: string, path: string, what: string, id: string, where: string, ids: string[]) => {
		const guess = nearestId(id, ids);
		problems.push({ file, path, expected: `the id of ${what} in ${where}`, found: `"${id}", which is not there${guess ? ` (did you mean "${guess}"?)` : ''}` });
	};
	const checkFigure = (file: string, path: string, id: string) => {
		const figure = figureById.get(id);
		if (!figure) missing(file, path, 'a figure', id, 'figures.json', figureIds);
		return figure;
	};
	const checkText = (file: string, path: string, text: string) => {
		const parsed = parseInline(text, (id) => {
			const figure = figureById.get(id);
			return figure && formatFigure(figure);
		});
		for (const problem of parsed.problems) {
			const nearest = problem.kind === 'unknown-figure' ? nearestId(problem.found.slice(1, -1), figureIds) : undefined;
			const suggestion = problem.suggestion ?? (nearest && `{${nearest}}`);
			const guess = suggestion ? ` (did you mean ${suggestion}?)` : '';
			problems.push({ file, path, expected: textProblemExpectations[problem.kind], found: `${JSON.stringify(problem.found)}${guess}` });
		}
	};

	figures.forEach((figure, i) => {
		if (!sourceIds.has(figure.source)) missing('figures.json', `figures[${i}].source`, 'a source', figure.source, 'sources.json', [...sourceIds]);
	});
	// Each chart checks its own section; paths are given inside it and placed under its id here.
	for (const chart of chartIds) {
		const at = (path: string) => `${chart}.${path}`;
		const checks: ReferenceChecks = {
			figure: (path, id) => checkFigure('charts.json', at(path), id),
			source: (path, id) => {
				if (!sourceIds.has(id)) missing('charts.json', at(path), 'a source', id, 'sources.json', [...sourceIds]);
			},
			text: (path, text) => checkText('charts.json', at(path), text),
			uniqueIds: (listPath, items) => problems.push(...duplicateIds('charts.json', at(listPath), items)),
			problem: (path, expected, found) => problems.push({ file: 'charts.json', path: at(path), expected, found })
		};
		checks.uniqueIds('states', charts[chart].states);
		(chartConfigs[chart] as unknown as ChartConfig).references(charts[chart], checks);
	}
	story.steps.forEach((step, i) => {
		const states = charts[step.chart].states.map((state) => state.id);
		if (!states.includes(step.state)) {
			problems.push({
				file: 'story.json',
				path: `steps[${i}].state`,
				expected: `a state of the ${step.chart} chart (${states.join(', ')})`,
				found: `"${step.state}"`
			});
		}
		checkText('story.json', `steps[${i}].text`, step.text);
	});
	for (const key of ['intro', 'outro', 'methods'] as const) {
		story[key].forEach((paragraph, i) => checkText('story.json', `${key}[${i}]`, paragraph));
	}
	const checkAsOf = (path: string, text: string) => {
		for (const found of staleAsOf(text, story)) {
			const date = story.updated ? `updated ${story.updated}` : `published ${story.published}`;
			problems.push({ file: 'story.json', path, expected: `"${asOfWords(story)}", the month of the story's date (${date})`, found: `"${found}"` });
		}
	};
	story.steps.forEach((step, i) => checkAsOf(`steps[${i}].text`, step.text));
	for (const key of ['intro', 'outro', 'methods'] as const) story[key].forEach((paragraph, i) => checkAsOf(`${key}[${i}]`, paragraph));
	story.disagreements.forEach((d, i) => {
		checkAsOf(`disagreements[${i}].topic`, d.topic);
		checkAsOf(`disagreements[${i}].text`, d.text);
	});
	story.disagreements.forEach((d, i) => {
		checkText('story.json', `disagreements[${i}].text`, d.text);
		d.figures.forEach((id, k) => checkFigure('story.json', `disagreements[${i}].figures[${k}]`, id));
	});
	return problems;
}

/** Validates the raw contents of every data file, keyed by file name. */
export function validateDataset(raw: Partial<Record<DataFileName, unknown>>): ValidationResult {
	const problems: DataProblem[] = [];
	const parsed: Partial<Record<DataFileName, unknown>> = {};
	for (const file of dataFileNames) {
		if (!(file in raw)) {
			problems.push({ file, path: '', expected: `the file data/${file}`, found: 'no such file' });
			continue;
		}
		const result = fileSchemas[file].safeParse(raw[file]);
		if (result.success) parsed[file] = result.data;
		else problems.push(...problemsFromIssues(file, raw[file], result.error.issues));
	}
	if (problems.length > 0) return { ok: false, problems: problems.map((p) => placed(p, raw)), stage: 'files' };
	const dataset: Dataset = {
		sources: (parsed['sources.json'] as { sources: Source[] }).sources,
		figures: (parsed['figures.json'] as { figures: Figure[] }).figures,
		charts: parsed['charts.json'] as ChartsFile,
		story: parsed['story.json'] as StoryFile
	};
	const references = crossReferences(dataset);
	if (references.length > 0) return { ok: false, problems: references.map((p) => placed(p, raw)), stage: 'references' };
	return { ok: true, dataset, warnings: findWarnings(dataset).map((w) => placed(w, raw)) };
}

/** Adds the place as an editor reads it (`step 8 "w-scale" › text`), from the file's contents. */
function placed<T extends DataProblem | DataWarning>(item: T, raw: Partial<Record<DataFileName, unknown>>): T {
	return item.place !== undefined ? item : { ...item, place: describePlace(item.path, raw[item.file as DataFileName]) };
}

/**
 * Validates data files given as text, as they are on disk: syntax first (every mistake, by
 * line and column), then everything `validateDataset` checks, each problem with its line.
 */
export function validateDataTexts(texts: Partial<Record<string, string>>): ValidationResult {
	const raw: Partial<Record<DataFileName, unknown>> = {};
	const syntax: DataProblem[] = [];
	const located = new Map<string, { tree: Node; text: string }>();
	for (const [file, text] of Object.entries(texts)) {
		if (text === undefined) continue;
		const parsed = parseDataFile(file, text);
		if (parsed.ok) {
			raw[file as DataFileName] = parsed.value;
			located.set(file, parsed);
		} else syntax.push(...parsed.problems);
	}
	const withLine = <T extends DataProblem | DataWarning>(item: T): T => {
		const file = located.get(item.file);
		return file && item.line === undefined ? { ...item, line: lineOf(item.path, file.tree, file.text) } : item;
	};
	const result = validateDataset(raw);
	if (syntax.length === 0) {
		return result.ok
			? { ...result, warnings: result.warnings.map(withLine) }
			: { ...result, problems: result.problems.map(withLine) };
	}
	// Report every broken file, and what is wrong inside the ones that could be read.
	const withinReadable = result.ok ? [] : result.problems.filter((p) => p.found !== 'no such file' && p.file in raw).map(withLine);
	return { ok: false, problems: [...syntax, ...withinReadable], stage: 'files' };
}

/** Thrown by the build when data is invalid; its message lists every problem. */
export class DataValidationError extends Error {
	constructor(readonly problems: DataProblem[]) {
		super(problemsReport(problems));
		this.name = 'DataValidationError';
	}
}
