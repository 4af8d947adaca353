/**
 * What the charts can draw. Data beyond these limits is refused with the limit named, rather
 * than built into a page that freezes a reader's phone. (The workers chart module can own its
 * limit once charts are modules; this is its one definition until then.)
 */

/**
 * The most marks one state of the workers chart may draw, one per person, all groups
 * together. At 500,000 the smallest mark (half a CSS pixel) still fits a 300 px wide phone,
 * and `npm run bench` measured smooth animation at that count; 50,000,000 took 2.2 GB.
 */
export const MAX_WORKERS_MARKS = 500_000;

/**
 * The longest step text, in characters as the reader sees it, that still reads beside its
 * chart: on a 360 px phone a card this long covers about half the screen (a 5,000-character
 * step made a card 3,265 px tall). Longer text is a warning: split it into two steps.
 */
export const STEP_TEXT_MAX_CHARS = 450;

/** Numbers below this are not compared with figures: house style spells them, and small digits are everywhere. */
export const HAND_TYPED_MIN = 10;
