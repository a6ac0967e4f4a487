// The seed: realistic content from ../shared/seeds and the WSM network, the platform's members,
// and demo users for every role. Idempotent: running it twice changes nothing.
import { hash } from '@node-rs/argon2';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, EntryType, Locale } from '../schema.ts';
import { seedNews, seedEvents, seedVacancies } from './content/articles.ts';
import { seedCountries, seedPartners } from './content/network.ts';
import { seedPages } from './content/pages.ts';
import { seedCampaigns } from './content/campaigns.ts';
import { minimalPdf } from './content/pdf.ts';
import { seedPublications } from './content/publications.ts';
import { platformEvents, platformPublications } from './content/platform.ts';
import { staffAnnouncements, staffDocument, staffEvents } from './content/staff.ts';
import { storeFile } from '../storage.ts';
import { imageCopies, storeImage, type ImageCopy } from '../images.ts';
import sharp from 'sharp';
import {
	illustrationFor,
	illustrations,
	illustrationSvg,
	type IllustrationKey
} from './content/illustrations.ts';
import { seedDossiers, seedTags } from './content/tags.ts';
import type { SeedTag, SeedTranslation } from './content/types.ts';

type Tx = Transaction<Database>;

/** The password of every demo account; printed by `npm start`, never used in production. */
export const demoPassword = 'solidair-demo-2026';

/** OWASP's argon2id parameters (m = 19 MiB, t = 2, p = 1), as @solidair/auth uses them. */
const argon2Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// The platform's members, listed on its home page (linked to their website when they have one).
export const organisations = [
	{ slug: 'wsm', name: 'WSM', kind: 'movement', website: 'https://www.wsm.be' },
	{ slug: 'fos', name: 'FOS', kind: 'ngo', website: 'https://www.fos.ngo' },
	{ slug: 'acv-csc', name: 'ACV-CSC', kind: 'union', website: 'https://www.hetacv.be' },
	{ slug: 'abvv-fgtb', name: 'ABVV-FGTB', kind: 'union', website: 'https://www.abvv.be' },
	{ slug: 'aclvb-cgslb', name: 'ACLVB-CGSLB', kind: 'union', website: 'https://www.aclvb.be' },
	{ slug: 'cm-mc', name: 'CM-MC', kind: 'mutuality', website: 'https://www.cm.be' },
	{ slug: 'solidaris', name: 'Solidaris', kind: 'mutuality', website: 'https://www.solidaris.be' },
	{
		slug: 'solidarite-socialiste',
		name: 'Solidarité Socialiste',
		kind: 'ngo',
		website: 'https://www.solsoc.be'
	},
	{ slug: 'oxfam-solidariteit', name: 'Oxfam-Solidariteit', kind: 'ngo', website: null }
] as const;

export interface DemoUser {
	email: string;
	name: string;
	role: string;
	organisation?: string;
	orgRole?: 'member' | 'admin';
	platformAdmin?: boolean;
	intranetAdmin?: boolean;
	editorOf?: 'wsm' | 'fos';
	team?: string;
	languages?: string[];
	country?: string;
}

export const demoUsers: DemoUser[] = [
	{
		email: 'admin@waardigwerk.be',
		name: 'Lotte Claes',
		role: 'platform admin',
		organisation: 'wsm',
		orgRole: 'admin',
		platformAdmin: true
	},
	{
		email: 'els.peeters@acv-csc.be',
		name: 'Els Peeters',
		role: 'organisation admin (ACV-CSC)',
		organisation: 'acv-csc',
		orgRole: 'admin'
	},
	{
		email: 'karim.elamrani@abvv-fgtb.be',
		name: 'Karim El Amrani',
		role: 'member (ABVV-FGTB)',
		organisation: 'abvv-fgtb',
		orgRole: 'member'
	},
	{
		email: 'sophie.dubois@solidaris.be',
		name: 'Sophie Dubois',
		role: 'member (Solidaris)',
		organisation: 'solidaris',
		orgRole: 'member'
	},
	{
		email: 'an.janssens@wsm.be',
		name: 'An Janssens',
		role: 'site editor (WSM)',
		organisation: 'wsm',
		orgRole: 'member',
		editorOf: 'wsm',
		team: 'Communicatie',
		languages: ['nl', 'fr', 'en'],
		country: 'BE'
	},
	{
		email: 'tom.vermeulen@fos.ngo',
		name: 'Tom Vermeulen',
		role: 'site editor (FOS)',
		organisation: 'fos',
		orgRole: 'member',
		editorOf: 'fos',
		team: 'Communicatie',
		languages: ['nl', 'en'],
		country: 'BE'
	},
	{
		email: 'marie.lambert@wsm.be',
		name: 'Marie Lambert',
		role: 'intranet admin',
		organisation: 'wsm',
		orgRole: 'member',
		intranetAdmin: true,
		team: 'ICT',
		languages: ['fr', 'nl', 'es'],
		country: 'BE'
	}
];

