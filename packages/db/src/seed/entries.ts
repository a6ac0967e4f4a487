// Seed: what the sites publish: tags and dossiers, pages, news with their pictures,
// campaigns, events (the sites' and the platform's), publications with a PDF per language, and
// vacancies; all published.
import type { Transaction } from 'kysely';
import { storeImage } from '../images.ts';
import type { Database, EntryType, Locale } from '../schema.ts';
import { storeFile } from '../storage.ts';
import { seedEvents, seedNews, seedVacancies } from './content/articles.ts';
import { seedCampaigns } from './content/campaigns.ts';
import { seedPages } from './content/pages.ts';
import { minimalPdf } from './content/pdf.ts';
import { platformEvents, platformPublications } from './content/platform.ts';
import { seedPublications } from './content/publications.ts';
import { seedDossiers, seedTags } from './content/tags.ts';
import type { SeedTag, SeedTranslation } from './content/types.ts';
import { pictureFor } from './pictures/catalogue.ts';
import type { PictureFile } from './pictures/render.ts';

type Tx = Transaction<Database>;

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

const siteLanguages = { wsm: ['nl', 'fr', 'en', 'es'], fos: ['nl', 'fr', 'en'] } as const;

/** Every entry of the seed, in the order they were always added; `pictures` from renderSeedPictures. */
export async function seedEntries(tx: Tx, pictures: Map<string, PictureFile>): Promise<void> {
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
	// Each story's and campaign's own picture in its site's library, stored as an editor's upload
	// is: alt texts per language, focal point, credit and the responsive copies.
	const imageIds = new Map<string, string>();
	const picture = async (entryKey: string): Promise<string> => {
		const seedPicture = pictureFor(entryKey);
		if (!seedPicture) throw new Error(`no seed picture for ${entryKey}`);
		const known = imageIds.get(seedPicture.key);
		if (known) return known;
		const file = pictures.get(seedPicture.key)!;
		const { site, focal, credit } = seedPicture;
		// Described in the languages its site publishes in (FOS has no Spanish pages).
		const alt = Object.fromEntries(siteLanguages[site].map((l) => [l, seedPicture.alt[l]]));
		const id = await storeImage(
			tx,
			{ bytes: file.bytes, siteId: site, filename: `${seedPicture.key}.jpg`, alt, focal, credit },
			{ copies: file.copies }
		);
		imageIds.set(seedPicture.key, id);
		return id;
	};
	for (const news of seedNews) {
		const imageId = await picture(news.key);
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
			imageId: await picture(campaign.key)
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
}
