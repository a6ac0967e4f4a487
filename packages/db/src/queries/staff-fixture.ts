// What the staff home's query tests share (staff*.db.test.ts): per database server, a test
// database with WSM, FOS and a partner union, both sites, and five people. Call it inside the
// file's describe.each; `user` and `org` are filled in by its beforeAll.
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.ts';

export const now = new Date('2027-03-10T09:00:00Z');
export const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

export function staffFixture(adminUrl: string) {
	let t: TestDatabase | undefined;
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

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		const db = t.db;
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
	afterAll(() => t?.drop());

	return {
		/** The test database's handle (once the beforeAll has run). */
		get db() {
			if (!t) throw new Error('the test database is made in beforeAll');
			return t.db;
		},
		user,
		org
	};
}