const sites = [
	{
		id: 'wsm',
		organisation: 'wsm',
		name: 'WSM',
		locales: ['nl', 'fr', 'en', 'es'] as Locale[],
		theme: 'wsm'
	},
	{ id: 'fos', organisation: 'fos', name: 'FOS', locales: ['nl', 'fr', 'en'] as Locale[], theme: 'fos' },
	// The Waardig Werk portal's publications and public agenda: the platform of all its members, no one's.
	{
		id: 'platform',
		organisation: null,
		name: 'Platform Waardig Werk',
		locales: ['nl', 'fr', 'en'] as Locale[],
		theme: 'platform'
	}
];

export interface SeedSummary {
	organisations: number;
	users: number;
	entries: number;
	translations: number;
}

async function upsertTag(tx: Tx, tag: SeedTag, kind: 'tag' | 'dossier'): Promise<void> {
	const { id } = await tx
		.insertInto('tags')
		.values({ key: tag.key, kind })
		.onConflict((oc) => oc.column('key').doUpdateSet({ kind }))
		.returning('id')
		.executeTakeFirstOrThrow();
	for (const [locale, label] of Object.entries(tag.labels) as [Locale, string][]) {
		const slug = tag.slugs[locale];
		await tx
			.insertInto('tag_translations')
			.values({ tag_id: id, locale, label, slug })
			.onConflict((oc) => oc.columns(['tag_id', 'locale']).doUpdateSet({ label, slug }))
			.execute();
	}
}

interface EntrySeed {
	site: string;
	key: string;
	type: EntryType;
	section?: string;
	author?: string;
	publishedAt: string;
	translations: Partial<Record<Locale, SeedTranslation>>;
	/** Media id of the entry's image. */
	imageId?: string;
}

async function upsertEntry(tx: Tx, seed: EntrySeed): Promise<string> {
	const locales = Object.keys(seed.translations) as Locale[];
	const sourceLocale: Locale = locales.includes('nl') ? 'nl' : (locales[0] ?? 'nl');
	const { id } = await tx
		.insertInto('entries')
		.values({
			site_id: seed.site,
			type: seed.type,
			key: seed.key,
			source_locale: sourceLocale,
			author_name: seed.author ?? null,
			section: seed.section ?? null,
			image_id: seed.imageId ?? null
		})
		.onConflict((oc) =>
			oc.columns(['site_id', 'key']).doUpdateSet({
				author_name: seed.author ?? null,
				section: seed.section ?? null,
				image_id: seed.imageId ?? null
			})
		)
		.returning('id')
		.executeTakeFirstOrThrow();
	for (const locale of locales) {
		const t = seed.translations[locale];
		if (!t) continue;
		const values = {
			slug: t.slug,
			title: t.title,
			summary: t.summary,
			body: t.body,
			status: 'published' as const,
			published_at: seed.publishedAt
		};
		await tx
			.insertInto('entry_translations')
			.values({ entry_id: id, site_id: seed.site, entry_type: seed.type, locale, ...values })
			.onConflict((oc) => oc.columns(['entry_id', 'locale']).doUpdateSet(values))
			.execute();
	}
	return id;
}

/** A publication time from the seed's rules, but never in the future: seeded content is visible at once. */
function notAfterNow(date: Date): string {
	return new Date(Math.min(date.getTime(), Date.now())).toISOString();
}

async function tagIds(tx: Tx): Promise<Map<string, string>> {
	const rows = await tx.selectFrom('tags').select(['id', 'key']).execute();
	return new Map(rows.map((r) => [r.key, r.id]));
}

type IllustrationFile = { bytes: Uint8Array; copies: ImageCopy[] };
let illustrationFiles: Promise<Map<string, IllustrationFile>> | undefined;

/** The seed's illustrations as JPEG files with their copies; drawn once per process (about 8 s). */
function drawIllustrations(): Promise<Map<string, IllustrationFile>> {
	illustrationFiles ??= (async () => {
		const files = new Map<string, IllustrationFile>();
		for (const site of ['wsm', 'fos'] as const) {
			for (const key of Object.keys(illustrations) as IllustrationKey[]) {
				const bytes = new Uint8Array(
					await sharp(Buffer.from(illustrationSvg(key, site)))
						.jpeg({ quality: 90 })
						.toBuffer()
				);
				files.set(`${site}/${key}`, { bytes, copies: await imageCopies(bytes) });
			}
		}
		return files;
	})();
	return illustrationFiles;
}

