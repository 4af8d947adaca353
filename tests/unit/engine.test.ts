import { describe, expect, it } from 'vitest';
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
	it('depends only on positions, so a jump lands where a slow scroll would', () => {
		const tops = [-2400, -1600, -800, 0, 800];
		const jumped = activeStepIndex(tops, 400);
		let scrolled = -1;
		for (let offset = 2400; offset >= 0; offset -= 50)
			scrolled = activeStepIndex(
				tops.map((t) => t + offset),
				400
			);
		expect(jumped).toBe(scrolled);
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
