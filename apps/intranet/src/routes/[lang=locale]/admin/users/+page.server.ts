import { refuse } from '@solidair/auth';
import { adminUsers } from '@solidair/db/staff-admin';
import { database } from '@solidair/app-kit/server';
import { requireStaff } from '#lib/guard.ts';
import { offsetOf, pageCountOf, pageParam, pageSize, textParam } from '#lib/server/access.ts';
import { accountScope } from '#lib/server/accounts.ts';

// The accounts an admin may administer, found by name or e-mail address.
export const load = async (event) => {
	const { actor } = await requireStaff(event);
	const scope = accountScope(actor, 'view');
	if (!scope.staff && !scope.platform) await refuse(event, actor, 'view', { type: 'staff' });
	const q = textParam(event.url, 'q');
	const page = pageParam(event.url);
	const { total, users } = await adminUsers(
		database(),
		{ search: q, scope },
		{ limit: pageSize, offset: offsetOf(page) }
	);
	return { q, users, total, page, pageCount: pageCountOf(total) };
};