export async function seed(db: Kysely<Database>): Promise<SeedSummary> {
	// Hash outside the transaction: argon2 is slow on purpose.
	const hashes = new Map<string, string>();
	const existing = new Set(
		(
			await db
				.selectFrom('users')
				.select(sql<string>`lower(email)`.as('email'))
				.execute()
		).map((r) => r.email)
	);
	for (const user of demoUsers) {
		if (!existing.has(user.email)) hashes.set(user.email, await hash(demoPassword, argon2Options));
	}
	// Drawn outside the transaction too: encoding the image copies takes seconds.
	const drawings = await drawIllustrations();

	await db.transaction().execute(async (tx) => {
		// Serialise concurrent seeds (two `npm start`s): the second waits, then finds everything there.
		await sql`select pg_advisory_xact_lock(20261123)`.execute(tx);

		for (const org of organisations) {
			await tx
				.insertInto('organisations')
				.values(org)
				.onConflict((oc) =>
					oc.column('slug').doUpdateSet({ name: org.name, kind: org.kind, website: org.website })
				)
				.execute();
		}
		const orgIds = new Map(
			(await tx.selectFrom('organisations').select(['id', 'slug']).execute()).map((o) => [o.slug, o.id])
		);
		const orgId = (slug: string) => {
			const id = orgIds.get(slug);
			if (!id) throw new Error(`unknown organisation ${slug}`);
			return id;
		};

		for (const site of sites) {
			await tx
				.insertInto('sites')
				.values({
					id: site.id,
					organisation_id: site.organisation === null ? null : orgId(site.organisation),
					name: site.name,
					locales: site.locales,
					default_locale: 'nl',
					theme: site.theme
				})
				.onConflict((oc) => oc.column('id').doUpdateSet({ locales: site.locales, name: site.name }))
				.execute();
		}

		for (const country of seedCountries) {
			await tx
				.insertInto('countries')
				.values({ code: country.code, continent: country.continent })
				.onConflict((oc) => oc.column('code').doUpdateSet({ continent: country.continent }))
				.execute();
			for (const locale of ['nl', 'fr', 'en', 'es'] as const) {
				const values = { name: country.names[locale], slug: country.slugs[locale] };
				await tx
					.insertInto('country_translations')
					.values({ country_code: country.code, locale, ...values })
					.onConflict((oc) => oc.columns(['country_code', 'locale']).doUpdateSet(values))
					.execute();
			}
			for (const site of country.sites) {
				await tx
					.insertInto('site_countries')
					.values({ site_id: site, country_code: country.code })
					.onConflict((oc) => oc.doNothing())
					.execute();
			}
		}
		for (const partner of seedPartners) {
			const values = {
				country_code: partner.country,
				kind: partner.kind,
				name: partner.name,
				website: partner.website ?? null,
				site_id: partner.site
			};
			await tx
				.insertInto('partners')
				.values({ key: partner.key, ...values })
				.onConflict((oc) => oc.column('key').doUpdateSet(values))
				.execute();
		}

		for (const tag of seedTags) await upsertTag(tx, tag, 'tag');
		for (const dossier of seedDossiers) await upsertTag(tx, dossier, 'dossier');
		const tags = await tagIds(tx);

		for (const page of seedPages) {
			await upsertEntry(tx, {
				site: page.site,
				key: page.key,
				type: 'page',
				section: page.section,
				publishedAt: '2025-01-01T09:00:00Z',
				translations: page.translations
			});
		}
		const imageIds = new Map<string, string>();
		const illustration = async (site: 'wsm' | 'fos', key: IllustrationKey): Promise<string> => {
			const name = `${site}/${key}`;
			const known = imageIds.get(name);
			if (known) return known;
			const file = drawings.get(name)!;
			const { alt, focal } = illustrations[key];
			const id = await storeImage(
				tx,
				{ bytes: file.bytes, siteId: site, filename: `${key}.jpg`, alt, focal },
				{ copies: file.copies }
			);
			imageIds.set(name, id);
			return id;
		};
		for (const news of seedNews) {
			const imageId = await illustration(news.site, illustrationFor(news.tags));
			const id = await upsertEntry(tx, { ...news, type: 'news', author: news.author, imageId });
			const links = [...news.tags, ...(news.dossier ? [news.dossier] : [])].flatMap((key) => {
				const tagId = tags.get(key);
				return tagId ? [{ entry_id: id, tag_id: tagId }] : [];
			});
			if (links.length > 0)
				await tx
					.insertInto('entry_tags')
					.values(links)
					.onConflict((oc) => oc.doNothing())
					.execute();
			if (news.countries.length > 0) {
				await tx
					.insertInto('entry_countries')
					.values(news.countries.map((code) => ({ entry_id: id, country_code: code })))
					.onConflict((oc) => oc.doNothing())
					.execute();
			}
		}
		for (const campaign of seedCampaigns) {
			await upsertEntry(tx, {
				...campaign,
				type: 'campaign',
				imageId: await illustration(campaign.site, campaign.illustration)
			});
		}
		for (const event of [...seedEvents, ...platformEvents]) {
			// An event is published a month before it starts (or now, if that is still ahead).
			const publishedAt = notAfterNow(new Date(new Date(event.startsAt).getTime() - 30 * 86_400_000));
			const id = await upsertEntry(tx, { ...event, type: 'event', publishedAt });
			const details = {
				starts_at: event.startsAt,
				ends_at: event.endsAt,
				time_zone: event.timeZone,
				place: event.place ?? null,
				online_url: event.onlineUrl ?? null
			};
			await tx
				.insertInto('event_details')
				.values({ entry_id: id, ...details })
				.onConflict((oc) => oc.column('entry_id').doUpdateSet(details))
				.execute();
		}
		for (const publication of [...seedPublications, ...platformPublications]) {
			const id = await upsertEntry(tx, { ...publication, type: 'publication' });
			for (const [locale, translation] of Object.entries(publication.translations) as Array<
				[Locale, SeedTranslation]
			>) {
				// A real PDF in the media store, one per language.
				const stored = await storeFile(minimalPdf(translation.title, translation.summary));
				const media = {
					site_id: publication.site,
					filename: `${translation.slug}.pdf`,
					mime_type: 'application/pdf',
					byte_size: stored.size
				};
				const { id: mediaId } = await tx
					.insertInto('media')
					.values({ storage_key: stored.key, ...media })
					.onConflict((oc) => oc.columns(['site_id', 'storage_key']).doUpdateSet(media))
					.returning('id')
					.executeTakeFirstOrThrow();
				await tx
					.insertInto('publication_files')
					.values({ entry_id: id, media_id: mediaId, locale })
					.onConflict((oc) => oc.columns(['entry_id', 'locale']).doUpdateSet({ media_id: mediaId }))
					.execute();
			}
		}
		for (const vacancy of seedVacancies) {
			const publishedAt = notAfterNow(
				new Date(new Date(`${vacancy.closesOn}T00:00:00Z`).getTime() - 45 * 86_400_000)
			);
			const id = await upsertEntry(tx, { ...vacancy, type: 'vacancy', publishedAt });
			const details = { closes_on: vacancy.closesOn, contract: vacancy.contract, place: vacancy.place };
			await tx
				.insertInto('vacancy_details')
				.values({ entry_id: id, ...details })
				.onConflict((oc) => oc.column('entry_id').doUpdateSet(details))
				.execute();
		}

		for (const user of demoUsers) {
			const passwordHash = hashes.get(user.email);
			if (passwordHash) {
				await tx
					.insertInto('users')
					.values({
						email: user.email,
						display_name: user.name,
						password_hash: passwordHash,
						is_platform_admin: user.platformAdmin ?? false,
						is_intranet_admin: user.intranetAdmin ?? false,
						team: user.team ?? null,
						languages: user.languages ?? [],
						country_code: user.country ?? null
					})
					.execute();
			}
			const { id } = await tx
				.selectFrom('users')
				.select('id')
				.where(sql<boolean>`lower(email) = ${user.email}`)
				.executeTakeFirstOrThrow();
			if (user.organisation && user.orgRole) {
				await tx
					.insertInto('memberships')
					.values({ user_id: id, organisation_id: orgId(user.organisation), role: user.orgRole })
					.onConflict((oc) => oc.doNothing())
					.execute();
			}
			if (user.editorOf) {
				await tx
					.insertInto('site_editors')
					.values({ user_id: id, site_id: user.editorOf })
					.onConflict((oc) => oc.doNothing())
					.execute();
			}
		}

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
		await seedMembersArea(tx);
		await seedStaffHome(tx);
	});

	const count = async (table: 'organisations' | 'users' | 'entries' | 'entry_translations') =>
		Number(
			(
				await db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll<string>().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	return {
		organisations: await count('organisations'),
		users: await count('users'),
		entries: await count('entries'),
		translations: await count('entry_translations')
	};
}

/**
 * The members' area: a few members in working groups, a discussion, a file for all members and
 * meetings to come. Found again by their titles, so a second run adds nothing.
 */
async function seedMembersArea(tx: Tx): Promise<void> {
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

/**
 * The intranet's staff home: announcements, agenda items and a document for staff, posted by
 * the intranet admin. Found again by their titles, so a second run adds nothing.
 */
async function seedStaffHome(tx: Tx): Promise<void> {
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
