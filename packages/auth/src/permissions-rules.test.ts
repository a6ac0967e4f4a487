// `can` on the rules whose failure would hurt most: one site's editors on the other's content,
// admins on site content, organisations' files, disabled accounts, staff of one organisation.
import { describe, expect, test } from 'vitest';
import { actions, can, type Action, type Actor, type Resource } from './permissions.ts';
import {
	ORG_A,
	ORG_B,
	ORG_WSM,
	WG_1,
	WG_2,
	actors,
	rows,
	staffOrganisations,
	user
} from './permissions-table.ts';

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
