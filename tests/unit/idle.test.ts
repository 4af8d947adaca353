/**
 * Work put off until the browser is quiet: it waits out idle periods too short for it (the
 * spare time between a scroll's frames), runs in the first long enough, and can be cancelled.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenQuiet } from '../../src/lib/idle';

/** A browser whose idle periods are handed out by the test, each with so many ms to spare. */
function browserWithIdlePeriods() {
	const waiting = new Map<number, IdleRequestCallback>();
	let next = 1;
	const requestIdleCallback = (callback: IdleRequestCallback) => {
		waiting.set(next, callback);
		return next++;
	};
	vi.stubGlobal('window', { requestIdleCallback });
	vi.stubGlobal('requestIdleCallback', requestIdleCallback);
	vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
	return {
		idle(spareMs: number) {
			const callbacks = [...waiting.values()];
			waiting.clear();
			for (const callback of callbacks) callback({ didTimeout: false, timeRemaining: () => spareMs });
		},
		get waiting() {
			return waiting.size;
		}
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('work put off until the browser is quiet', () => {
	it('waits out short idle periods and runs in the first long enough', () => {
		const browser = browserWithIdlePeriods();
		const work = vi.fn();
		whenQuiet(work, 30);
		browser.idle(12);
		browser.idle(29);
		expect(work).not.toHaveBeenCalled();
		browser.idle(45);
		expect(work).toHaveBeenCalledTimes(1);
		browser.idle(50);
		expect(work).toHaveBeenCalledTimes(1);
		expect(browser.waiting).toBe(0);
	});

	it('never runs once cancelled, even after waiting out short periods', () => {
		const browser = browserWithIdlePeriods();
		const work = vi.fn();
		const cancel = whenQuiet(work, 30);
		browser.idle(5);
		cancel();
		browser.idle(50);
		expect(work).not.toHaveBeenCalled();
		expect(browser.waiting).toBe(0);
	});

	it('without idle callbacks (Safari), waits for the scrolling to stop', () => {
		vi.useFakeTimers();
		const listeners = new Set<() => void>();
		vi.stubGlobal('window', {
			addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
			removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener)
		});
		const scroll = () => listeners.forEach((listener) => listener());
		const work = vi.fn();
		whenQuiet(work, 30);
		for (let i = 0; i < 10; i++) {
			vi.advanceTimersByTime(100);
			scroll();
		}
		expect(work).not.toHaveBeenCalled();
		vi.advanceTimersByTime(400);
		expect(work).toHaveBeenCalledTimes(1);
		expect(listeners.size).toBe(0);
		const cancelled = vi.fn();
		whenQuiet(cancelled, 30)();
		vi.advanceTimersByTime(1000);
		expect(cancelled).not.toHaveBeenCalled();
		expect(listeners.size).toBe(0);
		vi.useRealTimers();
	});
});
