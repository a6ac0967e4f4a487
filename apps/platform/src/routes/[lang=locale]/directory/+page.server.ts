import { platformDirectory } from '@solidair/db/people';
import { database } from '@solidair/app-kit/server';
import { requireMember } from '#lib/guard.ts';

// The organisation directory: who is in the platform, for its members only.
export const load = async (event) => {
	await requireMember(event);
	return { organisations: await platformDirectory(database()) };
};
