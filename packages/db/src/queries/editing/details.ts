// What belongs to an entry rather than to one translation: its main picture, its film, its
// taxonomy (taxonomy.ts) and, for an event or a vacancy, its details. Versioned like a translation
// (`entries.version`).
import { videoUrlMaxLength } from '../../input/entries.ts';
import type { Kysely } from 'kysely';
import { toDbError } from '../../errors.ts';
import type { Database } from '../../schema.ts';
import { isUuid } from '../../uuid.ts';
import {
	defaultTimeZone,
	eventProblem,
	vacancyProblem,
	type NewEventDetails,
	type NewVacancyDetails
} from './field-checks.ts';
import { invalid, type InvalidResult, type NotFoundResult } from './results.ts';
import { taxonomyProblem, writeTaxonomy, type EntryTaxonomyInput, type TaxonomyProblem } from './taxonomy.ts';

type Db = Kysely<Database>;

export interface SaveEntryDetailsInput {
	siteId: string;
	entryId: string;
	/** The entry's `version` the editor loaded. */
	expectedVersion: number;
	/** The main picture: an image of the site's library, or null for none. */
	imageId: string | null;
	/**
	 * The film shown after the body, or null for none. The caller checks it is a YouTube or Vimeo
	 * address (site-kit's `videoOf`, which this package cannot import); stored as given.
	 */
	videoUrl: string | null;
	/** Written only for an event (ignored for any other type; omitted: unchanged). */
	event?: NewEventDetails;
	/** Written only for a vacancy (ignored for any other type; omitted: unchanged). */
	vacancy?: NewVacancyDetails;
	/** Themes, dossiers, countries, author, display day and a new tag (omitted: unchanged). */
	taxonomy?: EntryTaxonomyInput;
	userId: string;
	/** The clock, for tests. */
	now?: Date;
}

/** Someone saved the entry's details since the editor loaded them: nothing written. */
export interface DetailsConflictResult {
	kind: 'conflict';
	/** The version that won, which the form counts on from now on. */
	version: number;
	updated_at: Date;
}

export type SaveEntryDetailsResult =
	| { kind: 'saved'; version: number }
	| DetailsConflictResult
	| InvalidResult
	| TaxonomyProblem
	| NotFoundResult;

/**
 * Saves what belongs to the entry rather than to one translation: its main picture, its film and,
 * for an event or a vacancy, its details. Refuses a save based on an outdated `entries.version`, an
 * image outside the site's library, a film's address longer than the column takes, and details the
 * public pages could not show. Nothing is written unless the result is `saved`.
 */
export async function saveEntryDetails(
	db: Db,
	input: SaveEntryDetailsInput
): Promise<SaveEntryDetailsResult> {
	if (!isUuid(input.entryId)) return { kind: 'not-found' };
	if (input.imageId !== null && !isUuid(input.imageId)) return invalid('image', 'not-a-site-image');
	if (input.videoUrl !== null && input.videoUrl.length > videoUrlMaxLength)
		return invalid('video', 'too-long');
	try {
		return await db.transaction().execute(async (tx): Promise<SaveEntryDetailsResult> => {
			const entry = await tx
				.selectFrom('entries')
				.select(['id', 'type', 'version', 'updated_at'])
				.where('site_id', '=', input.siteId)
				.where('id', '=', input.entryId)
				.forUpdate()
				.executeTakeFirst();
			if (!entry) return { kind: 'not-found' };
			if (entry.version !== input.expectedVersion)
				return { kind: 'conflict', version: entry.version, updated_at: entry.updated_at };
			const event = entry.type === 'event' ? input.event : undefined;
			const vacancy = entry.type === 'vacancy' ? input.vacancy : undefined;
			const problem = (event && eventProblem(event)) ?? (vacancy && vacancyProblem(vacancy));
			if (problem) return problem;
			if (input.imageId !== null) {
				// Only a picture of this site's library (and an image, not another kind of file).
				const image = await tx
					.selectFrom('media')
					.select('id')
					.where('id', '=', input.imageId)
					.where('site_id', '=', input.siteId)
					.where('width', 'is not', null)
					.executeTakeFirst();
				if (!image) return invalid('image', 'not-a-site-image');
			}
			const refused = input.taxonomy && (await taxonomyProblem(tx, input.siteId, input.taxonomy));
			if (refused) return refused;
			const now = input.now ?? new Date();
			const updated = await tx
				.updateTable('entries')
				.set({
					image_id: input.imageId,
					video_url: input.videoUrl,
					version: entry.version + 1,
					updated_at: now
				})
				.where('id', '=', entry.id)
				.where('version', '=', entry.version)
				.returning('version')
				.executeTakeFirstOrThrow();
			if (input.taxonomy) await writeTaxonomy(tx, entry.id, input.taxonomy);
			if (event) {
				const values = {
					starts_at: event.startsAt,
					ends_at: event.endsAt,
					time_zone: event.timeZone ?? defaultTimeZone,
					place: event.place?.trim() || null,
					online_url: event.onlineUrl?.trim() || null
				};
				await tx
					.insertInto('event_details')
					.values({ entry_id: entry.id, ...values })
					.onConflict((oc) => oc.column('entry_id').doUpdateSet(values))
					.execute();
			}
			if (vacancy) {
				const values = {
					closes_on: vacancy.closesOn,
					contract: vacancy.contract.trim(),
					place: vacancy.place.trim()
				};
				await tx
					.insertInto('vacancy_details')
					.values({ entry_id: entry.id, ...values })
					.onConflict((oc) => oc.column('entry_id').doUpdateSet(values))
					.execute();
			}
			return { kind: 'saved', version: updated.version };
		});
	} catch (error) {
		throw toDbError(error);
	}
}
