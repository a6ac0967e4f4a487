// `can` tested as a full matrix: every action × every named actor × every named resource, against an
// expectation table written as data. Whatever a row does not list is expected to be refused.
import { describe, expect, test } from 'vitest';
import { actions, can, type Action, type Actor, type Resource, type SignedInActor } from './permissions.ts';

const ORG_A = 'org-a';
const ORG_B = 'org-b';
const WG_1 = 'wg-1';
const WG_2 = 'wg-2';
// The staff organisations: also members of the platform, like any partner organisation.
const ORG_WSM = 'org-wsm';
const ORG_FOS = 'org-fos';
const staffOrganisations = { wsm: ORG_WSM, fos: ORG_FOS };

const user = (id: string, roles: Partial<SignedInActor> = {}): SignedInActor => ({
	id,
	disabled: false,
	platformAdmin: false,
	intranetAdmin: false,
	memberships: [],
	workingGroups: [],
	coordinatorOf: [],
	editorOf: [],
	...roles
});

const actors = {
	anonymous: null,
	// Every role there is, and disabled: must still be refused everything.
	disabledPlatformAdmin: user('u-disabled', {
		disabled: true,
		platformAdmin: true,
		intranetAdmin: true,
		memberships: [{ organisationId: ORG_A, role: 'admin' }],
		workingGroups: [WG_1],
		editorOf: ['wsm', 'fos']
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
	fosEditor: user('u-fos', { editorOf: ['fos'] }),
	intranetAdmin: user('u-intranet-admin', { intranetAdmin: true }),
	wsmEditorIntranetAdmin: user('u-wsm-intranet-admin', { intranetAdmin: true, editorOf: ['wsm'] })
} satisfies Record<string, Actor>;

type ActorName = keyof typeof actors;
const actorNames = Object.keys(actors) as ActorName[];

// Shorthands for the table.
const ADMIN: readonly Action[] = ['view', 'create', 'update', 'delete', 'manage'];
const CRUD: readonly Action[] = ['view', 'create', 'update', 'delete'];
const VIEW: readonly Action[] = ['view'];
const VIEW_CREATE: readonly Action[] = ['view', 'create'];
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
		allow: { wsmEditor: CRUD, wsmEditorIntranetAdmin: CRUD }
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
		allow: { wsmMember: VIEW, wsmEditor: VIEW, intranetAdmin: ADMIN, wsmEditorIntranetAdmin: ADMIN }
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

const rows = Object.entries(table) as Array<[string, Row]>;

describe('can, as a full matrix', () => {
	test('covers every resource type', () => {
		// A missing key here is a type error: a new resource type must be listed, and then tested.
		const types = {
			organisation: true,
			membership: true,
			'working-group': true,
			thread: true,
			post: true,
			file: true,
			meeting: true,
			'site-entry': true,
			inbox: true,
			subscribers: true,
			staff: true,
			'platform-user': true,
			'audit-log': true,
			'own-account': true,
			announcement: true,
			'staff-event': true,
			'staff-document': true
		} satisfies Record<Resource['type'], true>;
		const tested = new Set(rows.map(([, row]) => row.resource.type));
		expect(Object.keys(types).filter((type) => !tested.has(type as Resource['type']))).toEqual([]);
	});

	test('every action × actor × resource matches the table', () => {
		const mismatches: string[] = [];
		let checked = 0;
		for (const [resourceName, { resource, allow }] of rows) {
			for (const actorName of actorNames) {
				const allowed = allow[actorName] ?? [];
				for (const action of actions) {
					const expected = allowed.includes(action);
					const actual = can(actors[actorName], action, resource);
					checked += 1;
					if (actual !== expected)
						mismatches.push(
							`${actorName} ${action} ${resourceName}: expected ${expected ? 'ALLOW' : 'DENY'}, got ${actual ? 'ALLOW' : 'DENY'}`
						);
				}
			}
		}
		expect(checked).toBe(rows.length * actorNames.length * actions.length);
		expect(mismatches).toEqual([]);
	});
});

describe('can, the riskiest rules', () => {
	const wsmEntry: Resource = { type: 'site-entry', siteId: 'wsm' };
	const fosEntry: Resource = { type: 'site-entry', siteId: 'fos' };

	test('an FOS editor can do nothing with WSM entries (drafts included), and the reverse', () => {
		for (const action of actions) {
			expect(can(actors.fosEditor, action, wsmEntry), `FOS editor ${action} WSM entry`).toBe(false);
			expect(can(actors.wsmEditor, action, fosEntry), `WSM editor ${action} FOS entry`).toBe(false);
		}
		expect(can(actors.fosEditor, 'update', fosEntry)).toBe(true);
		expect(can(actors.wsmEditor, 'update', wsmEntry)).toBe(true);
	});

	test('neither platform nor intranet admins touch site content unless editors', () => {
		for (const action of actions)
			for (const resource of [
				wsmEntry,
				{ type: 'inbox', siteId: 'wsm' },
				{ type: 'subscribers', siteId: 'fos' }
			] as const) {
				expect(can(actors.platformAdmin, action, resource)).toBe(false);
				expect(can(actors.intranetAdmin, action, resource)).toBe(false);
			}
	});

	test("an organisation B member cannot reach organisation A's files", () => {
		const fileOfA: Resource = {
			type: 'file',
			scope: { kind: 'organisation', organisationId: ORG_A },
			uploadedBy: 'u-b-member'
		};
		for (const action of actions) expect(can(actors.orgBMemberWg2, action, fileOfA), action).toBe(false);
		expect(can(actors.orgAMemberWg1, 'view', fileOfA)).toBe(true);
	});

	test('a disabled user with every role can do nothing, not even with their own account', () => {
		const everyResource = [
			...rows.map(([, row]) => row.resource),
			{ type: 'own-account', userId: 'u-disabled' } as const
		];
		const enabled = { ...actors.disabledPlatformAdmin, disabled: false };
		for (const resource of everyResource)
			for (const action of actions) expect(can(actors.disabledPlatformAdmin, action, resource)).toBe(false);
		// The same user, enabled, is allowed plenty: it is the flag that refuses.
		expect(can(enabled, 'manage', { type: 'platform-user' })).toBe(true);
		expect(can(enabled, 'update', { type: 'own-account', userId: 'u-disabled' })).toBe(true);
	});

	test('staff of one organisation reach nothing of the other’s; partners and platform admins nothing of staff’s', () => {
		const forWsm = { kind: 'organisation', organisationId: ORG_WSM } as const;
		const wsmItems: Resource[] = [
			{ type: 'announcement', audience: forWsm, staffOrganisations },
			{ type: 'staff-event', audience: forWsm, staffOrganisations },
			{ type: 'staff-document', audience: forWsm, staffOrganisations, uploadedBy: 'u-fos-member' }
		];
		const allStaff: Resource = {
			type: 'staff-document',
			audience: { kind: 'all-staff' },
			staffOrganisations,
			uploadedBy: 'u-platform-admin'
		};
		for (const action of actions) {
			for (const item of wsmItems) {
				expect(can(actors.fosMember, action, item), `FOS member ${action} ${item.type}`).toBe(false);
				expect(can(actors.fosEditor, action, item), `FOS editor ${action} ${item.type}`).toBe(false);
			}
			for (const item of [...wsmItems, allStaff]) {
				expect(can(actors.orgAAdmin, action, item), `partner admin ${action} ${item.type}`).toBe(false);
				expect(can(actors.platformAdmin, action, item), `platform admin ${action} ${item.type}`).toBe(false);
			}
		}
		// Only intranet admins post announcements, even for their own organisation's staff.
		expect(can(actors.wsmMember, 'create', wsmItems[0]!)).toBe(false);
		expect(can(actors.intranetAdmin, 'create', wsmItems[0]!)).toBe(true);
	});

	test('a coordinator decides who joins their own group only; its members do not', () => {
		const wg1 = { type: 'working-group', id: WG_1 } as const;
		const wg2 = { type: 'working-group', id: WG_2 } as const;
		const coordinator = user('u-wg1-coordinator', {
			memberships: [{ organisationId: ORG_A, role: 'member' }],
			workingGroups: [WG_1],
			coordinatorOf: [WG_1]
		});
		expect(can(coordinator, 'manage', wg1)).toBe(true);
		expect(can(coordinator, 'manage', wg2)).toBe(false);
		expect(can(coordinator, 'update', wg1)).toBe(false);
		expect(can(coordinator, 'delete', wg1)).toBe(false);
		expect(can(actors.orgAMemberWg1, 'manage', wg1)).toBe(false);
		expect(can({ ...coordinator, disabled: true }, 'manage', wg1)).toBe(false);
	});

	test('an organisation admin manages the memberships of their own organisation only', () => {
		expect(can(actors.orgAAdmin, 'manage', { type: 'membership', organisationId: ORG_A })).toBe(true);
		expect(can(actors.orgAAdmin, 'manage', { type: 'membership', organisationId: ORG_B })).toBe(false);
		expect(can(actors.orgAMemberWg1, 'manage', { type: 'membership', organisationId: ORG_A })).toBe(false);
	});

	test('unknown resource types and actions from untyped input are refused', () => {
		const admin = actors.platformAdmin;
		expect(can(admin, 'view', { type: 'everything' } as unknown as Resource)).toBe(false);
		expect(can(admin, 'sudo' as Action, { type: 'platform-user' })).toBe(false);
		expect(
			can({ ...admin, disabled: undefined } as unknown as Actor, 'view', { type: 'platform-user' })
		).toBe(false);
	});
});
