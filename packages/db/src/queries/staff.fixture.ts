// What the staff home's test files set up: a fresh database with WSM and FOS (each with its
// site), a partner union, and five users. Used inside a `describe.each(inject('databases'))`
// block, once per server; not a test file itself.
import { testDatabaseHooks } from '../testing.ts';

/** The clock of the staff home's tests. */
export const now = new Date('2027-03-10T09:00:00Z');
/** `n` hours from `now`. */
export const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

/** Registers the set-up and tear-down of one file's database on the server at `adminUrl`. */
export function staffDatabase(adminUrl: string) {
	// an: WSM member; tom: FOS site editor (no membership); marie: intranet admin (no membership);
	// karim: a partner union's member; old: a disabled WSM member.
	const user: Record<'an' | 'tom' | 'marie' | 'karim' | 'old', string> = {
		an: '',
		tom: '',
		marie: '',
		karim: '',
		old: ''
	};
	const org: Record<'wsm' | 'fos' | 'abvv', string> = { wsm: '', fos: '', abvv: '' };

	// Filled in once the hooks have run, as `t.db` is.
	const t = testDatabaseHooks(adminUrl, async (db) => {
		for (const [key, slug, kind] of [
			['wsm', 'wsm', 'movement'],
			['fos', 'fos', 'ngo'],
			['abvv', 'abvv-fgtb', 'union']
		] as const) {
			({ id: org[key] } = await db
				.insertInto('organisations')
				.values({ slug, name: slug.toUpperCase(), kind })
				.returning('id')
				.executeTakeFirstOrThrow());
		}
		for (const site of ['wsm', 'fos'] as const) {
			await db
				.insertInto('sites')
				.values({
					id: site,
					organisation_id: org[site],
					name: site,
					locales: ['nl'],
					default_locale: 'nl',
					theme: site
				})
				.execute();
		}
		for (const [key, values] of [
			['an', { team: 'Communicatie', languages: ['nl', 'fr', 'en'], country_code: 'BE' }],
			['tom', { team: 'Communicatie', languages: ['nl', 'en'], country_code: 'BE' }],
			['marie', { team: 'ICT', languages: ['fr', 'es'], country_code: 'PE', is_intranet_admin: true }],
			['karim', { team: 'Internationaal', languages: ['ar', 'fr'], country_code: 'BE' }],
			['old', { team: 'ICT', languages: ['es'], country_code: 'BO', disabled_at: now }]
		] as const) {
			({ id: user[key] } = await db
				.insertInto('users')
				.values({
					email: `${key}@example.org`,
					display_name: key,
					...values,
					languages: [...values.languages]
				})
				.returning('id')
				.executeTakeFirstOrThrow());
		}
		await db
			.insertInto('memberships')
			.values([
				{ user_id: user.an, organisation_id: org.wsm, role: 'member' },
				{ user_id: user.old, organisation_id: org.wsm, role: 'member' },
				{ user_id: user.karim, organisation_id: org.abvv, role: 'member' }
			])
			.execute();
		await db.insertInto('site_editors').values({ user_id: user.tom, site_id: 'fos' }).execute();
	});

	return { t, user, org };
}
