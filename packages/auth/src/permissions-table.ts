// The expectation table of `can` (permissions.test.ts, permissions-rules.test.ts): named actors,
// named resources, and per row who may do what. Whatever a row does not list is refused.
import type { Action, Actor, Resource, SignedInActor } from './permissions.ts';

export const ORG_A = 'org-a';
export const ORG_B = 'org-b';
export const WG_1 = 'wg-1';
export const WG_2 = 'wg-2';
// The staff organisations: also members of the platform, like any partner organisation.
export const ORG_WSM = 'org-wsm';
export const ORG_FOS = 'org-fos';
export const staffOrganisations = { wsm: ORG_WSM, fos: ORG_FOS };

export const user = (id: string, roles: Partial<SignedInActor> = {}): SignedInActor => ({
	id,
	disabled: false,
	platformAdmin: false,
	intranetAdmin: false,
	memberships: [],
	workingGroups: [],
	coordinatorOf: [],
	editorOf: [],
	reviewerOf: [],
	...roles
});

export const actors = {
	anonymous: null,
	// Every role there is, and disabled: must still be refused everything.
	disabledPlatformAdmin: user('u-disabled', {
		disabled: true,
		platformAdmin: true,
		intranetAdmin: true,
		memberships: [{ organisationId: ORG_A, role: 'admin' }],
		workingGroups: [WG_1],
		editorOf: ['wsm', 'fos'],
		reviewerOf: ['wsm', 'fos']
	}),
	platformAdmin: user('u-platform-admin', { platformAdmin: true }),
	orgAAdmin: user('u-a-admin', { memberships: [{ organisationId: ORG_A, role: 'admin' }] }),
	orgAMemberWg1: user('u-a-member', {
		memberships: [{ organisationId: ORG_A, role: 'member' }],
		workingGroups: [WG_1]
	}),
	orgBMemberWg2: user('u-b-member', {
		memberships: [{ organisationId: ORG_B, role: 'member' }],
		workingGroups: [WG_2]
	}),
	wsmMember: user('u-wsm-member', { memberships: [{ organisationId: ORG_WSM, role: 'member' }] }),
	fosMember: user('u-fos-member', { memberships: [{ organisationId: ORG_FOS, role: 'member' }] }),
	wsmEditor: user('u-wsm', { editorOf: ['wsm'] }),
	wsmReviewer: user('u-wsm-reviewer', { reviewerOf: ['wsm'] }),
	fosEditor: user('u-fos', { editorOf: ['fos'] }),
	intranetAdmin: user('u-intranet-admin', { intranetAdmin: true }),
	wsmEditorIntranetAdmin: user('u-wsm-intranet-admin', { intranetAdmin: true, editorOf: ['wsm'] })
} satisfies Record<string, Actor>;

export type ActorName = keyof typeof actors;
export const actorNames = Object.keys(actors) as ActorName[];

// Shorthands for the table.
const ADMIN: readonly Action[] = ['view', 'create', 'update', 'delete', 'manage'];
const CRUD: readonly Action[] = ['view', 'create', 'update', 'delete'];
const VIEW: readonly Action[] = ['view'];
const VIEW_CREATE: readonly Action[] = ['view', 'create'];
const UPDATE: readonly Action[] = ['update'];
const ATTEND: readonly Action[] = ['view', 'rsvp'];
const EXPORT: readonly Action[] = ['view', 'manage'];
const SELF: readonly Action[] = ['view', 'update', 'manage'];

interface Row {
	resource: Resource;
	/** Which actors may do which actions; every other (actor, action) pair must be refused. */
	allow: Partial<Record<ActorName, readonly Action[]>>;
}

