/** The dev server's message to the page carrying the data's warnings (an array of lines). */
export const WARNINGS_EVENT = 'editors-data:warnings';
