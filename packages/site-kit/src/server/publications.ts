import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { listEntries, publicationFiles, publicMediaFile } from '@solidair/db';
import { storedFilePath } from '@solidair/db/storage';
import type { Locale } from '@solidair/i18n';
import { error } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database } from './database.ts';
import { localesOf, sectionAlternates, uuidPattern, type Alternates } from './entries.ts';

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

/** The URL a media file is downloaded from; the file name is for the visitor's download folder. */
export function mediaPath(mediaId: string, filename: string): string {
	return `/media/${mediaId}/${encodeURIComponent(filename)}`;
}

const fileType = (mime: string) =>
	mime === 'application/pdf' ? 'PDF' : (mime.split('/')[1] ?? mime).toUpperCase();

export async function loadPublications(site: PublicSite, locale: Locale): Promise<PublicationsData> {
	const db = database();
	const { items } = await listEntries(db, await localesOf(site), locale, { type: 'publication', limit: 100 });
	const files = await publicationFiles(
		db,
		items.map((item) => item.entry_id)
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
					publishedAt: item.published_at.toISOString(),
					file: own,
					others: links.filter((link) => link !== own)
				}
			];
		}),
		alternates: sectionAlternates(site, 'publications')
	};
}

/** Streams a public media file: long-cached (its URL changes with its content), never a directory or another site's file. */
export async function mediaFile(site: PublicSite, id: string): Promise<Response> {
	if (!uuidPattern.test(id)) error(404);
	const file = await publicMediaFile(database(), site.id, id);
	if (!file) error(404);
	const path = storedFilePath(file.storage_key);
	const size = await stat(path).then(
		(info) => info.size,
		() => error(404)
	);
	const stream = Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>;
	return new Response(stream, {
		headers: {
			'content-type': file.mime_type,
			'content-length': String(size),
			'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'cache-control': 'public, max-age=86400',
			'x-content-type-options': 'nosniff'
		}
	});
}
