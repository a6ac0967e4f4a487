import { groupsOf, organisationsOf } from '@solidair/db';
import { database } from '@solidair/site-kit/server';
import { requireMember } from '#lib/guard.ts';

export const load = async (event) => {
	const { user } = await requireMember(event);
	const db = database();
	const [organisations, groups] = await Promise.all([organisationsOf(db, user.id), groupsOf(db, user.id)]);
	return { name: user.displayName, organisations, groups };
};
