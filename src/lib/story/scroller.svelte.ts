/**
 * The step engine's browser half. scrollama observes the steps crossing the reading line;
 * on every one of its events (and on resize, and in idle time once scrolling stops) the
 * engine measures where all steps are and asks the pure `activeStepIndex` which is active. Nothing is counted from
 * enter/exit events, so a missed or out-of-order event cannot leave the wrong step active.
 */
import scrollama from 'scrollama';
import { activeStepIndex, READING_LINE } from './engine';
import { whenIdle } from '$lib/idle';

/** Watches the steps' words: `elements` holds each step's text, in document order. */
export class StepObserver {
	/** The active step's index; -1 before the first step reaches the reading line. */
	active = $state(-1);

	#elements: HTMLElement[];
	#scroller: scrollama.ScrollamaInstance | null = null;
	#frame = 0;

	constructor(elements: HTMLElement[]) {
		this.#elements = elements;
	}

	/** Measures now: where every step is, and which one the reading line is in. */
	measure = (): void => {
		cancelAnimationFrame(this.#frame);
		this.#frame = 0;
		const tops = this.#elements.map((el) => el.getBoundingClientRect().top);
		this.active = activeStepIndex(tops, window.innerHeight * READING_LINE);
	};

	/** Measures once at the next frame, however many events ask for it before then. */
	#schedule = (): void => {
		if (this.#frame === 0) this.#frame = requestAnimationFrame(this.measure);
	};

	/**
	 * When scrolling stops: a check that no crossing was missed. Rarely needed, so it waits for
	 * idle time instead of taking a frame's time from a reader still flicking through.
	 */
	#check = (): void => {
		this.#cancelCheck();
		this.#cancelCheck = whenIdle(this.measure, 200);
	};
	#cancelCheck = (): void => {};

	#resize = (): void => {
		this.#scroller?.resize();
		this.#schedule();
	};

	start(): () => void {
		this.#scroller = scrollama()
			.setup({ step: this.#elements, offset: READING_LINE })
			.onStepEnter(this.#schedule)
			.onStepExit(this.#schedule);
		window.addEventListener('resize', this.#resize);
		window.addEventListener('scrollend', this.#check);
		window.addEventListener('hashchange', this.#schedule);
		this.measure();
		return () => this.stop();
	}

	stop(): void {
		cancelAnimationFrame(this.#frame);
		this.#scroller?.destroy();
		this.#scroller = null;
		window.removeEventListener('resize', this.#resize);
		window.removeEventListener('scrollend', this.#check);
		this.#cancelCheck();
		window.removeEventListener('hashchange', this.#schedule);
	}
}
