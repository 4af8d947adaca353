/**
 * What each chart declares about its section of charts.json: the shape (a zod schema) and the
 * references to check once every file reads correctly (figures, sources, text). Each chart's
 * `config.server.ts` provides one; `charts.ts` lists them.
 */
import type { z } from 'zod';
import type { Figure } from './schema.ts';

/** The checks a chart can ask for; each reports its problem at a path inside the chart's section. */
export interface ReferenceChecks {
	/** The figure with this id, or a problem reported at `path` (and undefined). */
	figure(path: string, id: string): Figure | undefined;
	/** Reports a problem at `path` unless a source has this id. */
	source(path: string, id: string): void;
	/** Checks editor text: formatting, links and {figure-id} tokens. */
	text(path: string, text: string): void;
	/** Reports every id used twice in a list. */
	uniqueIds(listPath: string, items: { id: string }[]): void;
	/** Reports any other problem. */
	problem(path: string, expected: string, found: string): void;
}

export interface ChartConfig<Section extends { title: string; states: { id: string }[] } = { title: string; states: { id: string }[] }> {
	/** The shape of the chart's section of charts.json. */
	schema: z.ZodType<Section>;
	/** Checks what the section refers to in the other files (state ids are checked for every chart). */
	references(section: Section, check: ReferenceChecks): void;
}
