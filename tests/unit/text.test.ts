import { describe, expect, it } from 'vitest';
import { parseInline } from '../../src/lib/server/story/richtext';
import { plainText } from '../../src/lib/story/inline';
import fc from 'fast-check';
import { formatDate, formatFigure, formatFigureWithUnit, formatPeriod } from '../../src/lib/server/format';
import { formatCount } from '../../src/lib/format';

const figures: Record<string, string> = { 'entries-2024': '13,221' };
const lookup = (id: string) => figures[id];

describe('inline formatting', () => {
	it('turns emphasis, strong, links and figures into nodes', () => {
		const { nodes, figureIds, problems } = parseInline('*a* **{entries-2024}** [c](https://example.org/)', lookup);
		expect(problems).toEqual([]);
		expect(figureIds).toEqual(['entries-2024']);
		expect(nodes).toEqual([
			{ type: 'em', children: [{ type: 'text', text: 'a' }] },
			{ type: 'text', text: ' ' },
			{ type: 'strong', children: [{ type: 'figure', id: 'entries-2024', text: '13,221' }] },
			{ type: 'text', text: ' ' },
			{ type: 'link', href: 'https://example.org/', children: [{ type: 'text', text: 'c' }] }
		]);
	});

	it('keeps typed markup as text and reports it', () => {
		const { nodes, problems } = parseInline('<img src=x onerror=alert(1)>', lookup);
		expect(plainText(nodes)).toBe('<img src=x onerror=alert(1)>');
		expect(nodes.every((n) => n.type === 'text')).toBe(true);
		expect(problems).toEqual([{ kind: 'html', found: '<img src=x onerror=alert(1)>' }]);
	});

	it('refuses links other than http(s) and mailto, keeping their words', () => {
		const { nodes, problems } = parseInline('[click](javascript:alert(1)) and [mail](mailto:desk@example.org)', lookup);
		expect(problems).toEqual([{ kind: 'link', found: 'javascript:alert(1)' }]);
		expect(nodes[0]).toEqual({ type: 'text', text: 'click' });
		expect(nodes.at(-1)).toMatchObject({ type: 'link', href: 'mailto:desk@example.org' });
	});
});

describe('formatting figures', () => {
	it('keeps the source qualifier and does not round', () => {
		expect(formatFigure({ value: 30023, unit: 'people', qualifier: 'exact' })).toBe('30,023');
		expect(formatFigure({ value: 50000, unit: 'people', qualifier: 'more than' })).toBe('more than 50,000');
		expect(formatFigure({ value: 1000000, unit: 'barrels', qualifier: 'more than' })).toBe('more than 1,000,000');
		expect(formatFigure({ value: 18.5, unit: 'hours a day', qualifier: 'more than' })).toBe('more than 18.5');
		expect(formatFigure({ value: 150.5, unit: 'US dollars a month', qualifier: 'about' })).toBe('about US$150.5');
	});
	it('formats ranges of dollars, and hours of the day', () => {
		expect(formatFigure({ value: 100, valueHigh: 200, unit: 'US dollars a month', qualifier: 'exact' })).toBe('US$100–200');
		expect(formatFigure({ value: 6, unit: 'time of day', qualifier: 'exact' })).toBe('06:00');
	});
	it('writes small counts of people and days as words, as the house style does', () => {
		expect(formatFigure({ value: 6, unit: 'people', qualifier: 'exact' })).toBe('six');
		expect(formatFigure({ value: 2, unit: 'days a year', qualifier: 'exact' })).toBe('two');
		expect(formatFigure({ value: 8, unit: 'hours a day', qualifier: 'exact' })).toBe('8');
		expect(formatFigure({ value: 10, unit: 'people', qualifier: 'exact' })).toBe('10');
	});

	it('says the unit in tables, where no sentence around the figure does', () => {
		expect(formatFigureWithUnit({ value: 24, unit: 'months', qualifier: 'exact' })).toBe('24 months');
		expect(formatFigureWithUnit({ value: 1, unit: 'months', qualifier: 'exact' })).toBe('1 month');
		expect(formatFigureWithUnit({ value: 40, unit: 'hours a week', qualifier: 'exact' })).toBe('40 hours a week');
		expect(formatFigureWithUnit({ value: 2, unit: 'days a year', qualifier: 'exact' })).toBe('two days a year');
		expect(formatFigureWithUnit({ value: 1, unit: 'days a year', qualifier: 'exact' })).toBe('one day a year');
		expect(formatFigureWithUnit({ value: 1000000, unit: 'barrels', qualifier: 'more than' })).toBe('more than 1,000,000 barrels');
		expect(formatFigureWithUnit({ value: 100, valueHigh: 200, unit: 'US dollars a month', qualifier: 'exact' })).toBe('US$100–200 a month');
		// People and hours of the day say what they are already.
		expect(formatFigureWithUnit({ value: 4000, unit: 'people', qualifier: 'about' })).toBe('about 4,000');
		expect(formatFigureWithUnit({ value: 6, unit: 'time of day', qualifier: 'exact' })).toBe('06:00');
	});

	it('formats dates, and says so when there is none', () => {
		expect(formatDate('2025-08-12')).toBe('12 August 2025');
		expect(formatDate(null)).toBe('date not shown');
	});

	it('writes the period a figure refers to as readers do, leaving years and spans as they are', () => {
		expect(formatPeriod('2017-12-22')).toBe('22 December 2017');
		expect(formatPeriod('2024-10')).toBe('October 2024');
		expect(formatPeriod('2024')).toBe('2024');
		expect(formatPeriod('2017–2019')).toBe('2017–2019');
		expect(formatPeriod('2024-01–2024-06')).toBe('January 2024–June 2024');
	});
});

describe('counts in the browser', () => {
	it('read as en-GB writes them, without Intl, and are never rounded', () => {
		const enGb = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
		fc.assert(
			fc.property(
				fc.oneof(
					fc.nat(),
					fc.integer({ min: 0, max: 1e6 }).map((n) => n / 1000),
					fc.constantFrom(0, 18.5, 1e15)
				),
				(n) => {
					expect(formatCount(n)).toBe(enGb.format(n));
				}
			)
		);
		expect(formatCount(50000)).toBe('50,000');
		expect(formatCount(18.25)).toBe('18.25');
	});
});
