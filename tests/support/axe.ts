/** Runs axe-core (WCAG 2.2 A and AA, plus best practices) in a page or frame. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';

// Evaluated through the DevTools protocol, which the pages' Content-Security-Policy (rightly)
// does not govern; a <script> tag would be refused.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

export async function axeViolations(target: Page | Frame): Promise<AxeViolation[]> {
	await target.evaluate(axeSource);
	return target.evaluate(async (runTags) => {
		const axe = (window as unknown as { axe: any }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] });
		return result.violations.map((v: any) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.slice(0, 5).map((n: any) => n.target.join(' '))
		}));
	}, tags);
}
