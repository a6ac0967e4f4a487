// The one permission check of every app: `can(actor, action, resource)`. It is pure — no database,
// no clock, no request — so the loader of each route fetches the actor's roles and the resource's
// owning ids, then asks. Least privilege throughout: anything no rule below grants is refused,
// including resource types or actions this file does not know (untyped data from a form or a URL).

/** The two public sites, as in `site_editors.site_id`. */
export type SiteId = 'wsm' | 'fos';

/**
 * What an actor may want to do. Not every action applies to every resource; where a rule does not
 * mention one, it is refused.
 * - `view`: read it (a list of it, one of it, its contents).
 * - `create`: add one (a thread in a group, an entry on a site, a file in a scope…).
 * - `update`: change one (edit a post, publish an entry, upload a new version of a file…).
 * - `delete`: remove one.
 * - `manage`: the administrative verbs — invite/remove/assign (members, roles), export and erase
 *   (inbox, subscribers, audit log), moderate (lock/move threads), everything in one's own account
 *   (sessions, 2FA).
 * - `rsvp`: answer an invitation to a meeting; applies to meetings only.
 */
export const actions = ['view', 'create', 'update', 'delete', 'manage', 'rsvp'] as const;
export type Action = (typeof actions)[number];

/** A signed-in user, with the roles the loader read from `users`, `memberships`, `working_group_members` and `site_editors`. */
export interface SignedInActor {
	id: string;
	/** `users.disabled_at` is set: such an actor may do nothing at all. */
	disabled: boolean;
	/** `users.is_platform_admin`. */
	platformAdmin: boolean;
	/** `users.is_intranet_admin`. */
	intranetAdmin: boolean;
	memberships: Array<{ organisationId: string; role: 'member' | 'admin' }>;
	/** Ids of the working groups the user belongs to (any role). */
	workingGroups: string[];
	/** Ids of the working groups the user coordinates: they decide who joins a closed one. */
	coordinatorOf: string[];
	/** The sites the user edits. */
	editorOf: SiteId[];
	/** The sites whose texts the user reviews before they are published (`site_reviewers`). */
	reviewerOf: SiteId[];
}

/** `null` is the anonymous visitor, who may do nothing behind `can` (public pages do not ask). */
export type Actor = SignedInActor | null;

/**
 * Who may see a file: `files.scope` 'platform' is `all-members`, 'organisation' carries
 * `files.organisation_id`, 'group' carries `files.group_id`.
 */
export type FileScope =
	| { kind: 'all-members' }
	| { kind: 'organisation'; organisationId: string }
	| { kind: 'working-group'; workingGroupId: string };

/**
 * The staff organisations by site: which organisation is WSM and which FOS. Their members and
 * their sites' editors are the intranet's staff; the loader reads the ids (`staffOrganisations`).
 */
export type StaffOrganisations = Record<SiteId, string>;

/** Who a staff item is for: the staff of both organisations, or of one (its id). */
export type StaffAudience = { kind: 'all-staff' } | { kind: 'organisation'; organisationId: string };

/**
 * What the actor acts on, with just the owning ids the rules need. Author and uploader ids are
 * `null` when the user who wrote them was deleted (`created_by`/`author_id` set null).
 */
export type Resource =
	/** An organisation (partner union or NGO): its profile. */
	| { type: 'organisation'; id: string }
	/** The memberships of an organisation: inviting, removing members, changing their role. */
	| { type: 'membership'; organisationId: string }
	| { type: 'working-group'; id: string }
	| { type: 'thread'; workingGroupId: string; authorId: string | null }
	/** A post; the loader takes `workingGroupId` from the post's thread. */
	| { type: 'post'; workingGroupId: string; authorId: string | null }
	| { type: 'file'; scope: FileScope; uploadedBy: string | null }
	/** A `platform_events` row; `workingGroupId` null is a meeting of the whole platform. */
	| { type: 'meeting'; workingGroupId: string | null }
	/** Content of a public site (`entries` and their translations), drafts included. */
	| { type: 'site-entry'; siteId: SiteId }
	/**
	 * Putting a site's text online (publish, schedule): `update`. When the site requires review
	 * (`sites.require_review`), that is its reviewers' alone.
	 */
	| { type: 'site-publishing'; siteId: SiteId; requireReview: boolean }
	/** The site's reviews: its queue (`view`), a submission (`create`), a reviewer's steps (`update`). */
	| { type: 'site-review'; siteId: SiteId }
	/** A site's settings, such as whether it requires review. */
	| { type: 'site-settings'; siteId: SiteId }
	/** The site's contact messages. */
	| { type: 'inbox'; siteId: SiteId }
	/** The site's newsletter subscriptions. */
	| { type: 'subscribers'; siteId: SiteId }
	/** Administration of intranet staff accounts. */
	| { type: 'staff' }
	/** Administration of platform user accounts. */
	| { type: 'platform-user' }
	| { type: 'audit-log' }
	/** A user's own settings, sessions and 2FA. */
	| { type: 'own-account'; userId: string }
	/** An internal announcement on the intranet. */
	| { type: 'announcement'; audience: StaffAudience; staffOrganisations: StaffOrganisations }
	/** An item of the intranet's internal agenda. */
	| { type: 'staff-event'; audience: StaffAudience; staffOrganisations: StaffOrganisations }
	/** A document of the intranet's library (with its versions). */
	| {
			type: 'staff-document';
			audience: StaffAudience;
			staffOrganisations: StaffOrganisations;
			uploadedBy: string | null;
	  };

