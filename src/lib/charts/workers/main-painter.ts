/**
 * The workers chart's marks painted on the main thread: for browsers without OffscreenCanvas,
 * and after a worker fails. Loaded on demand (MarksLayer.svelte), so the renderer and the
 * colour parser are not part of the chart code every reader fetches: the worker has its own.
 */
import { MarksRenderer } from './marks-renderer';
import { packMarkColours } from './colours';
import type { MarksPainter, PainterEvents } from './marks-painter';

export function mainThreadPainter(canvas: HTMLCanvasElement, poolSize: number, events: Omit<PainterEvents, 'onfailed'>): MarksPainter {
	let context: CanvasRenderingContext2D | null = null;
	const renderer = new MarksRenderer(
		poolSize,
		(image) => {
			if (canvas.width !== image.width || canvas.height !== image.height) {
				canvas.width = image.width;
				canvas.height = image.height;
			}
			context ??= canvas.getContext('2d');
			context?.putImageData(image, 0, 0);
		},
		events.onmoved
	);
	return {
		thread: 'main',
		setColours: (colours) => renderer.setColours(packMarkColours(colours)),
		show(layout, animate) {
			renderer.show(layout, animate);
			events.ondrawn();
		},
		stop: () => renderer.stop()
	};
}