const table = {
	// Organisations and their memberships.
	'organisation A': {
		resource: { type: 'organisation', id: ORG_A },
		allow: { platformAdmin: ADMIN, orgAAdmin: VIEW, orgAMemberWg1: VIEW }
	},
	'organisation B': {
		resource: { type: 'organisation', id: ORG_B },
		allow: { platformAdmin: ADMIN, orgBMemberWg2: VIEW }
	},
	'memberships of A': {
		resource: { type: 'membership', organisationId: ORG_A },
		allow: { platformAdmin: ADMIN, orgAAdmin: ADMIN }
	},
	'memberships of B': {
		resource: { type: 'membership', organisationId: ORG_B },
		allow: { platformAdmin: ADMIN }
	},

	// Working groups, their threads and posts.
	'working group 1': {
		resource: { type: 'working-group', id: WG_1 },
		allow: { platformAdmin: ADMIN, orgAMemberWg1: VIEW }
	},
	'working group 2': {
		resource: { type: 'working-group', id: WG_2 },
		allow: { platformAdmin: ADMIN, orgBMemberWg2: VIEW }
	},
	'thread in WG-1 by the A member': {
		resource: { type: 'thread', workingGroupId: WG_1, authorId: 'u-a-member' },
		allow: { platformAdmin: ADMIN, orgAMemberWg1: CRUD }
	},
	'thread in WG-1 by someone else': {
		resource: { type: 'thread', workingGroupId: WG_1, authorId: 'u-someone' },
		allow: { platformAdmin: ADMIN, orgAMemberWg1: VIEW_CREATE }
	},
	'thread in WG-1 by a deleted user': {
		resource: { type: 'thread', workingGroupId: WG_1, authorId: null },
		allow: { platformAdmin: ADMIN, orgAMemberWg1: VIEW_CREATE }
	},
	// Written by the A member when they were still in WG-2: no longer theirs to edit.
	'thread in WG-2 by the A member': {
		resource: { type: 'thread', workingGroupId: WG_2, authorId: 'u-a-member' },
		allow: { platformAdmin: ADMIN, orgBMemberWg2: VIEW_CREATE }
	},
	'post in WG-1 by the A member': {
		resource: { type: 'post', workingGroupId: WG_1, authorId: 'u-a-member' },
		allow: { platformAdmin: ADMIN, orgAMemberWg1: CRUD }
	},
	'post in WG-1 by someone else': {
		resource: { type: 'post', workingGroupId: WG_1, authorId: 'u-someone' },
		allow: { platformAdmin: ADMIN, orgAMemberWg1: VIEW_CREATE }
	},
	'post in WG-2 by the B member': {
		resource: { type: 'post', workingGroupId: WG_2, authorId: 'u-b-member' },
		allow: { platformAdmin: ADMIN, orgBMemberWg2: CRUD }
	},

	// Files, by scope.
	'file for all members': {
		resource: { type: 'file', scope: { kind: 'all-members' }, uploadedBy: 'u-platform-admin' },
		allow: {
			platformAdmin: ADMIN,
			orgAAdmin: VIEW,
			orgAMemberWg1: VIEW,
			orgBMemberWg2: VIEW,
			wsmMember: VIEW,
			fosMember: VIEW
		}
	},
	'file of A by the A admin': {
		resource: {
			type: 'file',
			scope: { kind: 'organisation', organisationId: ORG_A },
			uploadedBy: 'u-a-admin'
		},
		allow: { platformAdmin: ADMIN, orgAAdmin: CRUD, orgAMemberWg1: VIEW }
	},
	// Uploaded by the A member back when they were an admin of A.
	'file of A by the A member': {
		resource: {
			type: 'file',
			scope: { kind: 'organisation', organisationId: ORG_A },
			uploadedBy: 'u-a-member'
		},
		allow: { platformAdmin: ADMIN, orgAAdmin: VIEW_CREATE, orgAMemberWg1: VIEW }
	},
	'file of B': {
		resource: {
			type: 'file',
			scope: { kind: 'organisation', organisationId: ORG_B },
			uploadedBy: 'u-b-admin'
		},
		allow: { platformAdmin: ADMIN, orgBMemberWg2: VIEW }
	},
	'file of WG-1 by the A member': {
		resource: {
			type: 'file',
			scope: { kind: 'working-group', workingGroupId: WG_1 },
			uploadedBy: 'u-a-member'
		},
		allow: { platformAdmin: ADMIN, orgAMemberWg1: CRUD }
	},
	'file of WG-1 by someone else': {
		resource: {
			type: 'file',
			scope: { kind: 'working-group', workingGroupId: WG_1 },
			uploadedBy: 'u-someone'
		},
		allow: { platformAdmin: ADMIN, orgAMemberWg1: VIEW_CREATE }
	},
	'file of WG-2 by the B member': {
		resource: {
			type: 'file',
			scope: { kind: 'working-group', workingGroupId: WG_2 },
			uploadedBy: 'u-b-member'
		},
		allow: { platformAdmin: ADMIN, orgBMemberWg2: CRUD }
	},

	// Meetings.
	'meeting of WG-1': {
		resource: { type: 'meeting', workingGroupId: WG_1 },
		allow: { platformAdmin: [...ADMIN, 'rsvp'], orgAMemberWg1: ATTEND }
	},
	'meeting of WG-2': {
		resource: { type: 'meeting', workingGroupId: WG_2 },
		allow: { platformAdmin: [...ADMIN, 'rsvp'], orgBMemberWg2: ATTEND }
	},
	'meeting of the whole platform': {
		resource: { type: 'meeting', workingGroupId: null },
		allow: {
			platformAdmin: [...ADMIN, 'rsvp'],
			orgAAdmin: ATTEND,
			orgAMemberWg1: ATTEND,
			orgBMemberWg2: ATTEND,
			wsmMember: ATTEND,
			fosMember: ATTEND
		}
	},

	// Public sites: content, inbox, subscribers.
	'WSM entry': {
		resource: { type: 'site-entry', siteId: 'wsm' },
		allow: { wsmEditor: CRUD, wsmEditorIntranetAdmin: CRUD, wsmReviewer: VIEW }
	},
	'publishing on WSM': {
		resource: { type: 'site-publishing', siteId: 'wsm', requireReview: false },
		allow: { wsmEditor: UPDATE, wsmEditorIntranetAdmin: UPDATE, wsmReviewer: UPDATE }
	},
	'publishing on WSM when it requires review': {
		resource: { type: 'site-publishing', siteId: 'wsm', requireReview: true },
		allow: { wsmReviewer: UPDATE }
	},
	"WSM's reviews": {
		resource: { type: 'site-review', siteId: 'wsm' },
		allow: { wsmEditor: VIEW_CREATE, wsmEditorIntranetAdmin: VIEW_CREATE, wsmReviewer: ['view', 'update'] }
	},
	"FOS's reviews": {
		resource: { type: 'site-review', siteId: 'fos' },
		allow: { fosEditor: VIEW_CREATE }
	},
	"WSM's settings": {
		resource: { type: 'site-settings', siteId: 'wsm' },
		allow: { intranetAdmin: EXPORT, wsmEditorIntranetAdmin: EXPORT }
	},
	'FOS entry': {
		resource: { type: 'site-entry', siteId: 'fos' },
		allow: { fosEditor: CRUD }
	},
	'WSM inbox': {
		resource: { type: 'inbox', siteId: 'wsm' },
		allow: { wsmEditor: EXPORT, wsmEditorIntranetAdmin: EXPORT }
	},
	'FOS inbox': {
		resource: { type: 'inbox', siteId: 'fos' },
		allow: { fosEditor: EXPORT }
	},
	'WSM subscribers': {
		resource: { type: 'subscribers', siteId: 'wsm' },
		allow: { wsmEditor: EXPORT, wsmEditorIntranetAdmin: EXPORT }
	},
	'FOS subscribers': {
		resource: { type: 'subscribers', siteId: 'fos' },
		allow: { fosEditor: EXPORT }
	},

	// User administration and the audit log.
	staff: {
		resource: { type: 'staff' },
		allow: { intranetAdmin: ADMIN, wsmEditorIntranetAdmin: ADMIN }
	},
	'platform users': {
		resource: { type: 'platform-user' },
		allow: { platformAdmin: ADMIN }
	},
	'audit log': {
		resource: { type: 'audit-log' },
		allow: { platformAdmin: EXPORT, intranetAdmin: VIEW, wsmEditorIntranetAdmin: VIEW }
	},

	// The intranet's staff home: announcements, agenda, documents. Platform admins: nothing as such.
	'announcement for all staff': {
		resource: { type: 'announcement', audience: { kind: 'all-staff' }, staffOrganisations },
		allow: {
			wsmMember: VIEW,
			fosMember: VIEW,
			wsmEditor: VIEW,
			wsmReviewer: VIEW,
			fosEditor: VIEW,
			intranetAdmin: ADMIN,
			wsmEditorIntranetAdmin: ADMIN
		}
	},
	'announcement for WSM': {
		resource: {
			type: 'announcement',
			audience: { kind: 'organisation', organisationId: ORG_WSM },
			staffOrganisations
		},
		allow: {
			wsmMember: VIEW,
			wsmEditor: VIEW,
			wsmReviewer: VIEW,
			intranetAdmin: ADMIN,
			wsmEditorIntranetAdmin: ADMIN
		}
	},
	// An organisation that is no staff organisation: only admins, whatever the row says.
	'announcement for organisation A': {
		resource: {
			type: 'announcement',
			audience: { kind: 'organisation', organisationId: ORG_A },
			staffOrganisations
		},
		allow: { intranetAdmin: ADMIN, wsmEditorIntranetAdmin: ADMIN }
	},
	'agenda item for FOS': {
		resource: {
			type: 'staff-event',
			audience: { kind: 'organisation', organisationId: ORG_FOS },
			staffOrganisations
		},
		allow: { fosMember: VIEW, fosEditor: VIEW, intranetAdmin: ADMIN, wsmEditorIntranetAdmin: ADMIN }
	},
	'agenda item for all staff': {
		resource: { type: 'staff-event', audience: { kind: 'all-staff' }, staffOrganisations },
		allow: {
			wsmMember: VIEW,
			fosMember: VIEW,
			wsmEditor: VIEW,
			wsmReviewer: VIEW,
			fosEditor: VIEW,
			intranetAdmin: ADMIN,
			wsmEditorIntranetAdmin: ADMIN
		}
	},
	'staff document for all staff by the WSM member': {
		resource: {
			type: 'staff-document',
			audience: { kind: 'all-staff' },
			staffOrganisations,
			uploadedBy: 'u-wsm-member'
		},
		allow: {
			wsmMember: CRUD,
			fosMember: VIEW_CREATE,
			wsmEditor: VIEW_CREATE,
			wsmReviewer: VIEW_CREATE,
			fosEditor: VIEW_CREATE,
			intranetAdmin: ADMIN,
			wsmEditorIntranetAdmin: ADMIN
		}
	},
	'staff document of FOS by the FOS editor': {
		resource: {
			type: 'staff-document',
			audience: { kind: 'organisation', organisationId: ORG_FOS },
			staffOrganisations,
			uploadedBy: 'u-fos'
		},
		allow: { fosMember: VIEW_CREATE, fosEditor: CRUD, intranetAdmin: ADMIN, wsmEditorIntranetAdmin: ADMIN }
	},
	// Uploaded by the WSM member back when they worked for FOS: no longer theirs to change.
	'staff document of FOS by the WSM member': {
		resource: {
			type: 'staff-document',
			audience: { kind: 'organisation', organisationId: ORG_FOS },
			staffOrganisations,
			uploadedBy: 'u-wsm-member'
		},
		allow: {
			fosMember: VIEW_CREATE,
			fosEditor: VIEW_CREATE,
			intranetAdmin: ADMIN,
			wsmEditorIntranetAdmin: ADMIN
		}
	},
	'staff document of WSM by a deleted user': {
		resource: {
			type: 'staff-document',
			audience: { kind: 'organisation', organisationId: ORG_WSM },
			staffOrganisations,
			uploadedBy: null
		},
		allow: {
			wsmMember: VIEW_CREATE,
			wsmEditor: VIEW_CREATE,
			wsmReviewer: VIEW_CREATE,
			intranetAdmin: ADMIN,
			wsmEditorIntranetAdmin: ADMIN
		}
	},

	// Own accounts.
	"the A member's account": {
		resource: { type: 'own-account', userId: 'u-a-member' },
		allow: { orgAMemberWg1: SELF }
	},
	"the platform admin's account": {
		resource: { type: 'own-account', userId: 'u-platform-admin' },
		allow: { platformAdmin: SELF }
	},
	"the WSM editor's account": {
		resource: { type: 'own-account', userId: 'u-wsm' },
		allow: { wsmEditor: SELF }
	},
	"the disabled admin's account": {
		resource: { type: 'own-account', userId: 'u-disabled' },
		allow: {}
	}
} satisfies Record<string, Row>;

export const rows = Object.entries(table) as Array<[string, Row]>;
