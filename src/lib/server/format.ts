/**
 * How figures and dates read on the page, worked out at build time into the story model. Every
 * figure the piece shows goes through here, so it reads the same in a step, on a chart label
 * and in the sources list. Numbers are grouped by `formatCount` (the one the browser uses
 * too) and never rounded; dates use `Intl`, which pages never need to load (see ../format.ts).
 */
import type { Figure } from './data/schema.ts';
import { formatCount } from '../format.ts';

type FigureValue = Pick<Figure, 'value' | 'valueHigh' | 'unit'>;

// House style: counts of people and days under ten are words ("six escapees", "two days off").
const smallWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spelledUnits: ReadonlySet<Figure['unit']> = new Set(['people', 'days a year']);
type QualifiedFigure = FigureValue & Pick<Figure, 'qualifier'>;

/** The value alone, as the source gave it: "30,023", "US$100–200", "06:00". */
function formatValue(figure: FigureValue): string {
	const one = (n: number) => {
		if (spelledUnits.has(figure.unit) && Number.isInteger(n) && n < 10) return smallWords[n];
		if (figure.unit === 'US dollars a month') return `US$${formatCount(n)}`;
		if (figure.unit === 'time of day') return `${String(n).padStart(2, '0')}:00`;
		return formatCount(n);
	};
	if (figure.valueHigh === undefined) return one(figure.value);
	// A range shares its unit sign: "US$100–200", not "US$100–US$200".
	const high = figure.unit === 'US dollars a month' ? formatCount(figure.valueHigh) : one(figure.valueHigh);
	return `${one(figure.value)}–${high}`;
}

/** The value with the source's own qualifier: "about 4,000", "more than 50,000". */
export function formatFigure(figure: QualifiedFigure): string {
	const value = formatValue(figure);
	return figure.qualifier === 'exact' ? value : `${figure.qualifier} ${value}`;
}

/**
 * The figure with its unit, for tables, where no sentence around it says what it counts in:
 * "24 months", "40 hours a week", "US$800 a month", "1,000,000 barrels". Counts of people and
 * times of day read as they are ("about 4,000", "06:00").
 */
export function formatFigureWithUnit(figure: QualifiedFigure): string {
	const text = formatFigure(figure);
	if (figure.unit === 'people' || figure.unit === 'time of day') return text;
	if (figure.unit === 'US dollars a month') return `${text} a month`;
	// One of a unit: "1 month", "one day a year".
	const one = figure.value === 1 && figure.valueHigh === undefined;
	return `${text} ${one ? figure.unit.replace(/^(\w+?)s\b/, '$1') : figure.unit}`;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 August 2025" from "2025-08-12"; a missing date reads "date not shown". */
export function formatDate(isoDate: string | null): string {
	if (isoDate === null) return 'date not shown';
	return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** One end of a period: a day, a month, or a year as it is. */
function formatPeriodEnd(end: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(end)) return formatDate(end);
	if (/^\d{4}-\d{2}$/.test(end)) return monthYear.format(new Date(`${end}-01T00:00:00Z`));
	return end;
}

/**
 * A figure's period as readers write it: "22 December 2017" from "2017-12-22", "December 2017"
 * from "2017-12", a year as it is; a span ("2017–2019", "2024-01–2024-06") each end so.
 */
export function formatPeriod(refDate: string): string {
	return refDate.split('–').map(formatPeriodEnd).join('–');
}
