/**
 * How many marks the workers chart can draw. Data beyond this is refused with the limit
 * named (config.server.ts), rather than built into a page that freezes a reader's phone.
 *
 * At 500,000 the smallest mark (half a CSS pixel) still fits a 300 px wide phone, and
 * `npm run bench` measured smooth animation at that count; 50,000,000 took 2.2 GB.
 */
export const MAX_WORKERS_MARKS = 500_000;
