/**
 * EDITING.md keeps up with the checks: every unit and qualifier the data may use, and every
 * limit the check enforces or warns about, is written there.
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureUnits, qualifiers, unitLimits } from '../../src/lib/server/data/schema';
import { MAX_WORKERS_MARKS } from '../../src/lib/charts/workers/limits';
import { STEP_TEXT_MAX_CHARS } from '../../src/lib/server/data/limits';

const guide = readFileSync(join(import.meta.dirname, '../../EDITING.md'), 'utf8');

it('lists every unit and qualifier, as they are written in figures.json', () => {
	for (const value of [...figureUnits, ...qualifiers]) expect(guide, value).toContain(`| \`"${value}"\` |`);
});

it('says every limit', () => {
	for (const [unit, limit] of Object.entries(unitLimits)) expect(guide, unit).toMatch(new RegExp(`"${unit}"\`[^\\n]*at most ${limit.max}`));
	expect(guide).toContain(`at most ${MAX_WORKERS_MARKS.toLocaleString('en-GB')} marks`);
	expect(guide).toContain(`more than about ${STEP_TEXT_MAX_CHARS} characters`);
});
