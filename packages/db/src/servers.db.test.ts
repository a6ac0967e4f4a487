import pg from 'pg';
import { expect, inject, test } from 'vitest';

// The project promises PostgreSQL 15 to 18: the database tests run on the oldest and the newest.
test('the database tests run on PostgreSQL 18 and on PostgreSQL 15', async () => {
	const majors: number[] = [];
	for (const { adminUrl } of inject('databases')) {
		const client = new pg.Client({ connectionString: adminUrl });
		await client.connect();
		const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
		await client.end();
		majors.push(Math.floor(Number(rows[0]!.server_version_num) / 10_000));
	}
	expect(majors).toEqual([18, 15]);
});
