// What the members' area test files set up: a fresh database with three users in two partner
// organisations and two open working groups. Used inside a `describe.each(inject('databases'))`
// block, once per server; not a test file itself.
import { afterAll, beforeAll } from 'vitest';
import {
	createTestDatabase,
	createTestGroup,
	createTestOrganisation,
	createTestUser,
	type TestDatabase
} from '../testing.ts';

/** Registers the set-up and tear-down of one file's database on the server at `adminUrl`. */
export function membersAreaDatabase(adminUrl: string) {
	let database: TestDatabase | undefined;
	// A stable object: tests read `t.db` once the hooks have run.
	const t = {
		get db() {
			if (!database) throw new Error('the database is not set up yet');
			return database.db;
		}
	};
	const ids = { ana: '', ben: '', cleo: '', orgA: '', orgB: '', group: '', other: '' };

	beforeAll(async () => {
		database = await createTestDatabase(adminUrl);
		const db = database.db;
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
	afterAll(async () => database?.drop());

	return { t, ids };
}
