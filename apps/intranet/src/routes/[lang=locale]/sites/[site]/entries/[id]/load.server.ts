// What the editor shows: the entry, per language its text, preview link, live page and revisions
// (with a diff between two when asked), what the editor saved by itself for this person, the
// library's images, a publication's files, which language's tab is open, and review before
// publishing: whether this person may publish, and each language's reviews.
import { type Locale } from '@solidair/db';
import { autosavesOf, publicationFilesForEditing, revisionDiff, revisions } from '@solidair/db/editing';
import { siteImages } from '@solidair/db/media';
import { imagesById } from '@solidair/db/site-images';
import { isLocale } from '@solidair/i18n';
import { renderBody } from '@solidair/app-kit/markdown';
import { database, pictureOf } from '@solidair/app-kit/server';
import { entryPath } from '@solidair/site-kit/server';
import { error } from '@sveltejs/kit';
import { checkTranslation } from '#lib/server/content-checks.ts';
import { revisionId } from '#lib/server/forms.ts';
import { insertionsFor } from '#lib/server/insertions.ts';
import { previewLink, siteOrigin } from '#lib/server/preview-link.ts';
import { editableSite, type EditedSite } from '#lib/server/sites.ts';
import type { PageServerLoadEvent } from './$types';
import { doneKinds } from './done.ts';
import { loadEntry } from './editor.server.ts';
import { publishingOf, reviewsOf } from './publishing.server.ts';
import { taxonomyOf } from './taxonomy.server.ts';
import { changesOf, memoryOf } from './translator-help.server.ts';

type Entry = Awaited<ReturnType<typeof loadEntry>>;

/** `?compare=fr&from=12&to=15`: two revisions of one translation, or 400 for anything else. */
function comparison(url: URL) {
	const compare = url.searchParams.get('compare');
	if (compare === null) return undefined;
	const from = revisionId(url.searchParams.get('from'));
	const to = revisionId(url.searchParams.get('to'));
	if (!isLocale(compare) || !from || !to) error(400, 'Bad request');
	return { locale: compare, from, to };
}

/** One language's column: its text rendered, its preview link, its revisions and the diff asked for. */
async function languageOf(
	site: EditedSite,
	entry: Entry,
	locale: Locale,
	compare: ReturnType<typeof comparison>,
	/** Where the intranet serves the site's media (see `renderBody`). */
	mediaBase: string
) {
	const translation = entry.translations[locale];
	// The source's sentences as translated before on the site, also for a translation still to add.
	const memory = await memoryOf(site.id, entry, locale);
	if (!translation)
		return {
			locale,
			translation: undefined,
			revisions: [],
			body: [],
			preview: undefined,
			live: undefined,
			memory,
			changes: undefined
		};
	const history = await revisions(database(), site.id, translation.id);
	let diff;
	if (compare?.locale === locale) {
		const before = history.find((revision) => revision.id === compare.from);
		const after = history.find((revision) => revision.id === compare.to);
		if (!before || !after) error(400, 'Bad request');
		diff = { from: before.version, to: after.version, fields: revisionDiff(before, after) };
	}
	return {
		locale,
		translation,
		memory,
		// What changed in the source since an outdated translation was made.
		changes: translation.outdated ? await changesOf(site.id, translation.id) : undefined,
		// The list needs no texts; the diff above was made from them.
		revisions: history.map(({ id, version, status, created_at, created_by_name, restored_from }) => ({
			id,
			version,
			status,
			created_at,
			created_by_name,
			restored_from
		})),
		diff,
		body: renderBody(translation.body, { mediaBase }),
		preview: previewLink(site.id, translation),
		live: liveLink(site, entry, translation),
		// The content checks of the stored text, for the publish panel.
		checks: await checkTranslation(site, entry, locale, translation)
	};
}

/** The public page of a published translation on its site, if its kind of entry has pages. */
function liveLink(site: EditedSite, entry: Entry, translation: NonNullable<Entry['translations'][Locale]>) {
	if (translation.status !== 'published') return undefined;
	const path = entryPath(translation.locale, {
		type: entry.type,
		slug: translation.slug,
		section: entry.section
	});
	return path && `${siteOrigin(site.id)}${path}`;
}

/** The library's images the body editor inserts (its newest 200), and the entry's main picture. */
async function imageChoices(site: EditedSite, entry: Entry, locale: Locale) {
	const db = database();
	const library = await siteImages(db, site.id);
	const current = entry.image_id ? (await imagesById(db, [entry.image_id])).get(entry.image_id) : undefined;
	return {
		library,
		picture: current && pictureOf(current, locale, `/${locale}/sites/${site.id}`)
	};
}

/** After post/redirect/get: what was just done, and to which language. */
function noticeOf(url: URL) {
	const notice = doneKinds.find((kind) => url.searchParams.has(kind));
	const noticeLocale = notice && url.searchParams.get(notice);
	// A removed file is confirmed in the files section, beside the file it was.
	const fileRemoved = url.searchParams.get('fileRemoved');
	return {
		notice,
		noticeLocale: isLocale(noticeLocale) ? noticeLocale : undefined,
		fileRemoved: isLocale(fileRemoved) ? fileRemoved : undefined
	};
}

/** The language whose tab is open: `?lang=fr` (tabs without a script), else the one just saved, else the source. */
function activeLocale(url: URL, entry: Entry, noticeLocale: Locale | undefined): Locale {
	const asked = url.searchParams.get('lang');
	if (isLocale(asked) && entry.locales.includes(asked)) return asked;
	return noticeLocale ?? entry.source_locale;
}

export async function loadEditor(event: PageServerLoadEvent) {
	const { user, actor, site } = await editableSite(event, 'update');
	const entry = await loadEntry(site.id, event.params.id);
	const compare = comparison(event.url);
	const languages = await Promise.all(
		entry.locales.map((code) =>
			languageOf(site, entry, code, compare, `/${event.locals.locale}/sites/${site.id}`)
		)
	);
	if (compare && !languages.some((language) => language.locale === compare.locale && language.diff))
		error(400, 'Bad request');
	const locale = event.locals.locale;
	const { library, picture } = await imageChoices(site, entry, locale);
	const notice = noticeOf(event.url);
	return {
		site,
		entry,
		languages,
		// A publication's download per language (name and size), for the files section.
		files:
			entry.type === 'publication' ? await publicationFilesForEditing(database(), site.id, entry.id) : [],
		// Images and links the body editor inserts, with texts in each language of the entry.
		insertions: await insertionsFor(site.id, library, entry.locales, locale),
		picture,
		// What the editor saved by itself for this person, reopened in the form with a notice.
		autosaves: await autosavesOf(database(), site.id, entry.id, user.id),
		activeLocale: activeLocale(event.url, entry, notice.noticeLocale),
		// Themes, dossiers and the site's countries to choose from, and the entry's own.
		taxonomy: await taxonomyOf(site, entry.id, locale),
		// Review before publishing: whether this person may publish here, and each language's reviews.
		publishing: await publishingOf(actor, site.id),
		reviews: await reviewsOf(site, entry),
		...notice
	};
}
