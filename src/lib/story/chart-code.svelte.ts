/**
 * When the chart code is fetched. The first screen shows the first step's chart as a picture
 * drawn at build time; the code arrives with the reader's first scroll or gesture, or at once
 * in a flat layout or a page opened part-way down. The text never waits for it, and nothing is
 * fetched for readers who only look at the first screen. Ctrl+P or ⌘P before any of that
 * fetches the charts first, then prints.
 */
import { flushSync } from 'svelte';
import { loadChart, type ChartComponent } from '$lib/charts/chart-loader';

/** Signs of a reader at work: any of them fetches the charts before they are needed. */
const INTENTS = ['scroll', 'pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel'] as const;

export class ChartCode {
	/** The chart component, once fetched. */
	component = $state<ChartComponent | null>(null);

	#load = () =>
		loadChart().then((component) => {
			this.component = component;
		});

	/** Fetches now (`now`), or at the reader's first sign of intent. Returns a stop. */
	fetchWhenWanted(now: boolean): () => void {
		if (this.component) return () => {};
		if (now || window.scrollY > 0 || location.hash) {
			this.#load();
			return () => {};
		}
		const onIntent = () => this.#load();
		for (const type of INTENTS) window.addEventListener(type, onIntent, { once: true, passive: true });
		const onPrintKey = (event: KeyboardEvent) => {
			if (this.component || event.key.toLowerCase() !== 'p' || !(event.ctrlKey || event.metaKey)) return;
			event.preventDefault();
			this.#load().then(() => {
				flushSync();
				window.print();
			});
		};
		window.addEventListener('keydown', onPrintKey, { capture: true });
		return () => {
			for (const type of INTENTS) window.removeEventListener(type, onIntent);
			window.removeEventListener('keydown', onPrintKey, { capture: true });
		};
	}
}
