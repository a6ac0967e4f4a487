// Benchmark of the content queries on the embedded PostgreSQL (not a test):
//   node bench/db.ts        → prints a Markdown table for BENCHMARKS.md
// Seeds 10,000 news entries × 4 locales into a fresh database, then times each query.
import { sql } from 'kysely';
import { performance } from 'node:perf_hooks';
import { listEntries, publishedTranslation, searchEntries, siteLocales } from '@solidair/db/content';
import { createTestDatabase, createTestSite, startEmbeddedForTests } from '@solidair/db/testing';

const entries = 10_000;
const iterations = 1_000;

const server = await startEmbeddedForTests(54399);
const t = await createTestDatabase(server.adminUrl);
const { db } = t;

console.error(`seeding ${entries} entries × 4 locales…`);
await createTestSite(db);
// Set-based inserts: the point is the read path, not the seeding.
await sql`
	insert into entries (site_id, type, source_locale, key)
	select 'wsm', 'news', 'nl', 'news-' || i from generate_series(1, ${entries}) as i`.execute(db);
await sql`
	insert into entry_translations (entry_id, site_id, entry_type, locale, slug, title, summary, body, status, published_at)
	select e.id, 'wsm', 'news', l.locale, l.locale || '-bericht-' || split_part(e.key, '-', 2),
		case l.locale when 'nl' then 'Vakbonden en mutualiteiten versterken sociale bescherming '
			when 'fr' then 'Les syndicats et mutualités renforcent la protection sociale '
			when 'en' then 'Unions and mutual health organisations strengthen social protection '
			else 'Sindicatos y mutualidades refuerzan la protección social ' end || split_part(e.key, '-', 2),
		'Een samenvatting van het bericht.',
		repeat('Waardig werk en sociale bescherming voor iedereen, wereldwijd. ', 40),
		'published',
		timestamptz '2020-01-01' + (split_part(e.key, '-', 2)::int * interval '3 hours')
	from entries e cross join (values ('nl'), ('fr'), ('en'), ('es')) as l(locale)`.execute(db);
await sql`analyze`.execute(db);

const site = (await siteLocales(db, 'wsm'))!;

async function time(label: string, run: (i: number) => Promise<unknown>): Promise<string> {
	for (let i = 0; i < 50; i++) await run(i); // warm-up
	const samples: number[] = [];
	for (let i = 0; i < iterations; i++) {
		const start = performance.now();
		await run(i);
		samples.push(performance.now() - start);
	}
	samples.sort((a, b) => a - b);
	const pick = (p: number) =>
		samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(3);
	return `| ${label} | ${pick(0.5)} | ${pick(0.99)} |`;
}

// The cursor of page 200 (12 per page), found once, outside the measurement.
const page200Start = await db
	.selectFrom('entry_translations')
	.select(['published_at', 'id'])
	.where('locale', '=', 'nl')
	.orderBy('published_at', 'desc')
	.orderBy('id', 'desc')
	.offset(199 * 12 - 1)
	.limit(1)
	.executeTakeFirstOrThrow();

const rows = [
	await time('article by slug (`publishedTranslation`)', (i) =>
		publishedTranslation(db, site, 'nl', { slug: `nl-bericht-${(i % entries) + 1}` })
	),
	await time('news list, page 1 (12 items)', () => listEntries(db, site, 'nl', { type: 'news', limit: 12 })),
	await time('news list, page 200 (keyset)', () =>
		listEntries(db, site, 'nl', {
			type: 'news',
			limit: 12,
			after: { publishedAt: page200Start.published_at!, id: page200Start.id }
		})
	),
	await time('search "vakbond" (nl, 10,000 matches, top 20)', () => searchEntries(db, site, 'nl', 'vakbond')),
	await time('search "bericht 4711" (nl, selective)', () =>
		searchEntries(db, site, 'nl', 'mutualiteiten 4711')
	)
];

await t.drop();
await server.stop();

console.log(`| query | p50 (ms) | p99 (ms) |\n| --- | --- | --- |\n${rows.join('\n')}`);
