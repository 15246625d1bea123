import type { HandleClientError } from '@sveltejs/kit';

/** A mistyped address is an expected 404 page, not an error worth the console; anything else is logged. */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};
