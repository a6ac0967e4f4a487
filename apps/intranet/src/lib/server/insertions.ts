// What the body editor offers to insert at the cursor, per language of the entry: the site's
// images with their alt text in that language, and links to the site's pages in that language.
// Paths are the site's own (`/media/…`, `/fr/actualites/…`), so the text works on the site and in
// its preview alike.
import { type Locale } from '@solidair/db';
import { siteEntries } from '@solidair/db/editing';
import { imagesById } from '@solidair/db/site-images';
import { languageName } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { entryPath } from '@solidair/site-kit/server';
import { database, markdownLabel, pictureOf } from '@solidair/app-kit/server';
import type { MarkdownInsertion } from '@solidair/ui';
import { typeLabel } from '#lib/entry-labels.ts';

/** The Markdown that shows an image, described in `locale` (empty for a decorative one). */
export function imageMarkdown(image: Parameters<typeof pictureOf>[0], locale: Locale): string {
	const picture = pictureOf(image, locale);
	return `![${markdownLabel(picture.alt)}](${picture.src})`;
}

/** The editor's lists for each of `locales`: images (newest 200) and pages that exist in that language. */
export async function insertionsFor(
	siteId: string,
	images: Array<{ id: string; filename: string }>,
	locales: readonly Locale[],
	uiLocale: Locale
): Promise<Partial<Record<Locale, MarkdownInsertion[]>>> {
	const [library, entries] = await Promise.all([
		imagesById(
			database(),
			images.map((image) => image.id)
		),
		siteEntries(database(), siteId, { limit: 500 })
	]);
	const result: Partial<Record<Locale, MarkdownInsertion[]>> = {};
	for (const locale of locales) {
		const language = languageName(locale, uiLocale);
		const imageOptions = images.flatMap((image) => {
			const stored = library.get(image.id);
			if (!stored) return [];
			const text = imageMarkdown(stored, locale);
			const alt = pictureOf(stored, locale).alt;
			return [{ label: alt ? `${image.filename} · ${alt}` : image.filename, text }];
		});
		const linkOptions = entries.flatMap((entry) => {
			const translation = entry.locales.find((state) => state.locale === locale);
			if (!translation?.exists) return [];
			const path = entryPath(locale, { type: entry.type, slug: translation.slug, section: entry.section });
			if (!path) return [];
			return [
				{
					label: `${typeLabel(entry.type, uiLocale)} · ${translation.title}`,
					text: `[${markdownLabel(translation.title)}](${path})`
				}
			];
		});
		result[locale] = [
			{
				label: m.editing_insert_image({ language }, { locale: uiLocale }),
				button: m.editing_insert_image_button({}, { locale: uiLocale }),
				block: true,
				options: imageOptions
			},
			{
				label: m.editing_insert_link({ language }, { locale: uiLocale }),
				button: m.editing_insert_link_button({}, { locale: uiLocale }),
				options: linkOptions.sort((a, b) => a.label.localeCompare(b.label, uiLocale))
			}
		];
	}
	return result;
}
