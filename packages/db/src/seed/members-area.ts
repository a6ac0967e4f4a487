// Seed: the platform's working groups and its members' area.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import { storeFile } from '../storage.ts';
import { minimalPdf } from './content/pdf.ts';

type Tx = Transaction<Database>;

/** The working groups: four, two per kind. */
export async function seedWorkingGroups(tx: Tx): Promise<void> {
	// The country groups are open (join at once); the theme groups closed (a coordinator approves).
	const groups = [
		{ slug: 'benin', kind: 'country' as const, country_code: 'BJ', name: 'Benin', access: 'open' as const },
		{
			slug: 'bolivia',
			kind: 'country' as const,
			country_code: 'BO',
			name: 'Bolivia',
			access: 'open' as const
		},
		{
			slug: 'social-protection',
			kind: 'theme' as const,
			country_code: null,
			name: 'Social protection',
			access: 'closed' as const
		},
		{
			slug: 'decent-work-dialogue',
			kind: 'theme' as const,
			country_code: null,
			name: 'Decent work: dialogue with DGD',
			access: 'closed' as const
		}
	];
	for (const group of groups) {
		await tx
			.insertInto('working_groups')
			.values(group)
			.onConflict((oc) => oc.column('slug').doUpdateSet({ name: group.name }))
			.execute();
	}
}

/**
 * The members' area: a few members in working groups, a discussion, a file for all members and
 * meetings to come. Found again by their titles, so a second run adds nothing.
 */
export async function seedMembersArea(tx: Tx): Promise<void> {
	const userId = async (email: string) =>
		(
			await tx
				.selectFrom('users')
				.select('id')
				.where(sql<boolean>`lower(email) = ${email}`)
				.executeTakeFirstOrThrow()
		).id;
	const groupId = async (slug: string) =>
		(await tx.selectFrom('working_groups').select('id').where('slug', '=', slug).executeTakeFirstOrThrow())
			.id;
	const els = await userId('els.peeters@acv-csc.be');
	const sophie = await userId('sophie.dubois@solidaris.be');
	const admin = await userId('admin@waardigwerk.be');
	const social = await groupId('social-protection');
	const benin = await groupId('benin');
	await tx
		.insertInto('working_group_members')
		.values([
			{ group_id: social, user_id: els, role: 'coordinator' },
			{ group_id: benin, user_id: sophie, role: 'member' }
		])
		.onConflict((oc) => oc.doNothing())
		.execute();
	await tx
		.updateTable('working_groups')
		.set({
			description: 'Universal social protection: campaigns, the ILO floors and our partners’ experience.'
		})
		.where('id', '=', social)
		.where('description', '=', '')
		.execute();

	const threadTitle = 'Campagne sociale bescherming 2027';
	const thread = await tx
		.selectFrom('threads')
		.select('id')
		.where('title', '=', threadTitle)
		.executeTakeFirst();
	if (!thread) {
		const { id } = await tx
			.insertInto('threads')
			.values({ group_id: social, title: threadTitle, created_by: els })
			.returning('id')
			.executeTakeFirstOrThrow();
		await tx
			.insertInto('posts')
			.values([
				{
					thread_id: id,
					author_id: els,
					body: 'Voorstel voor de **planning** van de campagne:\n\n1. Januari: tekst\n2. Maart: actiedag'
				},
				{
					thread_id: id,
					author_id: admin,
					body: 'Goed plan. Zie ook de [ILO-aanbeveling 202](https://www.ilo.org/).'
				}
			])
			.execute();
	}

	const fileTitle = 'Jaarplan werkgroepen';
	const file = await tx.selectFrom('files').select('id').where('title', '=', fileTitle).executeTakeFirst();
	if (!file) {
		const bytes = minimalPdf(fileTitle, 'Solidair platform: working groups 2027');
		const { key, size } = await storeFile(bytes);
		const existing = await tx
			.selectFrom('file_versions')
			.select('id')
			.where('storage_key', '=', key)
			.executeTakeFirst();
		if (!existing) {
			const { id } = await tx
				.insertInto('files')
				.values({ scope: 'platform', title: fileTitle, created_by: admin })
				.returning('id')
				.executeTakeFirstOrThrow();
			await tx
				.insertInto('file_versions')
				.values({
					file_id: id,
					version: 1,
					storage_key: key,
					filename: 'jaarplan-werkgroepen.pdf',
					mime_type: 'application/pdf',
					byte_size: size,
					sha256: Buffer.from(key, 'hex'),
					uploaded_by: admin
				})
				.execute();
		}
	}

	// Meetings a few weeks ahead of the first seed; moved ahead again once they are past.
	const meetings = [
		{
			title: 'Algemene vergadering van het platform',
			group_id: null,
			days: 21,
			place: 'Brussel, Haachtsesteenweg 579',
			online_url: 'https://meet.example.org/platform',
			agenda: '1. Welkom\n2. Jaarplan\n3. Varia'
		},
		{
			title: 'Werkgroep sociale bescherming',
			group_id: social,
			days: 10,
			place: null,
			online_url: 'https://meet.example.org/social-protection',
			agenda: '- Stand van de campagne\n- Volgende stappen'
		}
	];
	const now = Date.now();
	for (const meeting of meetings) {
		const day = new Date(now + meeting.days * 86_400_000);
		day.setUTCHours(8, 0, 0, 0);
		const times = { starts_at: day, ends_at: new Date(day.getTime() + 2 * 3_600_000) };
		const found = await tx
			.selectFrom('platform_events')
			.select(['id', 'ends_at'])
			.where('title', '=', meeting.title)
			.executeTakeFirst();
		if (!found) {
			const { days: _days, ...values } = meeting;
			await tx
				.insertInto('platform_events')
				.values({ ...values, ...times, created_by: admin })
				.execute();
		} else if (found.ends_at.getTime() < now) {
			await tx.updateTable('platform_events').set(times).where('id', '=', found.id).execute();
		}
	}
}
