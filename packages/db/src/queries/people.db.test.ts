import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestDatabase, expectPagedList, type ReadPage, type TestDatabase } from '../testing.ts';
import { searchStaff, staffDirectoryPage, type StaffFilter } from './people.ts';

describe.each(inject('databases'))('the staff directory a page at a time on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	// Ten colleagues share a name: only their ids order them.
	const namesakes: string[] = [];

	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
		const org: Record<string, string> = {};
		for (const [slug, kind] of [
			['wsm', 'movement'],
			['abvv-fgtb', 'union']
		] as const) {
			({ id: org[slug] } = await t.db
				.insertInto('organisations')
				.values({ slug, name: slug.toUpperCase(), kind })
				.returning('id')
				.executeTakeFirstOrThrow());
		}
		// Stored in descending id order, so that a sort without the id would keep them that way.
		namesakes.push(...Array.from({ length: 10 }, () => crypto.randomUUID()).sort((a, b) => (a < b ? 1 : -1)));
		const people = [
			...namesakes.map((id, i) => ({ id, email: `same${i}@wsm.be`, display_name: 'same name' })),
			...Array.from({ length: 20 }, (_, i) => ({
				email: `person${i}@wsm.be`,
				display_name: `person ${String(i).padStart(2, '0')}`,
				// Every other one speaks Spanish: a filter that still spans pages.
				languages: i % 2 === 0 ? ['es'] : ['nl']
			}))
		];
		const staff = await t.db.insertInto('users').values(people).returning('id').execute();
		const [karim, old] = await t.db
			.insertInto('users')
			.values([
				{ email: 'karim@abvv-fgtb.be', display_name: 'karim', languages: ['es'] },
				{ email: 'old@wsm.be', display_name: 'old', languages: ['es'], disabled_at: new Date() }
			])
			.returning('id')
			.execute();
		await t.db
			.insertInto('memberships')
			.values([
				...staff.map(({ id }) => ({ user_id: id, organisation_id: org.wsm!, role: 'member' as const })),
				// Not staff: a partner's member, and a disabled account.
				{ user_id: karim!.id, organisation_id: org['abvv-fgtb']!, role: 'member' },
				{ user_id: old!.id, organisation_id: org.wsm!, role: 'member' }
			])
			.execute();
		// An intranet admin is staff without a membership.
		await t.db
			.insertInto('users')
			.values({ email: 'admin@wsm.be', display_name: 'admin', is_intranet_admin: true, languages: ['es'] })
			.execute();
	});
	afterAll(() => t?.drop());

	/** The directory, filtered, a page at a time. */
	const directoryPages =
		(filter: Omit<StaffFilter, 'limit'>): ReadPage =>
		async (paging) => {
			const { total, people } = await staffDirectoryPage(t.db, filter, paging);
			return { total, ids: people.map((person) => person.id) };
		};

	test('pages hold every colleague exactly once, in a stable order, and the count is right', async () => {
		const everyone = (await searchStaff(t.db, { limit: 200 })).map((person) => person.id);
		expect(everyone).toHaveLength(31);
		await expectPagedList(directoryPages({}), everyone, 7);
		// Equal names: by id, whatever order they were stored in.
		expect(everyone.filter((id) => namesakes.includes(id))).toEqual([...namesakes].reverse());
	});

	test('a filter is paged the same way: only those who match, counted', async () => {
		const spanish = (await searchStaff(t.db, { language: 'es', limit: 200 })).map((person) => person.id);
		// person 00, 02 … 18 and the admin; not the partner's member, nor the disabled account.
		expect(spanish).toHaveLength(11);
		await expectPagedList(directoryPages({ language: 'es' }), spanish, 4);
		expect(await staffDirectoryPage(t.db, { query: 'nobody' }, { limit: 4 })).toEqual({
			total: 0,
			people: []
		});
	});
});
