// What every editing test file sets up: a fresh database with the WSM site (testing.ts) and a FOS
// site, two users, and helpers to create, edit and inspect entries. Used inside a
// `describe.each(inject('databases'))` block, once per server; not a test file itself.
import type { Locale } from '../../schema.ts';
import { createTestSite, testDatabaseHooks } from '../../testing.ts';
import type { SiteLocales } from '../content.ts';
import { createEntry, type CreateEntryInput } from './create.ts';
import { entryForEditing } from './entry.ts';
import type { SaveResult } from './results.ts';
import { saveTranslation, type SaveTranslationInput } from './save.ts';

export const wsm: SiteLocales = { id: 'wsm', default_locale: 'nl', list_fallbacks: false };
export const minute = 60_000;

/** The translation of a save that must have succeeded. */
export function saved(result: SaveResult) {
	if (result.kind !== 'saved') throw new Error(`expected saved, got ${JSON.stringify(result)}`);
	return result.translation;
}

/** Registers the set-up and tear-down of one file's database on the server at `adminUrl`. */
export function editingDatabase(adminUrl: string) {
	// Filled in once the hooks have run, as `t.db` is.
	const users = { ana: '', ben: '' };
	const t = testDatabaseHooks(adminUrl, async (db) => {
		await createTestSite(db);
		const org = await db
			.insertInto('organisations')
			.values({ slug: 'fos', name: 'FOS', kind: 'movement' })
			.returning('id')
			.executeTakeFirstOrThrow();
		await db
			.insertInto('sites')
			.values({
				id: 'fos',
				organisation_id: org.id,
				name: 'FOS',
				locales: ['nl', 'fr', 'en'],
				default_locale: 'nl',
				theme: 'fos'
			})
			.execute();
		for (const [name, email] of [
			['ana', 'ana@wsm.example'],
			['ben', 'ben@fos.example']
		] as const) {
			const { id } = await db
				.insertInto('users')
				.values({
					email,
					display_name: name === 'ana' ? 'Ana' : 'Ben',
					password_hash: null,
					team: null,
					country_code: null,
					bio: null
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			users[name] = id;
		}
	});

	async function create(input: Partial<CreateEntryInput> & { title: string }) {
		const result = await createEntry(t.db, {
			siteId: 'wsm',
			type: 'news',
			sourceLocale: 'nl',
			summary: 'Samenvatting',
			body: 'Eerste alinea.',
			userId: users.ana,
			...input
		});
		if (result.kind !== 'created') throw new Error(`expected created, got ${JSON.stringify(result)}`);
		return result;
	}

	/** A save of the current state of a translation with some fields changed. */
	async function edit(entryId: string, locale: Locale, changes: Partial<SaveTranslationInput> = {}) {
		const entry = await entryForEditing(t.db, 'wsm', entryId);
		const current = entry?.translations[locale];
		return saveTranslation(t.db, {
			siteId: 'wsm',
			entryId,
			locale,
			expectedVersion: current?.version ?? 0,
			title: current?.title ?? 'Titel',
			summary: current?.summary ?? '',
			body: current?.body ?? '',
			status: current?.status ?? 'draft',
			publishAt: current?.published_at,
			userId: users.ana,
			...changes
		});
	}

	const revisionCount = async (translationId: string) =>
		(
			await t.db
				.selectFrom('entry_revisions')
				.select('id')
				.where('translation_id', '=', translationId)
				.execute()
		).length;

	const row = (translationId: string) =>
		t.db
			.selectFrom('entry_translations')
			.selectAll()
			.where('id', '=', translationId)
			.executeTakeFirstOrThrow();

	/** An image of `siteId`'s media library. */
	const image = async (siteId: string, name: string) =>
		(
			await t.db
				.insertInto('media')
				.values({
					site_id: siteId,
					storage_key: `test/${siteId}/${name}`,
					filename: name,
					mime_type: 'image/jpeg',
					byte_size: 1000,
					width: 800,
					height: 600
				})
				.returning('id')
				.executeTakeFirstOrThrow()
		).id;

	return { t, users, create, edit, revisionCount, row, image };
}
