// Seed: the intranet's staff home.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { storeFile } from '../storage.ts';
import { minimalPdf } from './content/pdf.ts';
import { staffAnnouncements, staffDocument, staffEvents } from './content/staff.ts';

type Tx = Transaction<Database>;

/**
 * The intranet's staff home: announcements, agenda items and a document for staff, posted by
 * the intranet admin. Found again by their titles, so a second run adds nothing.
 */
export async function seedStaffHome(tx: Tx): Promise<void> {
	const { id: admin } = await tx
		.selectFrom('users')
		.select('id')
		.where(sql<boolean>`lower(email) = ${'marie.lambert@wsm.be'}`)
		.executeTakeFirstOrThrow();
	const staff = new Map(
		(
			await tx
				.selectFrom('organisations')
				.select(['id', 'slug'])
				.where('slug', 'in', ['wsm', 'fos'])
				.execute()
		).map((o) => [o.slug, o.id])
	);
	const organisationId = (slug: 'wsm' | 'fos' | undefined) => (slug ? staff.get(slug)! : null);

	for (const announcement of staffAnnouncements) {
		const found = await tx
			.selectFrom('announcements')
			.select('id')
			.where('title', '=', announcement.title)
			.executeTakeFirst();
		if (found) continue;
		await tx
			.insertInto('announcements')
			.values({
				title: announcement.title,
				body: announcement.body,
				organisation_id: organisationId(announcement.organisation),
				pinned: announcement.pinned ?? false,
				publish_from: announcement.publishFrom,
				expires_at: announcement.expiresAt ?? null,
				created_by: admin
			})
			.execute();
	}

	const now = Date.now();
	for (const event of staffEvents) {
		const day = new Date(now + event.days * 86_400_000);
		day.setUTCHours(9, 0, 0, 0);
		const times = { starts_at: day, ends_at: new Date(day.getTime() + event.hours * 3_600_000) };
		const found = await tx
			.selectFrom('staff_events')
			.select(['id', 'ends_at'])
			.where('title', '=', event.title)
			.executeTakeFirst();
		if (!found) {
			await tx
				.insertInto('staff_events')
				.values({
					title: event.title,
					description: event.description,
					organisation_id: organisationId(event.organisation),
					place: event.place ?? null,
					online_url: event.onlineUrl ?? null,
					created_by: admin,
					...times
				})
				.execute();
		} else if (found.ends_at.getTime() < now) {
			await tx.updateTable('staff_events').set(times).where('id', '=', found.id).execute();
		}
	}

	const document = await tx
		.selectFrom('files')
		.select('id')
		.where('title', '=', staffDocument.title)
		.executeTakeFirst();
	if (!document) {
		const { key, size } = await storeFile(minimalPdf(staffDocument.title, staffDocument.line));
		const { id } = await tx
			.insertInto('files')
			.values({ scope: 'staff', title: staffDocument.title, created_by: admin })
			.returning('id')
			.executeTakeFirstOrThrow();
		await tx
			.insertInto('file_versions')
			.values({
				file_id: id,
				version: 1,
				storage_key: key,
				filename: staffDocument.filename,
				mime_type: 'application/pdf',
				byte_size: size,
				sha256: Buffer.from(key, 'hex'),
				uploaded_by: admin
			})
			.execute();
	}
}