const belongsToOrganisation = (actor: SignedInActor, organisationId: string): boolean =>
	actor.memberships.some((m) => m.organisationId === organisationId);

const adminsOrganisation = (actor: SignedInActor, organisationId: string): boolean =>
	actor.memberships.some((m) => m.organisationId === organisationId && m.role === 'admin');

const inGroup = (actor: SignedInActor, workingGroupId: string): boolean =>
	actor.workingGroups.includes(workingGroupId);

/** A member of the platform: someone who belongs to at least one organisation (staff do not). */
const isPlatformMember = (actor: SignedInActor): boolean => actor.memberships.length > 0;

const edits = (actor: SignedInActor, siteId: SiteId): boolean => actor.editorOf.includes(siteId);

const reviews = (actor: SignedInActor, siteId: SiteId): boolean => actor.reviewerOf.includes(siteId);

/**
 * Whether the actor is staff that a staff item is for: someone who works for its organisation
 * (a member of it, an editor of its site) or, for all staff, for either; intranet admins always.
 */
function inAudience(
	actor: SignedInActor,
	audience: StaffAudience,
	organisations: StaffOrganisations
): boolean {
	if (actor.intranetAdmin) return true;
	const worksFor = (site: SiteId) =>
		belongsToOrganisation(actor, organisations[site]) || edits(actor, site) || reviews(actor, site);
	const sites = Object.keys(organisations) as SiteId[];
	return audience.kind === 'all-staff'
		? sites.some(worksFor)
		: sites.some((site) => organisations[site] === audience.organisationId && worksFor(site));
}

/** Who may see a file of this scope (besides platform admins). */
function seesScope(actor: SignedInActor, scope: FileScope): boolean {
	switch (scope.kind) {
		case 'all-members':
			return isPlatformMember(actor);
		case 'organisation':
			return belongsToOrganisation(actor, scope.organisationId);
		case 'working-group':
			return inGroup(actor, scope.workingGroupId);
		default:
			return false;
	}
}

/**
 * Who may add a file to this scope (besides platform admins): the members of a working group to
 * their group's space, an organisation's admins to their organisation's space; files for all
 * members come from platform admins only.
 */
function contributesToScope(actor: SignedInActor, scope: FileScope): boolean {
	switch (scope.kind) {
		case 'working-group':
			return inGroup(actor, scope.workingGroupId);
		case 'organisation':
			return adminsOrganisation(actor, scope.organisationId);
		default:
			return false;
	}
}

