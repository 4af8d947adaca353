/**
 * `npm run check-data` as an editor runs it, on copies of the fixture dataset: exit status,
 * messages that name the file and the place, warnings that do not refuse, syntax mistakes by
 * line and column, and no change to any data file.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, fixtureDir } from '../support/dataset';

const root = join(import.meta.dirname, '../..');

function copyOfFixture(): string {
	const dir = mkdtempSync(join(tmpdir(), 'nk-data-'));
	cpSync(fixtureDir, dir, { recursive: true });
	return dir;
}

function checkData(dir: string) {
	const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-data.ts'), dir], {
		encoding: 'utf8'
	});
	return { status: run.status, out: run.stdout + run.stderr };
}

function editJson(dir: string, file: string, edit: (data: any) => void) {
	const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	edit(data);
	writeFileSync(join(dir, file), JSON.stringify(data, null, 2));
}

const snapshot = (dir: string) =>
	Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);

// Each test starts tsx in a child process, which takes seconds on a busy machine.
describe('npm run check-data', { timeout: 60_000 }, () => {
	it('exits 0 with a summary when all is well (the real data, then the fixture with no warnings)', () => {
		const real = checkData(dataDir);
		expect(real.status).toBe(0);
		expect(real.out).toMatch(/^Data is valid: 4 files, \d+ sources, \d+ figures, \d+ chart states, \d+ steps\.$/m);
		const fixture = checkData(fixtureDir);
		expect(fixture.status).toBe(0);
		expect(fixture.out.trim().split('\n')).toHaveLength(1);
	});

	it('lists warnings but still exits 0', () => {
		const dir = copyOfFixture();
		editJson(dir, 'story.json', (story) => (story.methods[0] = 'About 1,200 came.'));
		const { status, out } = checkData(dir);
		expect(status).toBe(0);
		expect(out).toContain('1 warning (the data is accepted, but look at these before publishing)');
		expect(out).toContain('! story.json › methods › paragraph 1 (line');
		expect(out).toContain('"1,200" is typed by hand');
	});

	it('exits 1 and names the file and the place of each problem, changing nothing', () => {
		const dir = copyOfFixture();
		editJson(dir, 'figures.json', (figures) => (figures.figures[2].value = 'eight hundred'));
		editJson(dir, 'story.json', (story) => (story.steps[1].chart = 'pie'));
		const before = snapshot(dir);

		const { status, out } = checkData(dir);
		expect(status).toBe(1);
		expect(out).toMatch(
			/figures\.json › figure 3 "students-2024" › value \(line \d+\): expected a number \(no quotes, no commas\), found "eight hundred"/
		);
		expect(out).toMatch(
			/story\.json › step 2 "w-planned" › chart \(line \d+\): expected one of "workers", "shifts", "exchange", found "pie"/
		);
		expect(out).toContain('references between files are checked once these are fixed');
		expect(out).toContain('Nothing was changed.');
		expect(out).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
		expect(snapshot(dir)).toEqual(before);
	});

	it('checks references between files', () => {
		const dir = copyOfFixture();
		editJson(dir, 'story.json', (story) => (story.steps[1].state = 'no-such-state'));
		const { status, out } = checkData(dir);
		expect(status).toBe(1);
		expect(out).toContain('story.json › step 2 "w-planned" › state (line');
		expect(out).toContain('expected a state of the workers chart');
	});

	it('gives every syntax mistake by line and column, with the line and a caret', () => {
		const dir = copyOfFixture();
		const text = readFileSync(join(dir, 'sources.json'), 'utf8');
		// A missing comma after the first source's "id", and a trailing comma after the last source.
		const firstId = text.match(/"id": "[^"]+",/)![0];
		const broken = text.replace(firstId, firstId.slice(0, -1)).replace(/\}\n {2}\]/, '},\n  ]');
		writeFileSync(join(dir, 'sources.json'), broken);
		const lines = broken.split('\n');
		const idLine = lines.findIndex((l) => l.includes(firstId.slice(0, -1))) + 1;
		const commaLine = lines.indexOf('  ]');
		const { status, out } = checkData(dir);
		expect(status).toBe(1);
		expect(out).toContain(
			`sources.json › line ${idLine}, column ${lines[idLine - 1].length + 1}: expected a comma here, between two entries`
		);
		expect(out).toContain(`sources.json › line ${commaLine}, column 6: expected no comma after the last entry before ]`);
		expect(out).toContain(`${commaLine} |     },\n`);
	});

	it('keeps the editor’s JSON Schemas listing the data’s current ids', () => {
		const dir = copyOfFixture();
		mkdirSync(join(dir, 'schema'));
		const first = checkData(dir);
		expect(first.status).toBe(0);
		expect(first.out).toContain('Updated data/schema/sources.schema.json');
		editJson(dir, 'figures.json', (data) => data.figures.push({ ...data.figures[0], id: 'a-new-figure' }));
		editJson(dir, 'story.json', (story) => (story.methods[0] = 'Now with {a-new-figure}.'));
		const second = checkData(dir);
		expect(second.status).toBe(0);
		const story = readFileSync(join(dir, 'schema/story.schema.json'), 'utf8');
		expect(story).toContain('a-new-figure');
		// Nothing changed since: nothing rewritten.
		expect(checkData(dir).out).not.toContain('Updated');
	});
});
