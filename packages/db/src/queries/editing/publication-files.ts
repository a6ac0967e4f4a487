// A publication's downloads: one file per locale, a `media` row of the site, shared bytes.
import type { Kysely } from 'kysely';
import { toDbError } from '../../errors.ts';
import type { Database, Locale } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import { deleteMediaRow } from '../media-library.ts';
import { invalid, type InvalidResult, type NotFoundResult } from './results.ts';

type Db = Kysely<Database>;

export interface SetPublicationFileInput {
	siteId: string;
	entryId: string;
	locale: string;
	/** A file already written to the media store (checked by the caller). */
	file: { storageKey: string; filename: string; mimeType: string; byteSize: number };
	userId: string;
}

/**
 * Attaches `file` as the publication's download in `locale` (replacing the one it had): a `media`
 * row of the site, then `publication_files`, in one transaction. Only a publication of `siteId`
 * and one of the site's locales; the same bytes already a file of the site are reused, bytes the
 * site has as an image are refused (`in-use`). Another site's rows do not matter: each site has
 * its own row, sharing the stored bytes. `storageKeys`: the replaced file's
 * stored bytes when no row needs them any more, for the caller to remove after this returns.
 */
export async function setPublicationFile(
	db: Db,
	input: SetPublicationFileInput
): Promise<{ kind: 'saved'; mediaId: string; storageKeys: string[] } | InvalidResult | NotFoundResult> {
	if (!isUuid(input.entryId)) return { kind: 'not-found' };
	const filename = input.file.filename.trim().slice(0, 200);
	if (filename === '') return invalid('file', 'required');
	try {
		return await db.transaction().execute(async (tx) => {
			const entry = await tx
				.selectFrom('entries as e')
				.innerJoin('sites as s', 's.id', 'e.site_id')
				.select(['e.id', 's.locales'])
				.where('e.site_id', '=', input.siteId)
				.where('e.id', '=', input.entryId)
				.where('e.type', '=', 'publication')
				.forUpdate('e')
				.executeTakeFirst();
			if (!entry) return { kind: 'not-found' } as const;
			const locale = entry.locales.find((l) => l === input.locale);
			if (!locale) return invalid('locale', 'not-a-site-locale');
			const previous = await tx
				.selectFrom('publication_files')
				.select('media_id')
				.where('entry_id', '=', entry.id)
				.where('locale', '=', locale)
				.executeTakeFirst();
			// The existing row is locked (key share) so a concurrent removal cannot delete it before it
			// is linked; when one deleted it just before, a second insert makes it anew.
			let media: { id: string } | undefined;
			for (let attempt = 0; attempt < 2 && !media; attempt++) {
				media =
					(await tx
						.insertInto('media')
						.values({
							site_id: input.siteId,
							storage_key: input.file.storageKey,
							filename,
							mime_type: input.file.mimeType,
							byte_size: input.file.byteSize,
							width: null,
							height: null,
							created_by: input.userId
						})
						.onConflict((oc) => oc.columns(['site_id', 'storage_key']).doNothing())
						.returning('id')
						.executeTakeFirst()) ??
					(await tx
						.selectFrom('media')
						.select('id')
						.where('storage_key', '=', input.file.storageKey)
						.where('site_id', '=', input.siteId)
						.where('width', 'is', null)
						.forKeyShare()
						.executeTakeFirst());
			}
			if (!media) return invalid('file', 'in-use');
			const mediaId = media.id;
			await tx
				.insertInto('publication_files')
				.values({ entry_id: entry.id, locale, media_id: mediaId })
				.onConflict((oc) => oc.columns(['entry_id', 'locale']).doUpdateSet({ media_id: mediaId }))
				.execute();
			const storageKeys =
				previous && previous.media_id !== mediaId ? await dropUnusedFile(tx, previous.media_id) : [];
			return { kind: 'saved', mediaId, storageKeys } as const;
		});
	} catch (error) {
		throw toDbError(error);
	}
}

/**
 * Takes the publication's file in `locale` off; not-found when it had none. Its media row goes too
 * when no other publication offers it; `storageKeys`: the stored bytes no row needs any more,
 * for the caller to remove after this returns.
 */
export async function removePublicationFile(
	db: Db,
	input: { siteId: string; entryId: string; locale: string }
): Promise<{ kind: 'removed'; storageKeys: string[] } | NotFoundResult> {
	if (!isUuid(input.entryId)) return { kind: 'not-found' };
	try {
		return await db.transaction().execute(async (tx) => {
			const removed = await tx
				.deleteFrom('publication_files')
				.where('entry_id', '=', input.entryId)
				.where('locale', '=', input.locale as Locale)
				.where('entry_id', 'in', (qb) =>
					qb
						.selectFrom('entries')
						.select('id')
						.where('site_id', '=', input.siteId)
						.where('type', '=', 'publication')
				)
				.returning('media_id')
				.executeTakeFirst();
			if (!removed) return { kind: 'not-found' } as const;
			return { kind: 'removed', storageKeys: await dropUnusedFile(tx, removed.media_id) } as const;
		});
	} catch (error) {
		throw toDbError(error);
	}
}

/**
 * Once a publication's file no longer points at `mediaId`: deletes that media row when no
 * publication offers it any more (a file's row, never an image of the library), and answers
 * which of its stored keys no row needs.
 */
async function dropUnusedFile(tx: Db, mediaId: string): Promise<string[]> {
	// Locked before the check: a concurrent setPublicationFile linking this row waits for us.
	const media = await tx
		.selectFrom('media')
		.select('storage_key')
		.where('id', '=', mediaId)
		.where('width', 'is', null)
		.forUpdate()
		.executeTakeFirst();
	if (!media) return [];
	const offered = await tx
		.selectFrom('publication_files')
		.select('entry_id')
		.where('media_id', '=', mediaId)
		.limit(1)
		.executeTakeFirst();
	if (offered) return [];
	return deleteMediaRow(tx, mediaId, media.storage_key);
}

/** The files of a publication for its editor: name and size per locale. */
export async function publicationFilesForEditing(
	db: Db,
	siteId: string,
	entryId: string
): Promise<
	Array<{ locale: Locale; media_id: string; filename: string; mime_type: string; byte_size: number }>
> {
	if (!isUuid(entryId)) return [];
	const rows = await db
		.selectFrom('publication_files as p')
		.innerJoin('entries as e', 'e.id', 'p.entry_id')
		.innerJoin('media as m', 'm.id', 'p.media_id')
		.select(['p.locale', 'p.media_id', 'm.filename', 'm.mime_type', 'm.byte_size'])
		.where('e.site_id', '=', siteId)
		.where('p.entry_id', '=', entryId)
		.orderBy('p.locale')
		.execute();
	return rows.map((row) => ({ ...row, byte_size: Number(row.byte_size) }));
}
