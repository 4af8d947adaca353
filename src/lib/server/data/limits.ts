/**
 * Thresholds of the data warnings (warnings.ts). Each chart's own limits, which refuse data,
 * live in its folder (the workers chart's in `charts/workers/limits.ts`).
 */

/**
 * The longest step text, in characters as the reader sees it, that still reads beside its
 * chart: on a 360 px phone a card this long covers about half the screen (a 5,000-character
 * step made a card 3,265 px tall). Longer text is a warning: split it into two steps.
 */
export const STEP_TEXT_MAX_CHARS = 450;

/** Numbers below this are not compared with figures: house style spells them, and small digits are everywhere. */
export const HAND_TYPED_MIN = 10;
