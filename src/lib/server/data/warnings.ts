/**
 * What valid data can still get wrong, said as warnings (they refuse nothing): a figure's
 * number typed by hand in text, which goes stale when the figure changes; a source no figure
 * or chart cites and no text links to, which the page lists at the end with nothing pointing
 * to it; a figure nothing shows; a chart state no step shows; a step too long to read beside its chart. Pure, like
 * validate.ts.
 */
import type { Dataset } from './validate.ts';
import type { DataWarning } from './problems.ts';
import { parseInline, type ParsedText } from '../story/richtext.ts';
import { formatFigure } from '../format.ts';
import { plainText, type Inline } from '../../story/inline.ts';
import { HAND_TYPED_MIN, STEP_TEXT_MAX_CHARS } from './limits.ts';
import { chartIds } from '../../charts/registry.ts';

/** Every piece of editor text that may hold `{figure-id}`s, with its file and path. */
interface TextField {
	file: string;
	path: string;
	text: string;
}

type ParsedField = TextField & { parsed: ParsedText };

/** Every string in a JSON value, with its path, for references the charts' data makes. */
function stringsIn(value: unknown, path: string): TextField[] {
	if (typeof value === 'string') return [{ file: 'charts.json', path, text: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
	if (value !== null && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, v]) => (key === '$schema' ? [] : stringsIn(v, path ? `${path}.${key}` : key)));
	}
	return [];
}

/** The story's text fields, in reading order. */
function storyTextFields(dataset: Dataset): TextField[] {
	const { story } = dataset;
	const at = (path: string, text: string): TextField => ({ file: 'story.json', path, text });
	return [
		at('headline', story.headline),
		at('dek', story.dek),
		...story.intro.map((text, i) => at(`intro[${i}]`, text)),
		...story.steps.map((step, i) => at(`steps[${i}].text`, step.text)),
		...story.outro.map((text, i) => at(`outro[${i}]`, text)),
		...story.disagreements.flatMap((d, i) => [at(`disagreements[${i}].topic`, d.topic), at(`disagreements[${i}].text`, d.text)]),
		...story.methods.map((text, i) => at(`methods[${i}]`, text))
	];
}

/** The text as the reader sees it, with each inserted figure left out. */
function handWrittenText(nodes: Inline[]): string {
	return nodes.map((node) => (node.type === 'figure' ? ' … ' : 'children' in node ? handWrittenText(node.children) : node.text)).join('');
}

const numberInText = /(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)|(?<![\d.,])\d+(?:\.\d+)?(?![\d,]*\d)/g;
const looksLikeYear = (written: string) => /^(19|20)\d\d$/.test(written);
/** Words that say what a number measures, right after it: "24-hour", "24 months". */
const MEASURE_WORDS = ['minute', 'hour', 'day', 'week', 'month', 'year', 'barrel', 'dollar'];
const measureAfter = /^[\s-]*([a-z]+)/i;
/** The measure a number is written with ("24-hour clock": hour), if any. */
function measureWrittenAfter(rest: string): string | undefined {
	const word = measureAfter.exec(rest)?.[1].toLowerCase().replace(/s$/, '');
	return word && MEASURE_WORDS.includes(word) ? word : undefined;
}
/** Whether a figure's unit is in this measure: "hours a week" is in hours (and weeks). */
const unitIsIn = (unit: string, measure: string) => unit.split(' ').some((word) => word.replace(/s$/, '') === measure);

function handTypedFigures(fields: ParsedField[], dataset: Dataset): DataWarning[] {
	const byValue = new Map<number, string[]>();
	for (const figure of dataset.figures) {
		if (figure.unit === 'time of day') continue;
		for (const value of [figure.value, figure.valueHigh]) {
			if (value === undefined || value < HAND_TYPED_MIN) continue;
			byValue.set(value, [...(byValue.get(value) ?? []), figure.id]);
		}
	}
	const figureById = new Map(dataset.figures.map((f) => [f.id, f]));
	return fields.flatMap((field) => {
		const warnings: DataWarning[] = [];
		const seen = new Set<string>();
		const text = handWrittenText(field.parsed.nodes);
		for (const match of text.matchAll(numberInText)) {
			const [written] = match;
			if (looksLikeYear(written) || seen.has(written)) continue;
			// A number written with another measure is not the figure: a "24-hour clock" is not
			// a deadline of 24 months.
			const measure = measureWrittenAfter(text.slice(match.index + written.length));
			const ids = byValue.get(Number(written.replace(/,/g, '')))?.filter((id) => !measure || unitIsIn(figureById.get(id)!.unit, measure));
			if (!ids?.length) continue;
			seen.add(written);
			const which = ids.map((id) => `{${id}} (${formatFigure(figureById.get(id)!)})`).join(' or ');
			warnings.push({
				file: field.file,
				path: field.path,
				message: `"${written}" is typed by hand, and is the value of ${which}: write the {figure-id} instead, so the text changes when the figure does`
			});
		}
		return warnings;
	});
}

