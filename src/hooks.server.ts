import type { HandleServerError } from '@sveltejs/kit';
import { DataValidationError } from '$lib/server/data/validate';

/**
 * Problems in the editors' data are meant to be read: show their list on the error page
 * (only `npm run dev` and the build ever run this; the published site is static files).
 */
export const handleError: HandleServerError = ({ error, event }) => {
	if (error instanceof DataValidationError) return { message: error.message };
	console.error(`Error while rendering ${event.url.pathname}:`, error);
	return { message: 'Internal Error' };
};
