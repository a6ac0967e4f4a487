import { groupsOf, organisationsOf } from '@solidair/db';
import { database } from '@solidair/site-kit/server';
import { redirect } from '@sveltejs/kit';

// The members' area: only for someone signed in; the rest go to the login page.
export const load = async ({ locals, params }) => {
	if (!locals.user) redirect(303, `/${params.lang}/login`);
	const db = database();
	const [organisations, groups] = await Promise.all([
		organisationsOf(db, locals.user.id),
		groupsOf(db, locals.user.id)
	]);
	return { name: locals.user.displayName, organisations, groups };
};
