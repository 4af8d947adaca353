/**
 * `npm run check-data` as an editor runs it: exit status, messages that name the file and the
 * place, the line and column of a JSON syntax error, and no change to any data file.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir } from '../support/dataset';

const root = join(import.meta.dirname, '../..');

function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'nk-data-'));
	cpSync(dataDir, dir, { recursive: true });
	return dir;
}

function checkData(dir: string) {
	const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-data.ts'), dir], {
		encoding: 'utf8'
	});
	return { status: run.status, out: run.stdout + run.stderr };
}

const snapshot = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);

describe('npm run check-data', () => {
	it('exits 0 with a one-line summary when all is well', () => {
		const { status, out } = checkData(dataDir);
		expect(status).toBe(0);
		expect(out.trim().split('\n')).toHaveLength(1);
		expect(out).toMatch(/^Data is valid: 4 files, \d+ sources, \d+ figures, \d+ chart states, \d+ steps\.$/m);
	});

	it('exits 1 and names the file and the path of each problem, changing nothing', () => {
		const dir = copyOfData();
		const figures = JSON.parse(readFileSync(join(dir, 'figures.json'), 'utf8'));
		figures.figures[2].value = 'fifteen thousand';
		writeFileSync(join(dir, 'figures.json'), JSON.stringify(figures, null, 2));
		const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
		story.steps[1].chart = 'pie';
		writeFileSync(join(dir, 'story.json'), JSON.stringify(story, null, 2));
		const before = snapshot(dir);

		const { status, out } = checkData(dir);
		expect(status).toBe(1);
		expect(out).toContain('figures.json › figures[2].value: expected a number (no quotes, no commas), found "fifteen thousand"');
		expect(out).toContain('story.json › steps[1].chart: expected one of "workers", "shifts", "exchange", found "pie"');
		expect(out).toContain('references between files are checked once these are fixed');
		expect(snapshot(dir)).toEqual(before);
	});

	it('checks references between files', () => {
		const dir = copyOfData();
		const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
		story.steps[1].state = 'no-such-state';
		writeFileSync(join(dir, 'story.json'), JSON.stringify(story, null, 2));
		const { status, out } = checkData(dir);
		expect(status).toBe(1);
		expect(out).toContain('story.json › steps[1].state: expected a state of the workers chart');
	});

	it('gives the line and column of a JSON syntax error', () => {
		const dir = copyOfData();
		const text = readFileSync(join(dir, 'sources.json'), 'utf8');
		// A missing comma after the first source's "id" line, as a hurried edit leaves it.
		const broken = text.replace('"id": "bbc-2025-08-12",', '"id": "bbc-2025-08-12"');
		writeFileSync(join(dir, 'sources.json'), broken);
		const line = broken.split('\n').findIndex((l) => l.includes('"publisher": "BBC News"')) + 1;
		const { status, out } = checkData(dir);
		expect(status).toBe(1);
		expect(out).toMatch(new RegExp(`sources\\.json › line ${line}, column \\d+: expected a comma between entries`));
	});
});
