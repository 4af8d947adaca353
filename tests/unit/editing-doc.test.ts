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
import { PERIOD_PATTERN, isRealPeriod } from '../../src/lib/server/data/fields';

const guide = readFileSync(join(import.meta.dirname, '../../EDITING.md'), 'utf8');

it('lists every unit and qualifier, as they are written in figures.json', () => {
	for (const value of [...figureUnits, ...qualifiers]) expect(guide, value).toContain(`| \`"${value}"\` |`);
});

it("shows every form a figure's period may take, each one the check accepts", () => {
	const forms = [...guide.matchAll(/^\s*\| `"([^"]+)"`[^|]*\| [^|]+ \|$/gm)].map((m) => m[1]).filter((form) => /^\d{4}/.test(form));
	expect(forms).toEqual(['2024', '2024-10', '2024-10-08', '2017–2019']);
	for (const form of forms) expect(PERIOD_PATTERN.test(form) && isRealPeriod(form), form).toBe(true);
});

it('says every limit', () => {
	for (const [unit, limit] of Object.entries(unitLimits)) expect(guide, unit).toMatch(new RegExp(`"${unit}"\`[^\\n]*at most ${limit.max}`));
	expect(guide).toContain(`at most ${MAX_WORKERS_MARKS.toLocaleString('en-GB')} marks`);
	expect(guide).toContain(`more than about ${STEP_TEXT_MAX_CHARS} characters`);
});
