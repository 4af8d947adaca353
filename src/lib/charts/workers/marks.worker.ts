/**
 * The workers chart's marks, painted off the main thread: the view hands this worker its
 * canvas (as an OffscreenCanvas) and the stylesheet's mark colours, and then only says which
 * state to show. Parsing the colours, placing 50,000 marks, every frame of a move and the
 * image's upload all happen here, so scrolling the story never waits on them.
 */
import { MarksRenderer } from './marks-renderer';
import { packMarkColours } from './colours';
import type { FromWorker, ToWorker } from './marks-painter';

let renderer: MarksRenderer | null = null;
// Only the first frame of each state is reported: the view needs to know the marks are up.
let drawnReported = true;

const reply = (message: FromWorker) => postMessage(message);

addEventListener('message', (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	try {
		if (message.kind === 'start') {
			const { canvas } = message;
			const context = canvas.getContext('2d');
			if (!context) throw new Error('OffscreenCanvas gave no 2D context');
			renderer = new MarksRenderer(
				message.poolSize,
				(image) => {
					if (canvas.width !== image.width || canvas.height !== image.height) {
						canvas.width = image.width;
						canvas.height = image.height;
					}
					context.putImageData(image, 0, 0);
					if (!drawnReported) {
						drawnReported = true;
						reply({ kind: 'drawn' });
					}
				},
				(stats) => reply({ kind: 'moved', stats })
			);
		} else if (message.kind === 'colours') renderer?.setColours(packMarkColours(message.colours));
		else if (message.kind === 'show') {
			drawnReported = false;
			renderer?.show(message.layout, message.animate);
		} else renderer?.stop();
	} catch (error) {
		reply({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
	}
});
