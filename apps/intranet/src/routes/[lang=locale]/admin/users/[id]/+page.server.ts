import {
	audit,
	authorize,
	can,
	invalidateUserSessions,
	refuse,
	type AuditAction,
	type AuditDetails
} from '@solidair/auth';
import { isUuid } from '@solidair/db';
import {
	adminUser,
	setIntranetAdmin,
	setSiteEditor,
	setSiteReviewer,
	setUserDisabled
} from '@solidair/db/staff-admin';
import * as m from '@solidair/i18n/messages';
import { database, formValues } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { publicSites, type StaffEvent } from '#lib/server/access.ts';
import { accountScope, inScope } from '#lib/server/accounts.ts';

type UserEvent = StaffEvent<{ id: string }>;
type Db = ReturnType<typeof database>;
/** What a change did, for the audit log; null when nothing changed (it already was so). */
type Changed = { action: AuditAction; details?: AuditDetails } | null;

/** The account of the URL, when the admin may `action` it; otherwise a 404 (logged when refused). */
async function account(event: UserEvent, action: 'view' | 'manage') {
	const { user, actor } = await requireStaff(event);
	const target = isUuid(event.params.id) ? await adminUser(database(), event.params.id) : undefined;
	if (!target) error(404, 'Not found');
	if (!inScope(accountScope(actor, action), target))
		await refuse(event, actor, action, { type: 'user', id: target.id });
	return { user, actor, target };
}

export const load = async (event) => {
	const { actor, target } = await account(event, 'view');
	const manage = inScope(accountScope(actor, 'manage'), target);
	const locale = event.locals.locale;
	const notices: Record<string, string> = {
		disabled: m.users_disabled_notice({}, { locale }),
		enabled: m.users_enabled_notice({}, { locale }),
		roles: m.users_roles_notice({}, { locale })
	};
	return {
		account: target,
		manage,
		// Site editors, site reviewers and intranet admins are staff roles: the intranet admins' to give.
		roles: manage && can(actor, 'manage', { type: 'staff' }),
		self: target.id === actor.id,
		sites: publicSites,
		notice: notices[event.url.searchParams.get('done') ?? ''] ?? null
	};
};

/** A posted flag: '1' or '0'; anything else is undefined. */
const flag = (value: string | undefined) => (value === '1' ? true : value === '0' ? false : undefined);

/** A refused post: the page again, with a message in the admin's language. */
const refused = (text: string) => fail(400, { formError: text });

/**
 * Makes the change and writes its audit row in one transaction, then goes back to the account — or
 * to the list, when the change took the account out of the admin's reach (no role left).
 */
async function change(
	event: UserEvent,
	{ user, actor, target }: Awaited<ReturnType<typeof account>>,
	apply: (tx: Db) => Promise<Changed>,
	done: string
): Promise<never> {
	await database()
		.transaction()
		.execute(async (tx) => {
			const changed = await apply(tx);
			if (!changed) return;
			await audit(tx, {
				...changed,
				actorId: user.id,
				targetType: 'user',
				targetId: target.id,
				ip: event.getClientAddress()
			});
		});
	const after = await adminUser(database(), target.id);
	const list = `/${event.params.lang}/admin/users`;
	redirect(
		303,
		after && inScope(accountScope(actor, 'view'), after) ? `${list}/${target.id}?done=${done}` : list
	);
}

/** The per-site roles and how each is stored. */
const siteRoles = { site_editor: setSiteEditor, site_reviewer: setSiteReviewer };

/** Grants or revokes a per-site role (editor, reviewer): the site and `grant` posted, audited. */
async function siteRole(event: UserEvent & { request: Request }, role: keyof typeof siteRoles) {
	const found = await account(event, 'manage');
	const locale = event.locals.locale;
	const values = formValues(await event.request.formData(), ['site', 'grant']);
	const site = publicSites.find((candidate) => candidate === values.site);
	const grant = flag(values.grant);
	if (!site || grant === undefined) return refused(m.form_invalid({}, { locale }));
	await authorize(event, found.actor, 'manage', { type: 'staff' }, { type: 'user', id: found.target.id });
	return change(
		event,
		found,
		async (tx) =>
			(await siteRoles[role](tx, found.target.id, site, grant))
				? { action: grant ? 'role.granted' : 'role.revoked', details: { role, site } }
				: null,
		'roles'
	);
}

export const actions = {
	status: async (event) => {
		const found = await account(event, 'manage');
		const locale = event.locals.locale;
		const disable = flag(formValues(await event.request.formData(), ['disable']).disable);
		if (disable === undefined) return refused(m.form_invalid({}, { locale }));
		// Locking oneself out is never what was meant.
		if (disable && found.target.id === found.actor.id) return refused(m.users_not_yourself({}, { locale }));
		return change(
			event,
			found,
			async (tx) => {
				if (!(await setUserDisabled(tx, found.target.id, disable))) return null;
				// A disabled account's sessions end now, not at their next request.
				if (disable) await invalidateUserSessions(tx, found.target.id);
				return { action: disable ? 'user.disabled' : 'user.enabled' };
			},
			disable ? 'disabled' : 'enabled'
		);
	},

	editor: (event) => siteRole(event, 'site_editor'),

	reviewer: (event) => siteRole(event, 'site_reviewer'),

	admin: async (event) => {
		const found = await account(event, 'manage');
		const locale = event.locals.locale;
		const grant = flag(formValues(await event.request.formData(), ['grant']).grant);
		if (grant === undefined) return refused(m.form_invalid({}, { locale }));
		await authorize(event, found.actor, 'manage', { type: 'staff' }, { type: 'user', id: found.target.id });
		// Nobody demotes themselves: the last word on admins stays with another admin.
		if (!grant && found.target.id === found.actor.id) return refused(m.users_not_yourself({}, { locale }));
		return change(
			event,
			found,
			async (tx) =>
				(await setIntranetAdmin(tx, found.target.id, grant))
					? { action: grant ? 'role.granted' : 'role.revoked', details: { role: 'intranet_admin' } }
					: null,
			'roles'
		);
	}
};
