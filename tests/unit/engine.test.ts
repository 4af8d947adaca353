import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { activeStepIndex, stageAt } from '../../src/lib/story/engine';
import { realStory } from '../support/dataset';

describe('activeStepIndex', () => {
	it('is -1 before the first step reaches the reading line', () => {
		expect(activeStepIndex([500, 900, 1300], 400)).toBe(-1);
	});
	it('is the last step whose top has passed the reading line', () => {
		expect(activeStepIndex([-900, -100, 300, 1200], 400)).toBe(2);
	});
	it('counts a top exactly on the line as passed', () => {
		expect(activeStepIndex([100, 400, 800], 400)).toBe(1);
	});
	it('stays on the last step after the story ends', () => {
		expect(activeStepIndex([-3000, -2000, -1000], 400)).toBe(2);
	});
	it('is the step whose span holds the reading line, wherever the steps are (a jump needs no history)', () => {
		const sortedTops = fc
			.array(fc.integer({ min: -20_000, max: 20_000 }), { minLength: 1, maxLength: 30 })
			.map((tops) => tops.sort((a, b) => a - b));
		fc.assert(
			fc.property(sortedTops, fc.integer({ min: -20_000, max: 20_000 }), (tops, line) => {
				const active = activeStepIndex(tops, line);
				if (active === -1) return tops[0] > line;
				return tops[active] <= line && (active === tops.length - 1 || tops[active + 1] > line);
			})
		);
	});
	it('scrolled slowly, goes through every step in order, one at a time, never back', () => {
		const tops = [0, 800, 1700, 2500, 3400];
		const line = 400;
		const visited: number[] = [];
		for (let scrolled = 0; scrolled <= 4000; scrolled += 50) {
			const active = activeStepIndex(
				tops.map((t) => t + line + 100 - scrolled),
				line
			);
			if (active !== (visited.at(-1) ?? -1)) visited.push(active);
		}
		expect(visited).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('stageAt', () => {
	const story = realStory();
	const steps = story.steps;

	it('shows each step in its own chart and state', () => {
		for (const step of steps) {
			const stage = stageAt(steps, step.index);
			expect(stage.chart).toBe(step.chart);
			expect(stage.states[step.chart]).toBe(step.state);
		}
	});

	it('shows the first step before the story starts', () => {
		expect(stageAt(steps, -1)).toEqual(stageAt(steps, 0));
	});

	it('keeps a chart the reader has left in the state it last had', () => {
		const lastWorkers = steps.findLast((s) => s.chart === 'workers')!;
		const firstShifts = steps.find((s) => s.chart === 'shifts')!;
		expect(stageAt(steps, firstShifts.index).states.workers).toBe(lastWorkers.state);
	});

	it('rests a chart the reader has not reached yet in its first state', () => {
		const firstExchange = steps.find((s) => s.chart === 'exchange')!;
		expect(stageAt(steps, 0).states.exchange).toBe(firstExchange.state);
	});
});