/** Every address the text links to. */
function linkedAddresses(nodes: Inline[]): string[] {
	return nodes.flatMap((node) => (node.type === 'link' ? [node.href, ...linkedAddresses(node.children)] : 'children' in node ? linkedAddresses(node.children) : []));
}

function uncitedSources(dataset: Dataset, chartStrings: TextField[], fields: ParsedField[]): DataWarning[] {
	const cited = new Set([...dataset.figures.map((f) => f.source), ...chartStrings.map((s) => s.text)]);
	// Text that links to a source's own address points the reader to it.
	const linked = new Set(fields.flatMap((field) => linkedAddresses(field.parsed.nodes)));
	return dataset.sources.flatMap((source, i) =>
		cited.has(source.id) || linked.has(source.url)
			? []
			: [{ file: 'sources.json', path: `sources[${i}]`, message: 'no figure or chart cites this source, and no text links to it (it is only listed at the end, with nothing pointing to it): cite it from a figure, link its address from the text, or delete it' }]
	);
}

function unshownFigures(dataset: Dataset, fields: ParsedField[]): DataWarning[] {
	const known = new Set(dataset.figures.map((f) => f.id));
	const shown = new Set<string>();
	for (const field of fields) {
		if (known.has(field.text)) shown.add(field.text);
		field.parsed.figureIds.forEach((id) => shown.add(id));
	}
	dataset.story.disagreements.forEach((d) => d.figures.forEach((id) => shown.add(id)));
	return dataset.figures.flatMap((figure, i) =>
		shown.has(figure.id)
			? []
			: [
					{
						file: 'figures.json',
						path: `figures[${i}]`,
						message: 'no text, chart or note on disagreements shows this figure (it is only in the table of figures at the end): use it with {' + figure.id + '}, or delete it'
					}
				]
	);
}

function unshownStates(dataset: Dataset): DataWarning[] {
	const shown = new Set(dataset.story.steps.map((step) => `${step.chart} ${step.state}`));
	return chartIds.flatMap((chart) =>
		dataset.charts[chart].states.flatMap((state, i) =>
			shown.has(`${chart} ${state.id}`)
				? []
				: [
						{
							file: 'charts.json',
							path: `${chart}.states[${i}]`,
							message: `no step shows this state (only the chart's own embed does), so the story never explains it, and a later state shows what it adds as new with no words about it: show it in a step of ${chart}, or delete it`
						}
					]
		)
	);
}

function longSteps(fields: ParsedField[]): DataWarning[] {
	return fields.flatMap((field) => {
		if (field.file !== 'story.json' || !/^steps\[\d+\]\.text$/.test(field.path)) return [];
		const length = plainText(field.parsed.nodes).length;
		if (length <= STEP_TEXT_MAX_CHARS) return [];
		return [
			{
				file: field.file,
				path: field.path,
				message: `${length} characters is too long to read beside a chart (a phone shows at most about ${STEP_TEXT_MAX_CHARS}): shorten it, or split it into two steps`
			}
		];
	});
}

export function findWarnings(dataset: Dataset): DataWarning[] {
	const formatted = new Map(dataset.figures.map((f) => [f.id, formatFigure(f)]));
	const chartStrings = stringsIn(dataset.charts, '');
	// Parsed once each: markdown parsing is most of the time this takes.
	const fields = [...storyTextFields(dataset), ...chartStrings].map(
		(field): ParsedField => ({ ...field, parsed: parseInline(field.text, (id) => formatted.get(id)) })
	);
	return [
		...handTypedFigures(fields, dataset),
		...longSteps(fields),
		...unshownFigures(dataset, fields),
		...unshownStates(dataset),
		...uncitedSources(dataset, chartStrings, fields)
	];
}
