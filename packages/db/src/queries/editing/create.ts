// A new entry of a site: the entry, its event or vacancy details, and its first translation (a
// draft in its source locale), all or nothing.
import type { Kysely } from 'kysely';
import type { Database, EntryType, Locale } from '../../schema.ts';
import {
	defaultTimeZone,
	entrySection,
	newEntryProblem,
	type NewEventDetails,
	type NewVacancyDetails
} from './field-checks.ts';
import type { EditableTranslation, InvalidResult, NotFoundResult, SlugTakenResult } from './results.ts';
import { writeTranslation } from './save.ts';
import { inTransaction, Rollback, type EntryRef } from './stored.ts';

type Db = Kysely<Database>;

export interface CreateEntryInput {
	siteId: string;
	type: EntryType;
	sourceLocale: Locale;
	title: string;
	/** Omitted: made from the title. */
	slug?: string;
	summary?: string;
	body?: string;
	/** Required for pages and campaigns (ignored for other types): their site section, a key of i18n's sectionSegments. */
	section?: string | null;
	key?: string | null;
	authorName?: string | null;
	event?: NewEventDetails;
	vacancy?: NewVacancyDetails;
	userId: string;
	now?: Date;
}

export type CreateEntryResult =
	| { kind: 'created'; entryId: string; translation: EditableTranslation; revisionId: string }
	| SlugTakenResult
	| InvalidResult
	| NotFoundResult;

/** A new entry of `siteId` with its source-locale translation, as a draft. */
export async function createEntry(db: Db, input: CreateEntryInput): Promise<CreateEntryResult> {
	const problem = newEntryProblem(input);
	if (problem) return problem;
	const section = entrySection(input.type, input.section);
	const { event, vacancy } = input;

	const result = await inTransaction(db, async (tx) => {
		const site = await tx
			.selectFrom('sites')
			.select('locales')
			.where('id', '=', input.siteId)
			.executeTakeFirst();
		if (!site) return { kind: 'not-found' } as const;
		const now = input.now ?? new Date();
		const { id } = await tx
			.insertInto('entries')
			.values({
				site_id: input.siteId,
				type: input.type,
				source_locale: input.sourceLocale,
				key: input.key ?? null,
				section,
				author_name: input.authorName ?? null,
				created_by: input.userId,
				created_at: now,
				updated_at: now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		if (event) {
			await tx
				.insertInto('event_details')
				.values({
					entry_id: id,
					starts_at: event.startsAt,
					ends_at: event.endsAt,
					time_zone: event.timeZone ?? defaultTimeZone,
					place: event.place ?? null,
					online_url: event.onlineUrl ?? null
				})
				.execute();
		}
		if (vacancy) {
			await tx
				.insertInto('vacancy_details')
				.values({
					entry_id: id,
					closes_on: vacancy.closesOn,
					contract: vacancy.contract,
					place: vacancy.place
				})
				.execute();
		}
		const entry: EntryRef = {
			id,
			site_id: input.siteId,
			type: input.type,
			source_locale: input.sourceLocale,
			locales: site.locales
		};
		const saved = await writeTranslation(
			tx,
			entry,
			{
				locale: input.sourceLocale,
				expectedVersion: 0,
				title: input.title,
				slug: input.slug,
				summary: input.summary ?? '',
				body: input.body ?? '',
				status: 'draft',
				userId: input.userId,
				now
			},
			{ restoredFrom: null }
		);
		// Anything but a saved translation undoes the entry too.
		if (saved.kind !== 'saved') throw new Rollback(saved);
		return {
			kind: 'created',
			entryId: id,
			translation: saved.translation,
			revisionId: saved.revisionId
		} as const;
	});
	// A new entry cannot meet a version conflict; any other result passes through.
	if (result.kind === 'conflict' || result.kind === 'saved') throw new Error(`unexpected ${result.kind}`);
	return result;
}
