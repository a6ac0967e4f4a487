// Benchmark of the portal dashboard's "new since your last visit" query (not a test):
//   node bench/dashboard.ts   → prints a Markdown table for BENCHMARKS.md
// Seeds two years of a busy portal into a fresh embedded database — 50 working groups, 300,000
// posts in 10,000 threads, 20,000 file versions, 3,000 meetings — then times `activitySince` for
// a member of 5 groups, since a week and since a day ago.
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { activitySince } from '@solidair/db/activity';
import {
	createTestDatabase,
	createTestGroup,
	createTestOrganisation,
	createTestUser,
	startEmbeddedForTests
} from '@solidair/db/testing';

const iterations = 300;
const server = await startEmbeddedForTests(54398);
const t = await createTestDatabase(server.adminUrl);
const { db } = t;

console.error('seeding two years of portal activity…');
const organisation = await createTestOrganisation(db, 'bench-union');
const member = await createTestUser(db, 'lid@bench.example', 'Lid');
const others = await Promise.all(
	Array.from({ length: 20 }, (_, i) => createTestUser(db, `collega${i}@bench.example`, `Collega ${i}`))
);
const groups = await Promise.all(Array.from({ length: 50 }, (_, i) => createTestGroup(db, `groep-${i}`)));
await db
	.insertInto('memberships')
	.values({ user_id: member, organisation_id: organisation, role: 'member' })
	.execute();
await db
	.insertInto('working_group_members')
	.values(groups.slice(0, 5).map((group_id) => ({ group_id, user_id: member })))
	.execute();
const span = "interval '730 days'";
await sql`
	insert into threads (group_id, title, created_by, created_at)
	select (${sql.val(groups)}::uuid[])[1 + i % 50], 'Onderwerp ' || i, (${sql.val(others)}::uuid[])[1 + i % 20],
		now() - ${sql.raw(span)} * random()
	from generate_series(1, 10000) as i`.execute(db);
await sql`
	insert into posts (thread_id, author_id, body, created_at)
	select t.id, (${sql.val(others)}::uuid[])[1 + (random() * 19)::int], 'Een bericht.',
		t.created_at + (now() - t.created_at) * random()
	from threads t cross join generate_series(1, 30)`.execute(db);
await sql`
	insert into files (scope, group_id, title, created_by, created_at)
	select 'group', (${sql.val(groups)}::uuid[])[1 + i % 50], 'Document ' || i, (${sql.val(others)}::uuid[])[1 + i % 20],
		now() - ${sql.raw(span)} * random()
	from generate_series(1, 10000) as i`.execute(db);
await sql`
	insert into file_versions (file_id, version, storage_key, filename, mime_type, byte_size, sha256, uploaded_by, created_at)
	select f.id, v, md5(f.id::text || v), 'document.pdf', 'application/pdf', 1000, decode(md5(f.id::text || v), 'hex'),
		f.created_by, f.created_at + (now() - f.created_at) * random()
	from files f cross join generate_series(1, 2) as v`.execute(db);
await sql`
	insert into platform_events (group_id, title, starts_at, ends_at, created_by, created_at)
	select (${sql.val(groups)}::uuid[])[1 + i % 50], 'Vergadering ' || i, s, s + interval '2 hours',
		(${sql.val(others)}::uuid[])[1 + i % 20], s - interval '30 days'
	from generate_series(1, 3000) as i, lateral (select now() - ${sql.raw(span)} + interval '1 day' * (i % 760) as s) as x`.execute(
	db
);
await sql`analyze`.execute(db);

async function time(label: string, run: () => Promise<unknown>): Promise<string> {
	for (let i = 0; i < 20; i++) await run(); // warm-up
	const samples: number[] = [];
	for (let i = 0; i < iterations; i++) {
		const start = performance.now();
		await run();
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const pick = (p: number) =>
		samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(2);
	return `| ${label} | ${pick(0.5)} | ${pick(0.99)} |`;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const rows = [
	await time('new since a week ago (5 of 50 groups)', () => activitySince(db, member, daysAgo(7))),
	await time('new since a day ago', () => activitySince(db, member, daysAgo(1)))
];

await t.drop();
await server.stop();

console.log(`| query | p50 (ms) | p99 (ms) |\n| --- | --- | --- |\n${rows.join('\n')}`);
