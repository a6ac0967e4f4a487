import { listEntries } from '@solidair/db/content';
import { publicationFiles } from '@solidair/db/listings';
import type { Locale } from '@solidair/i18n';
import type { ContentSite } from '../site.ts';
import { database, mediaPath } from '@solidair/app-kit/server';
import { localesOf, sectionAlternates, type Alternates } from './entries.ts';
import { shownDate } from './shown-date.ts';
import { listsTag, tagPage } from './page-tags.ts';

export interface PublicationFileLink {
	href: string;
	locale: Locale;
	type: string;
	bytes: number;
}

export interface PublicationItem {
	title: string;
	summary: string;
	publishedAt: string;
	/** The file in the visitor's language when there is one, else the first. */
	file: PublicationFileLink;
	/** The same publication in the other languages it exists in. */
	others: PublicationFileLink[];
}

export interface PublicationsData {
	items: PublicationItem[];
	alternates: Alternates;
}

const fileType = (mime: string) =>
	mime === 'application/pdf' ? 'PDF' : (mime.split('/')[1] ?? mime).toUpperCase();

export async function loadPublications(site: ContentSite, locale: Locale): Promise<PublicationsData> {
	tagPage(listsTag(site));
	const db = database();
	// One moment for both: a file is offered only while its own language's translation is public.
	const now = new Date();
	const { items } = await listEntries(db, await localesOf(site), locale, {
		type: 'publication',
		limit: 100,
		now
	});
	const files = await publicationFiles(
		db,
		items.map((item) => item.entry_id),
		now
	);
	return {
		items: items.flatMap((item) => {
			const links = (files.get(item.entry_id) ?? [])
				.filter((file) => site.locales.includes(file.locale))
				.map((file) => ({
					href: mediaPath(file.media_id, file.filename),
					locale: file.locale,
					type: fileType(file.mime_type),
					bytes: file.byte_size
				}));
			const own = links.find((link) => link.locale === locale) ?? links[0];
			if (!own) return [];
			return [
				{
					title: item.title,
					summary: item.summary,
					publishedAt: shownDate(item),
					file: own,
					others: links.filter((link) => link !== own)
				}
			];
		}),
		alternates: sectionAlternates(site, 'publications')
	};
}
