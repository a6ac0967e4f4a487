import { staffDirectoryOptions } from '@solidair/db/people';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';

// The search's choices (teams, languages, countries staff have), here rather than in the page's
// load so that the error page of a refused search (400) can show the form again with them.
export const load = async (event) => {
	await requireStaff(event);
	return { directoryOptions: await staffDirectoryOptions(database()) };
};
