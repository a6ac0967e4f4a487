// The seed: realistic content (real WSM and FOS pages, in content/) and the WSM network, the platform's members,
// and demo users for every role. Idempotent: running it twice changes nothing.
// Each part lives in a module named for what it seeds; this file runs them in one transaction,
// in the order their rows depend on each other.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import { hashNewDemoPasswords, seedOrganisations, seedUsers } from './accounts.ts';
import { seedEntries } from './entries.ts';
import { seedGroupTranslations } from './group-translations.ts';
import { seedMembersArea, seedWorkingGroups } from './members-area.ts';
import { renderSeedPictures } from './pictures/render.ts';
import { seedNetwork, seedSites } from './sites.ts';
import { seedStaffHome } from './staff-home.ts';

export { demoPassword, demoUsers, organisations, type DemoUser } from './accounts.ts';

export interface SeedSummary {
	organisations: number;
	users: number;
	entries: number;
	translations: number;
}

export async function seed(db: Kysely<Database>): Promise<SeedSummary> {
	// Hash outside the transaction: argon2 is slow on purpose.
	const hashes = await hashNewDemoPasswords(db);
	// Painted outside the transaction too: encoding the image copies takes seconds (cached on disk).
	const pictures = await renderSeedPictures();

	await db.transaction().execute(async (tx) => {
		// Serialise concurrent seeds (two `npm start`s): the second waits, then finds everything there.
		await sql`select pg_advisory_xact_lock(20261123)`.execute(tx);

		const orgId = await seedOrganisations(tx);
		await seedSites(tx, orgId);
		await seedNetwork(tx);
		await seedEntries(tx, pictures);
		await seedUsers(tx, hashes, orgId);
		await seedWorkingGroups(tx);
		await seedGroupTranslations(tx);
		await seedMembersArea(tx);
		await seedStaffHome(tx);
	});

	const count = async (table: 'organisations' | 'users' | 'entries' | 'entry_translations') =>
		Number(
			(
				await db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll<string>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return {
		organisations: await count('organisations'),
		users: await count('users'),
		entries: await count('entries'),
		translations: await count('entry_translations')
	};
}
