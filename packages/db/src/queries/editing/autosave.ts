// What the editor saves by itself while someone types: beside the translation, never in it, so a
// published or scheduled text stays as it is until its editor saves it. One autosave per entry,
// language and person; saving or discarding the language removes it.
import type { Kysely } from 'kysely';
import type { Database, Locale } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import type { StoredTranslation } from './results.ts';
import { entryRef, storedTranslation } from './stored.ts';

type Db = Kysely<Database>;

export interface AutosaveInput {
	siteId: string;
	entryId: string;
	locale: Locale;
	userId: string;
	/** The translation's version the text was typed over; 0 for a language not yet added. */
	expectedVersion: number;
	title: string;
	summary: string;
	body: string;
	/** The clock, for tests. */
	now?: Date;
}

export type AutosaveResult =
	| { kind: 'saved'; savedAt: Date }
	/** Someone saved the language since: nothing stored, their version to show beside the form. */
	| { kind: 'conflict'; stored: StoredTranslation | undefined }
	| { kind: 'not-found' };

/** A stored autosave, as the editor reopens it. */
export interface Autosave {
	locale: Locale;
	base_version: number;
	title: string;
	summary: string;
	body: string;
	saved_at: Date;
}

/**
 * Stores what `userId` typed in one language of an entry of `siteId`, over their earlier autosave.
 * Refused (nothing written) when the translation is no longer at `expectedVersion`: an autosave
 * never hides someone else's newer version.
 */
export async function autosaveTranslation(db: Db, input: AutosaveInput): Promise<AutosaveResult> {
	return db.transaction().execute(async (tx) => {
		const entry = await entryRef(tx, input.siteId, input.entryId);
		if (!entry || !entry.locales.includes(input.locale)) return { kind: 'not-found' } as const;
		// Locked, so a save of the language between our check and our write waits for us.
		const current = await tx
			.selectFrom('entry_translations')
			.select('version')
			.where('entry_id', '=', entry.id)
			.where('locale', '=', input.locale)
			.forUpdate()
			.executeTakeFirst();
		if ((current?.version ?? 0) !== input.expectedVersion)
			return { kind: 'conflict', stored: await storedTranslation(tx, entry.id, input.locale) } as const;
		const savedAt = input.now ?? new Date();
		const values = {
			base_version: input.expectedVersion,
			title: input.title,
			summary: input.summary,
			body: input.body,
			saved_at: savedAt
		};
		await tx
			.insertInto('entry_autosaves')
			.values({ ...values, entry_id: entry.id, locale: input.locale, user_id: input.userId })
			.onConflict((oc) => oc.columns(['entry_id', 'locale', 'user_id']).doUpdateSet(values))
			.execute();
		return { kind: 'saved', savedAt } as const;
	});
}

/** `userId`'s autosaves of an entry of `siteId`, one per language at most. */
export async function autosavesOf(
	db: Db,
	siteId: string,
	entryId: string,
	userId: string
): Promise<Autosave[]> {
	const entry = await entryRef(db, siteId, entryId);
	if (!entry) return [];
	return db
		.selectFrom('entry_autosaves')
		.select(['locale', 'base_version', 'title', 'summary', 'body', 'saved_at'])
		.where('entry_id', '=', entry.id)
		.where('user_id', '=', userId)
		.orderBy('locale')
		.execute();
}

/** Removes `userId`'s autosave of one language (after a save, or when they discard it). */
export async function discardAutosave(
	db: Db,
	{ siteId, entryId, locale, userId }: { siteId: string; entryId: string; locale: Locale; userId: string }
): Promise<void> {
	if (!isUuid(entryId)) return;
	await db
		.deleteFrom('entry_autosaves')
		.where(
			'entry_id',
			'in',
			db.selectFrom('entries').select('id').where('site_id', '=', siteId).where('id', '=', entryId)
		)
		.where('locale', '=', locale)
		.where('user_id', '=', userId)
		.execute();
}
