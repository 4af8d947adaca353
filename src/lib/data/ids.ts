/**
 * Names shared by the schema and the browser code. Kept apart from `schema.ts` so that
 * browser code can use them without bundling the schema library.
 */
export const chartIds = ['workers', 'shifts', 'exchange'] as const;
export type ChartId = (typeof chartIds)[number];
