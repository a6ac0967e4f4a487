// The actor read in one statement: every role the permission rules ask about, and 2FA.
import {
	createTestDatabase,
	createTestGroup,
	createTestOrganisation,
	createTestSite,
	createTestUser,
	type TestDatabase
} from '@solidair/db/testing';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadActor, loadActorAndTotp } from './actor.ts';

describe.each(inject('databases'))('loadActorAndTotp on $name', ({ adminUrl }) => {
	let t: TestDatabase;

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
	});
	afterAll(async () => t?.drop());

	test('every role of a user, and whether their second factor is on', async () => {
		await createTestSite(t.db, ['nl'], 'wsm');
		await createTestSite(t.db, ['nl'], 'fos');
		const id = await createTestUser(t.db, 'roles@example.org', 'Roles');
		const union = await createTestOrganisation(t.db, 'union');
		const ngo = await createTestOrganisation(t.db, 'ngo');
		const health = await createTestGroup(t.db, 'health');
		const water = await createTestGroup(t.db, 'water');
		await t.db
			.insertInto('memberships')
			.values([
				{ user_id: id, organisation_id: union, role: 'admin' },
				{ user_id: id, organisation_id: ngo, role: 'member' }
			])
			.execute();
		await t.db
			.insertInto('working_group_members')
			.values([
				{ user_id: id, group_id: health, role: 'coordinator' },
				{ user_id: id, group_id: water, role: 'member' }
			])
			.execute();
		await t.db.insertInto('site_editors').values({ user_id: id, site_id: 'fos' }).execute();
		await t.db.insertInto('site_reviewers').values({ user_id: id, site_id: 'wsm' }).execute();
		await t.db.updateTable('users').set({ is_intranet_admin: true }).where('id', '=', id).execute();

		const loaded = await loadActorAndTotp(t.db, id);
		expect(loaded?.totp).toBe(false);
		const actor = loaded!.actor;
		expect({
			...actor,
			memberships: [...actor.memberships].sort((a, b) => a.role.localeCompare(b.role)),
			workingGroups: [...actor.workingGroups].sort()
		}).toEqual({
			id,
			disabled: false,
			platformAdmin: false,
			intranetAdmin: true,
			memberships: [
				{ organisationId: union, role: 'admin' },
				{ organisationId: ngo, role: 'member' }
			],
			workingGroups: [health, water].sort(),
			coordinatorOf: [health],
			editorOf: ['fos'],
			reviewerOf: ['wsm']
		});
		expect(await loadActor(t.db, id)).toEqual(actor);

		// A credential being set up is no second factor yet; an enabled one is.
		await t.db
			.insertInto('totp_credentials')
			.values({ user_id: id, secret: new Uint8Array(20), enabled_at: null })
			.execute();
		expect((await loadActorAndTotp(t.db, id))?.totp).toBe(false);
		await t.db
			.updateTable('totp_credentials')
			.set({ enabled_at: new Date() })
			.where('user_id', '=', id)
			.execute();
		expect((await loadActorAndTotp(t.db, id))?.totp).toBe(true);

		await t.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', id).execute();
		expect((await loadActor(t.db, id))?.disabled).toBe(true);
	});

	test('a user without roles has empty lists; an unknown user is null', async () => {
		const id = await createTestUser(t.db, 'plain@example.org', 'Plain');
		expect(await loadActorAndTotp(t.db, id)).toEqual({
			actor: {
				id,
				disabled: false,
				platformAdmin: false,
				intranetAdmin: false,
				memberships: [],
				workingGroups: [],
				coordinatorOf: [],
				editorOf: [],
				reviewerOf: []
			},
			totp: false,
			seen: { lastSeenAt: null, previousVisitAt: null }
		});
		expect(await loadActorAndTotp(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
	});
});
