// Which accounts an admin may see or change: staff accounts are the intranet admins' (`staff`),
// platform users the platform admins' (`platform-user`); an account of both kinds needs both.
import { can, type Action, type SignedInActor } from '@solidair/auth';
import type { AccountScope } from '@solidair/db/staff-admin';

export function accountScope(actor: SignedInActor, action: Action): AccountScope {
	return {
		staff: can(actor, action, { type: 'staff' }),
		platform: can(actor, action, { type: 'platform-user' })
	};
}

/** Whether an account of these kinds lies within the scope. */
export function inScope(scope: AccountScope, account: { staff: boolean; platformUser: boolean }): boolean {
	return (!account.staff || scope.staff) && (!account.platformUser || scope.platform);
}
