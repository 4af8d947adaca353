/**
 * Property-based tests (fast-check) on the fixture dataset: any well-formed edit an editor might make is accepted;
 * any broken one (wrong type, missing field, out-of-range number, dangling reference) is
 * refused with problems that name a file, never with a crash.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateDataset } from '../../src/lib/server/data/validate';
import { dataFileNames } from '../../src/lib/server/data/validate';
import { figureUnits, qualifiers, unitLimits } from '../../src/lib/server/data/schema';
import { MAX_WORKERS_MARKS } from '../../src/lib/charts/workers/limits';
import { fixtureDir, readRawData } from '../support/dataset';

const base = readRawData(fixtureDir) as any;
const figureCount = base['figures.json'].figures.length;
const sourceCount = base['sources.json'].sources.length;
const stepCount = base['story.json'].steps.length;

const safeText = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !/[<{}\\*_[\]`]/.test(s));
const isoDate = fc
	.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
	.map((d) => d.toISOString().slice(0, 10));

/** A well-formed change to one figure: any counts, labels, qualifiers and units the schema allows. */
const validFigureEdit = fc.record({
	index: fc.nat({ max: figureCount - 1 }),
	// Up to half the workers chart's limit, so a state with this figure and the fixture's others can draw it.
	value: fc.nat({ max: MAX_WORKERS_MARKS / 2 }),
	qualifier: fc.constantFrom(...qualifiers),
	label: safeText,
	counts: safeText,
	source: fc.nat({ max: sourceCount - 1 }),
	date: isoDate
});

// Hundreds of whole-dataset checks each: seconds on a busy machine.
describe('well-formed edits are accepted', { timeout: 60_000 }, () => {
	it('any figure value, qualifier, label, source and source date', () => {
		fc.assert(
			fc.property(validFigureEdit, (edit) => {
				const raw = structuredClone(base);
				const figure = raw['figures.json'].figures[edit.index];
				// Hours of the day and ranges have extra rules; keep those figures as they are.
				if (figure.unit === 'time of day' || figure.valueHigh !== undefined) return;
				const limit = unitLimits[figure.unit as keyof typeof unitLimits]?.max;
				const value = limit === undefined ? edit.value : edit.value % (limit + 1);
				Object.assign(figure, { value, qualifier: edit.qualifier, label: edit.label, counts: edit.counts });
				figure.source = raw['sources.json'].sources[edit.source].id;
				raw['sources.json'].sources[edit.source].published = edit.date;
				// A highlighted part may not outgrow its group; that rule is tested on its own.
				for (const state of raw['charts.json'].workers.states) for (const g of state.groups) delete g.part;
				const result = validateDataset(raw);
				expect(result.ok ? [] : result.problems).toEqual([]);
			}),
			{ numRuns: 150 }
		);
	});

	it('any order of steps', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray([...Array(stepCount).keys()], { minLength: 1 }), (order) => {
				const raw = structuredClone(base);
				raw['story.json'].steps = order.map((i) => raw['story.json'].steps[i]);
				expect(validateDataset(raw).ok).toBe(true);
			}),
			{ numRuns: 60 }
		);
	});
});

/** Broken edits, each a function that breaks a copy of the data. */
const wrongValue = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.nat()), fc.object());
const brokenEdit = fc.oneof(
	fc.tuple(fc.nat({ max: figureCount - 1 }), wrongValue).map(
		([i, v]) =>
			(raw: any) =>
				(raw['figures.json'].figures[i].value = v)
	),
	fc.tuple(fc.nat({ max: figureCount - 1 }), fc.integer({ min: -1e9, max: -1 })).map(
		([i, v]) =>
			(raw: any) =>
				(raw['figures.json'].figures[i].value = v)
	),
	fc.tuple(fc.nat({ max: figureCount - 1 }), fc.constantFrom('id', 'label', 'value', 'qualifier', 'unit', 'counts', 'source')).map(
		([i, key]) =>
			(raw: any) =>
				delete raw['figures.json'].figures[i][key]
	),
	fc.tuple(fc.nat({ max: sourceCount - 1 }), fc.constantFrom('id', 'publisher', 'title', 'url')).map(
		([i, key]) =>
			(raw: any) =>
				delete raw['sources.json'].sources[i][key]
	),
	fc.tuple(fc.nat({ max: figureCount - 1 }), fc.stringMatching(/^[a-z]{3,12}$/)).map(
		([i, id]) =>
			(raw: any) =>
				(raw['figures.json'].figures[i].source = `missing-${id}`)
	),
	fc.tuple(fc.nat({ max: stepCount - 1 }), fc.stringMatching(/^[a-z]{3,12}$/)).map(
		([i, id]) =>
			(raw: any) =>
				(raw['story.json'].steps[i].state = `missing-${id}`)
	),
	fc
		.tuple(
			fc.nat({ max: sourceCount - 1 }),
			fc.string({ maxLength: 12 }).filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s))
		)
		.map(
			([i, date]) =>
				(raw: any) =>
					(raw['sources.json'].sources[i].published = date)
		),
	fc.tuple(fc.nat({ max: figureCount - 1 }), fc.string()).map(([i, unit]) => (raw: any) => {
		if (!(figureUnits as readonly string[]).includes(unit)) raw['figures.json'].figures[i].unit = unit;
		else raw['figures.json'].figures[i].unit = 7;
	}),
	fc.constantFrom(...dataFileNames).map((file) => (raw: any) => (raw[file] = [])),
	fc.constantFrom(...dataFileNames).map((file) => (raw: any) => delete raw[file])
);

describe('broken edits are refused with problems, never a crash', { timeout: 60_000 }, () => {
	it('every kind of mutation', () => {
		fc.assert(
			fc.property(fc.array(brokenEdit, { minLength: 1, maxLength: 3 }), (edits) => {
				const raw = structuredClone(base);
				for (const edit of edits) {
					try {
						edit(raw);
					} catch {
						// An earlier edit removed what this one changes (a whole file, say): skip it.
					}
				}
				const result = validateDataset(raw);
				expect(result.ok).toBe(false);
				if (result.ok) return;
				for (const problem of result.problems) {
					expect(dataFileNames).toContain(problem.file);
					expect(problem.expected.length).toBeGreaterThan(0);
					expect(problem.found.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 300 }
		);
	});
});