/**
 * Whether `actor` may do `action` on `resource`. The rules, in order:
 *
 * 1. Anonymous visitors and disabled users may do nothing.
 * 2. `rsvp` applies to meetings only.
 * 3. Platform side (organisations, memberships, working groups, threads, posts, files, meetings,
 *    platform users): platform admins may do everything. Audit log: platform and intranet admins
 *    view it, platform admins export it (`manage`); nobody creates, updates or deletes entries.
 * 4. Organisations: their members (any role) view their own organisation.
 * 5. Memberships: an organisation's admins manage (view/create/update/delete/manage) the
 *    memberships of their own organisation only.
 * 6. Working groups: their members view them.
 * 7. Threads and posts: a group's members view them and create them in that group; they update and
 *    delete only their own, while still in the group. Moderation (`manage`) is the platform admins'.
 * 8. Files: all-members files are seen by anyone with an organisation membership, organisation
 *    files by that organisation's members, group files by that group's members. Group members add
 *    files to their group, organisation admins to their organisation; uploaders update and delete
 *    their own files while they may still add to that scope.
 * 9. Meetings: a group's members (or, for platform-wide meetings, all members) view them and RSVP;
 *    only platform admins schedule, change or cancel them.
 * 10. Site entries: a site's editors view, create, update and delete entries of that site only (an
 *    editor of FOS sees nothing of WSM, and the reverse). Inbox and subscribers: a site's editors
 *    view them and export/erase them (`manage`). No other role — not platform nor intranet admin —
 *    touches site content unless also an editor of that site. A site's reviewers view its entries
 *    too. Publishing (`site-publishing`): its editors, unless the site requires review; its
 *    reviewers always. Reviews (`site-review`): editors and reviewers of the site view the queue,
 *    editors submit (`create`), reviewers comment, send back and approve (`update`). A site's
 *    settings: intranet admins.
 * 11. Staff: intranet admins do everything. Platform admins do not.
 * 13. The intranet's announcements and agenda: the staff they are for (WSM's, FOS's or both's —
 *    members of the organisation or editors of its site) view them; intranet admins do everything.
 *    Staff documents: the staff they are for view them and add documents there; the uploader
 *    updates and deletes their own while still in that audience; intranet admins do everything.
 *    Platform admins have no rights here as such (WSM staff among them have their staff's).
 * 12. Own account: every signed-in user views, updates and manages (sessions, 2FA) their own
 *    account, and no one else's (admins use `staff`/`platform-user`). Deleting an account is not
 *    self-service.
 */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
	// 1. Nothing for anonymous visitors or disabled users, whatever their roles.
	if (actor === null || actor.disabled !== false) return false;
	if (!(actions as readonly string[]).includes(action)) return false;
	// 2. Meetings are the only thing one answers.
	if (action === 'rsvp' && resource.type !== 'meeting') return false;

	switch (resource.type) {
		// 3–4. Organisation profiles.
		case 'organisation':
			if (actor.platformAdmin) return true;
			return action === 'view' && belongsToOrganisation(actor, resource.id);

		// 3, 5. Members of an organisation: its own admins, nobody else's.
		case 'membership':
			return actor.platformAdmin || adminsOrganisation(actor, resource.organisationId);

		// 3, 6.
		case 'working-group':
			if (actor.platformAdmin) return true;
			if (action === 'view') return inGroup(actor, resource.id);
			// Approving or declining requests to join: the group's coordinators.
			return action === 'manage' && actor.coordinatorOf.includes(resource.id);

		// 3, 7.
		case 'thread':
		case 'post': {
			if (actor.platformAdmin) return true;
			if (!inGroup(actor, resource.workingGroupId)) return false;
			if (action === 'view' || action === 'create') return true;
			if (action === 'update' || action === 'delete') return resource.authorId === actor.id;
			return false;
		}

		// 3, 8.
		case 'file': {
			if (actor.platformAdmin) return true;
			if (action === 'view') return seesScope(actor, resource.scope);
			if (action === 'create') return contributesToScope(actor, resource.scope);
			if (action === 'update' || action === 'delete')
				return resource.uploadedBy === actor.id && contributesToScope(actor, resource.scope);
			return false;
		}

		// 3, 9.
		case 'meeting': {
			if (actor.platformAdmin) return true;
			if (action !== 'view' && action !== 'rsvp') return false;
			return resource.workingGroupId === null
				? isPlatformMember(actor)
				: inGroup(actor, resource.workingGroupId);
		}

		// 3. Platform user administration.
		case 'platform-user':
			return actor.platformAdmin;

		// 3. The audit log is append-only: written by the system, never through `can`.
		case 'audit-log':
			if (action === 'view') return actor.platformAdmin || actor.intranetAdmin;
			if (action === 'manage') return actor.platformAdmin;
			return false;

		// 10. Site content: editors of that very site, whatever else the actor is.
		case 'site-entry':
			if (action === 'view' && reviews(actor, resource.siteId)) return true;
			return action !== 'manage' && edits(actor, resource.siteId);

		case 'site-publishing':
			if (action !== 'update') return false;
			return reviews(actor, resource.siteId) || (!resource.requireReview && edits(actor, resource.siteId));

		case 'site-review':
			if (action === 'view') return edits(actor, resource.siteId) || reviews(actor, resource.siteId);
			if (action === 'create') return edits(actor, resource.siteId);
			return action === 'update' && reviews(actor, resource.siteId);

		case 'site-settings':
			return (action === 'view' || action === 'manage') && actor.intranetAdmin;

		case 'inbox':
		case 'subscribers':
			return (action === 'view' || action === 'manage') && edits(actor, resource.siteId);

		// 11.
		case 'staff':
			return actor.intranetAdmin;

		// 13.
		case 'announcement':
		case 'staff-event':
			if (actor.intranetAdmin) return true;
			return action === 'view' && inAudience(actor, resource.audience, resource.staffOrganisations);

		case 'staff-document': {
			if (actor.intranetAdmin) return true;
			if (!inAudience(actor, resource.audience, resource.staffOrganisations)) return false;
			if (action === 'view' || action === 'create') return true;
			if (action === 'update' || action === 'delete') return resource.uploadedBy === actor.id;
			return false;
		}

		// 12.
		case 'own-account':
			return (
				(action === 'view' || action === 'update' || action === 'manage') && resource.userId === actor.id
			);

		default:
			// A resource type this file does not know: refuse.
			return false;
	}
}
