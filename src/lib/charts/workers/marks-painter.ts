/**
 * Who paints the workers chart's marks: a worker drawing on an OffscreenCanvas where the
 * browser has one (the main thread then only scrolls and lays out words, issue 16), else the
 * same renderer on the main thread (`main-painter.ts`, loaded only then). Both take the same
 * three calls, so the view does not know which it has.
 */
import type { MoveStats } from './marks-renderer';
import type { StateLayout } from './layout';
import type { MarkColourNames } from './mark-colours';

export interface MarksPainter {
	/** Which thread paints: shown on the canvas as `data-painter`, for tests and the benchmark. */
	readonly thread: 'worker' | 'main';
	/** The mark colours as the stylesheet writes them, from `readMarkColourNames`. */
	setColours(colours: MarkColourNames): void;
	/** Moves to a state, animated or at once. */
	show(layout: StateLayout, animate: boolean): void;
	stop(): void;
}

/** What the view hears back from a painter. */
export interface PainterEvents {
	/** The marks of a state are on the canvas (the first frame of a move counts). */
	ondrawn: () => void;
	/** The worker could not run: the view falls back to a main-thread painter on a fresh canvas. */
	onfailed: (reason: string) => void;
	/** A move finished, this smoothly where it was drawn (the benchmark reads it). */
	onmoved: (stats: MoveStats) => void;
}

/** Messages to the worker. */
export type ToWorker =
	| { kind: 'start'; canvas: OffscreenCanvas; poolSize: number }
	| { kind: 'colours'; colours: MarkColourNames }
	| { kind: 'show'; layout: StateLayout; animate: boolean }
	| { kind: 'stop' };

/** Messages from the worker. */
export type FromWorker = { kind: 'drawn' } | { kind: 'moved'; stats: MoveStats } | { kind: 'failed'; reason: string };

/** Whether this browser can hand a canvas to a worker. */
export function canPaintInWorker(canvas: HTMLCanvasElement): boolean {
	return typeof Worker !== 'undefined' && typeof canvas.transferControlToOffscreen === 'function';
}

/** Paints in a worker. The canvas is handed over for good: a failure needs a fresh canvas. */
export function workerPainter(canvas: HTMLCanvasElement, poolSize: number, events: PainterEvents): MarksPainter {
	const worker = new Worker(new URL('./marks.worker.ts', import.meta.url), { type: 'module', name: 'workers-chart-marks' });
	let failed = false;
	const fail = (reason: string) => {
		if (failed) return;
		failed = true;
		worker.terminate();
		events.onfailed(reason);
	};
	worker.addEventListener('error', (event) => {
		event.preventDefault();
		fail(event.message || 'the marks worker did not load');
	});
	worker.addEventListener('messageerror', () => fail('a message from the marks worker could not be read'));
	worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
		const message = event.data;
		if (message.kind === 'drawn') events.ondrawn();
		else if (message.kind === 'moved') events.onmoved(message.stats);
		else fail(message.reason);
	});
	const post = (message: ToWorker, transfer: Transferable[] = []) => {
		if (!failed) worker.postMessage(message, transfer);
	};
	const offscreen = canvas.transferControlToOffscreen();
	post({ kind: 'start', canvas: offscreen, poolSize }, [offscreen]);
	return {
		thread: 'worker',
		setColours: (colours) => post({ kind: 'colours', colours }),
		show: (layout, animate) => post({ kind: 'show', layout, animate }),
		stop() {
			post({ kind: 'stop' });
			worker.terminate();
		}
	};
}
