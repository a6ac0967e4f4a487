// What the members' area test files set up: a fresh database with three users in two partner
// organisations and two open working groups. Used inside a `describe.each(inject('databases'))`
// block, once per server; not a test file itself.
import { createTestGroup, createTestOrganisation, createTestUser, testDatabaseHooks } from '../testing.ts';

/** Registers the set-up and tear-down of one file's database on the server at `adminUrl`. */
export function membersAreaDatabase(adminUrl: string) {
	// Filled in once the hooks have run, as `t.db` is.
	const ids = { ana: '', ben: '', cleo: '', orgA: '', orgB: '', group: '', other: '' };
	const t = testDatabaseHooks(adminUrl, async (db) => {
		ids.ana = await createTestUser(db, 'ana@example.org', 'Ana');
		ids.ben = await createTestUser(db, 'ben@example.org', 'Ben');
		ids.cleo = await createTestUser(db, 'cleo@example.org', 'Cleo');
		ids.orgA = await createTestOrganisation(db, 'org-a');
		ids.orgB = await createTestOrganisation(db, 'org-b');
		await db
			.insertInto('memberships')
			.values([
				{ user_id: ids.ana, organisation_id: ids.orgA, role: 'member' },
				{ user_id: ids.ben, organisation_id: ids.orgA, role: 'admin' },
				{ user_id: ids.cleo, organisation_id: ids.orgB, role: 'member' }
			])
			.execute();
		ids.group = await createTestGroup(db, 'health');
		ids.other = await createTestGroup(db, 'water');
		// Open groups, joined at once (a new group is closed: see the closed group's test).
		await db.updateTable('working_groups').set({ access: 'open' }).execute();
	});

	return { t, ids };
}
