import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createDb } from './client.ts';
import { createTestDatabase, type TestDatabase } from './testing.ts';

describe.each(inject('databases'))('the pool on $name', ({ adminUrl }) => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase(adminUrl);
	});
	afterAll(() => t?.drop());

	test('a query with parameters is prepared once on its connection, and answers as before', async () => {
		// One connection, so the statements it prepared can be read back on it.
		const db = createDb(t.url, { max: 1 });
		try {
			const find = (slug: string) =>
				db.selectFrom('sites').select('id').where('id', '=', slug).executeTakeFirst();
			expect(await find('nowhere')).toBeUndefined();
			await sql`insert into organisations (slug, name, kind) values (${'acv'}, ${'ACV'}, ${'union'})`.execute(
				db
			);
			expect(await find('nowhere')).toBeUndefined();
			const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(
				db
			);
			const statements = rows.map((row) => row.statement);
			// The select, asked twice, is one statement; the insert is another.
			expect(statements.filter((text) => text.includes('from "sites"'))).toHaveLength(1);
			expect(statements.filter((text) => text.startsWith('insert into organisations'))).toHaveLength(1);
			// A script without parameters (as migrations are) holds several statements, and runs as it is.
			await sql`create temporary table a (x int); create temporary table b (y int)`.execute(db);
			expect((await sql<{ n: number }>`select count(*)::int as n from b`.execute(db)).rows[0]?.n).toBe(0);
		} finally {
			await db.destroy();
		}
	});
});
