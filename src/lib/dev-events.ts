/** The dev server's message to the page carrying the data's warnings (an array of lines). */
export const WARNINGS_EVENT = 'editors-data:warnings';
/** The page's request for the current warnings, once its panel is listening. */
export const WARNINGS_REQUEST = 'editors-data:warnings-request';
