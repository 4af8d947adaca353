/**
 * How figures read on the page. Every number the piece shows goes through here, so a figure
 * reads the same in a step, on a chart label and in the sources list.
 */
import type { Figure } from './server/data/schema.ts';

const wholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const dollars = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const hourOfDay = new Intl.NumberFormat('en-GB', { minimumIntegerDigits: 2 });

type FigureValue = Pick<Figure, 'value' | 'valueHigh' | 'unit'>;

// House style: counts of people and days under ten are words ("six escapees", "two days off").
const smallWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const spelledUnits: ReadonlySet<Figure['unit']> = new Set(['people', 'days a year']);
type QualifiedFigure = FigureValue & Pick<Figure, 'qualifier'>;

/** The value alone, as the source gave it: "30,023", "$100–200", "06:00". */
function formatValue(figure: FigureValue): string {
	const one = (n: number) => {
		if (spelledUnits.has(figure.unit) && Number.isInteger(n) && n < 10) return smallWords[n];
		if (figure.unit === 'US dollars a month') return dollars.format(n);
		if (figure.unit === 'time of day') return `${hourOfDay.format(n)}:00`;
		return wholeNumber.format(n);
	};
	if (figure.valueHigh === undefined) return one(figure.value);
	// A range shares its unit sign: "$100–200", not "$100–$200".
	const high = figure.unit === 'US dollars a month' ? wholeNumber.format(figure.valueHigh) : one(figure.valueHigh);
	return `${one(figure.value)}–${high}`;
}

/** The value with the source's own qualifier: "about 4,000", "more than 50,000". */
export function formatFigure(figure: QualifiedFigure): string {
	const value = formatValue(figure);
	return figure.qualifier === 'exact' ? value : `${figure.qualifier} ${value}`;
}

/** A count of anything: marks, steps, rows. */
export function formatCount(n: number): string {
	return wholeNumber.format(n);
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "12 August 2025" from "2025-08-12"; a missing date reads "date not shown". */
export function formatDate(isoDate: string | null): string {
	if (isoDate === null) return 'date not shown';
	return longDate.format(new Date(`${isoDate}T00:00:00Z`));
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A figure's period as readers write it: "22 December 2017" from "2017-12-22", "December 2017"
 * from "2017-12"; a year or a span of years ("2017–2019") reads as it is.
 */
export function formatPeriod(refDate: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(refDate)) return formatDate(refDate);
	if (/^\d{4}-\d{2}$/.test(refDate)) return monthYear.format(new Date(`${refDate}-01T00:00:00Z`));
	return refDate;
}
