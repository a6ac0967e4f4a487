import { authorize, refuse, type SignedInActor } from '@solidair/auth';
import {
	createInvitation,
	pendingInvitations,
	removeMember,
	revokeInvitation
} from '@solidair/auth/invitations';
import { isUuid } from '@solidair/db';
import { enqueueMail } from '@solidair/db/forms';
import { formatDateTime } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { mailLink } from '@solidair/account/server';
import { database, formValues, parseForm } from '@solidair/app-kit/server';
import { inviteSchema } from '@solidair/db/input';
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';

// An organisation's admins (and platform admins) manage its members: invite, withdraw, remove.
// Anyone else — or an admin posting another organisation's ids — gets a 404, and the attempt is
// logged, whatever the ids: whether an organisation or member exists is not told.

interface InviteFailure {
	organisationId: string;
	values: Record<string, string>;
	errors: Partial<Record<'email' | 'role', string>>;
}
const inviteFailure = (invite: InviteFailure) => fail(400, { invite });

/** The organisations the actor manages the members of, by name. */
async function managedOrganisations(actor: SignedInActor) {
	const db = database();
	let query = db.selectFrom('organisations').select(['id', 'name']).orderBy('name');
	if (!actor.platformAdmin) {
		const ids = actor.memberships
			.filter((membership) => membership.role === 'admin')
			.map((membership) => membership.organisationId);
		if (ids.length === 0) return [];
		query = query.where('id', 'in', ids);
	}
	return query.execute();
}

/** The organisation id posted, when the actor manages its members; otherwise a logged 404. */
async function managedId(event: RequestEvent, actor: SignedInActor, posted: string) {
	const target = { type: 'organisation', id: posted };
	if (!isUuid(posted)) return refuse(event, actor, 'manage', target);
	await authorize(event, actor, 'manage', { type: 'membership', organisationId: posted }, target);
	return posted;
}

export const load = async (event) => {
	const { actor } = await requireMember(event);
	const organisations = await managedOrganisations(actor);
	if (organisations.length === 0) await refuse(event, actor, 'manage', { type: 'membership' });
	const db = database();
	const locale = event.params.lang;
	const done = event.url.searchParams.get('done');
	const who = (event.url.searchParams.get('who') ?? '').slice(0, 254);
	return {
		notice:
			done === 'invited'
				? m.organisation_invited({ email: who }, { locale })
				: done === 'removed'
					? m.organisation_removed({ name: who }, { locale })
					: done === 'revoked'
						? m.organisation_revoked({}, { locale })
						: null,
		organisations: await Promise.all(
			organisations.map(async (organisation) => {
				const [members, invitations] = await Promise.all([
					db
						.selectFrom('memberships as ms')
						.innerJoin('users as u', 'u.id', 'ms.user_id')
						.select(['u.id', 'u.display_name', 'u.email', 'ms.role'])
						.where('ms.organisation_id', '=', organisation.id)
						.orderBy('u.display_name')
						.orderBy('u.id')
						.execute(),
					pendingInvitations(db, organisation.id)
				]);
				return {
					id: organisation.id,
					name: organisation.name,
					members: members.map((member) => ({
						id: member.id,
						name: member.display_name,
						email: member.email,
						role: member.role
					})),
					invitations: invitations.map((invitation) => ({
						id: invitation.id,
						email: invitation.email,
						role: invitation.role,
						expires: formatDateTime(invitation.expiresAt, locale, { style: 'medium' })
					}))
				};
			})
		)
	};
};

export const actions = {
	invite: async (event) => {
		const { user, actor } = await requireMember(event);
		const locale = event.params.lang;
		const data = await event.request.formData();
		const values = formValues(data, ['organisation', 'email', 'role']);
		const organisationId = await managedId(event, actor, values.organisation ?? '');
		const parsed = parseForm(inviteSchema, values, locale);
		if (!parsed.ok) return inviteFailure({ organisationId, ...parsed.failure.data });
		const db = database();
		const { name: organisationName } = await db
			.selectFrom('organisations')
			.select('name')
			.where('id', '=', organisationId)
			.executeTakeFirstOrThrow()
			.catch(() => error(404, 'Not found'));
		// createInvitation runs its own transaction, so the mail is queued just after it. Should that
		// fail, the admin sees an error and invites again: the new invitation replaces this one.
		const invitation = await createInvitation(db, {
			organisationId,
			email: parsed.data.email,
			role: parsed.data.role,
			invitedBy: user.id,
			ip: event.getClientAddress()
		});
		if (invitation.ok) {
			// The token in the query string, never the path: request logs leave query strings out.
			const link = mailLink(event.url, `/${locale}/invitation?token=${invitation.token}`);
			await enqueueMail(db, {
				kind: 'invitation',
				to: parsed.data.email,
				subject: m.invite_mail_subject({}, { locale }),
				text: m.invite_mail_text(
					{ inviter: user.displayName, organisation: organisationName, link },
					{ locale }
				)
			});
		}
		const sent = invitation.ok ? 'ok' : invitation.reason;
		if (sent === 'forbidden')
			return refuse(event, actor, 'manage', { type: 'organisation', id: organisationId });
		if (sent !== 'ok') {
			const message =
				sent === 'already_member'
					? m.organisation_already_member({}, { locale })
					: m.field_email({}, { locale });
			return inviteFailure({ organisationId, values, errors: { email: message } });
		}
		redirect(303, `/${locale}/organisation?done=invited&who=${encodeURIComponent(parsed.data.email)}`);
	},

	remove: async (event) => {
		const { user, actor } = await requireMember(event);
		const values = formValues(await event.request.formData(), ['organisation', 'user']);
		const organisationId = await managedId(event, actor, values.organisation ?? '');
		const userId = values.user ?? '';
		if (!isUuid(userId)) return refuse(event, actor, 'manage', { type: 'user', id: userId });
		const db = database();
		const member = await db
			.selectFrom('users')
			.select('display_name')
			.where('id', '=', userId)
			.executeTakeFirst();
		const result = await removeMember(db, {
			organisationId,
			userId,
			by: user.id,
			ip: event.getClientAddress()
		});
		if (!result.ok) return refuse(event, actor, 'manage', { type: 'user', id: userId });
		redirect(
			303,
			`/${event.params.lang}/organisation?done=removed&who=${encodeURIComponent(member?.display_name ?? '')}`
		);
	},

	revoke: async (event) => {
		const { user, actor } = await requireMember(event);
		const { invitation = '' } = formValues(await event.request.formData(), ['invitation']);
		if (!isUuid(invitation)) return refuse(event, actor, 'manage', { type: 'invitation', id: invitation });
		const result = await revokeInvitation(database(), {
			invitationId: invitation,
			by: user.id,
			ip: event.getClientAddress()
		});
		if (result !== 'ok') return refuse(event, actor, 'manage', { type: 'invitation', id: invitation });
		redirect(303, `/${event.params.lang}/organisation?done=revoked`);
	}
};
