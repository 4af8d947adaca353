/**
 * A build the data check refuses, as an editor meets it: it exits non-zero, prints each
 * problem in words with no stack trace, and leaves no `build/` that could be uploaded in the
 * belief that it is new.
 */
import { expect, it } from 'vitest';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject, editDataTexts } from '../support/project-copy';

it('exits 1 with the problems, no stack trace, and no build folder', () => {
	const project = copyProject('nk-refused-');
	// The last good site, as an earlier build left it.
	mkdirSync(join(project, 'build'));
	writeFileSync(join(project, 'build/index.html'), '<!doctype html><title>The old site</title>');
	editDataTexts(project, (text, file) => (file === 'figures.json' ? text.replace(/"value": \d+/, '"value": "lots"') : text));

	const { status, output } = buildProject(project);
	expect(status).toBe(1);
	expect(output).toMatch(/The data in data\/ has 1 problem:\n {2}✗ figures\.json › figure 1 "[a-z0-9-]+" › value \(line \d+\): expected a number \(no quotes, no commas\), found "lots"/);
	expect(output).toContain('Nothing was built, and the previous build/ was removed.');
	expect(output).not.toMatch(/^\s+at /m);
	expect(existsSync(join(project, 'build'))).toBe(false);
}, 120_000);
