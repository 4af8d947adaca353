/**
 * A randomized reader: 50 jumps, flings, anchor links, resizes and orientation changes,
 * some in the middle of a transition. After each, the active step and every chart's state
 * are the ones the reading line says, and nothing was logged as an error. The seed is
 * printed; set RANDOM_WALK_SEED to replay a run.
 */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { observedState, openPage, stepAtReadingLine } from '../support/browser';
import { useSiteAndBrowser } from '../support/site';
import { realStory } from '../support/dataset';

const story = realStory();
const seed = Number(process.env.RANDOM_WALK_SEED ?? 20261128);
const viewports = [
	{ width: 390, height: 844 },
	{ width: 844, height: 390 }, // the same phone turned sideways
	{ width: 768, height: 1024 },
	{ width: 1440, height: 900 },
	{ width: 320, height: 640 },
	{ width: 1920, height: 1080 }
];

type Action =
	| { kind: 'jump'; to: number; settle: boolean }
	| { kind: 'fling'; delta: number; turns: number }
	| { kind: 'anchor'; step: number }
	| { kind: 'resize'; viewport: number; settle: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
	fc.record({ kind: fc.constant('jump' as const), to: fc.double({ min: 0, max: 1, noNaN: true }), settle: fc.boolean() }),
	fc.record({ kind: fc.constant('fling' as const), delta: fc.integer({ min: -2500, max: 2500 }), turns: fc.integer({ min: 1, max: 8 }) }),
	fc.record({ kind: fc.constant('anchor' as const), step: fc.nat({ max: story.steps.length - 1 }) }),
	fc.record({ kind: fc.constant('resize' as const), viewport: fc.nat({ max: viewports.length - 1 }), settle: fc.boolean() })
);

const site = useSiteAndBrowser();

it(`50 random jumps, flings and resizes (seed ${seed}) always end on the step at the reading line`, async () => {
	console.log(`random walk seed: ${seed} (replay with RANDOM_WALK_SEED=${seed})`);
	const actions = fc.sample(action, { seed, numRuns: 50 });
	const { page, problems } = await openPage(site.browser, site.server.origin, { viewport: viewports[3] });
	await page.goto(`${site.server.origin}/`);
	const storyBounds = () =>
		page.evaluate(() => {
			const steps = [...document.querySelectorAll('[data-step]')];
			const first = steps[0].getBoundingClientRect().top + window.scrollY;
			const last = steps.at(-1)!.getBoundingClientRect().bottom + window.scrollY;
			return { first: first - window.innerHeight, last };
		});

	for (const [i, a] of actions.entries()) {
		if (a.kind === 'jump') {
			const { first, last } = await storyBounds();
			await page.evaluate((y) => window.scrollTo(0, y), first + a.to * (last - first));
			if (a.settle) await page.waitForTimeout(100);
		} else if (a.kind === 'fling') {
			await page.mouse.move(50, 50);
			for (let t = 0; t < a.turns; t++) await page.mouse.wheel(0, a.delta);
		} else if (a.kind === 'anchor') {
			await page.evaluate((id) => (location.hash = `step-${id}`), story.steps[a.step].id);
		} else {
			await page.setViewportSize(viewports[a.viewport]);
			if (a.settle) await page.waitForTimeout(100);
		}
		// The step whose words are at the reading line, measured from the page as a reader sees
		// it; what each chart should show then follows from the story's data alone: the step's
		// own chart in its state, every other chart in the last state the reader passed (or its
		// first, before the reader reaches it), and before the first step the first step's chart.
		await expect
			.poll(
				async () => {
					const want = await stepAtReadingLine(page);
					const seen = await observedState(page);
					const reached = want === null ? -1 : story.steps.findIndex((s) => s.id === want);
					const current = story.steps[Math.max(reached, 0)];
					const chartsOk = Object.entries(seen.charts).every(([chart, state]) => {
						const passed = story.steps.filter((s) => s.chart === chart && s.index <= reached).at(-1);
						return state === (passed ?? story.steps.find((s) => s.chart === chart))?.state;
					});
					return seen.active === want && seen.visibleChart === current.chart && seen.charts[current.chart] === current.state && chartsOk;
				},
				{ timeout: 5000, message: `after action ${i} ${JSON.stringify(a)}` }
			)
			.toBe(true);
	}
	expect(problems).toEqual([]);
	await page.context().close();
});
