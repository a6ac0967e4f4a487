import { can } from '@solidair/auth';
import { openReviewCounts, siteEntriesPage, siteEntryAuthors } from '@solidair/db/editing';
import { readEntryList } from '@solidair/db/input';
import { database } from '@solidair/app-kit/server';
import { error } from '@sveltejs/kit';
import { offsetOf, pageCountOf, pageSize } from '#lib/server/access.ts';
import { editableSite } from '#lib/server/sites.ts';
import { entryTypes, typeLabel } from '#lib/entry-labels.ts';

// A site's entries for its editors, a page at a time: searched, filtered and sorted by one GET
// form (readEntryList), each with the state of its translation in every site language. What no
// form of ours sends (a type, language or state not offered, a search longer than the field's
// maxlength, a page that is no positive whole number) is a 400 in the editor's language.
export const load = async (event) => {
	const { actor, site } = await editableSite(event, 'view');
	const query = readEntryList(site.locales, event.url.searchParams);
	if (!query) error(400, 'Bad request');
	const { locale } = event.locals;
	// "By type" follows the types' names in the editor's language, as the type filter lists them.
	const collator = new Intl.Collator(locale);
	const typeOrder = [...entryTypes].sort((a, b) =>
		collator.compare(typeLabel(a, locale), typeLabel(b, locale))
	);
	const db = database();
	const { q, type, language, state, author, sort } = query;
	const [{ total, entries }, authors] = await Promise.all([
		siteEntriesPage(
			db,
			site.id,
			{ query: q, type, language, state, author, sort, typeOrder },
			{ limit: pageSize, offset: offsetOf(query.page) }
		),
		siteEntryAuthors(db, site.id)
	]);
	// The site's queue, with how many texts wait in it, for those who may see it.
	const openReviews = can(actor, 'view', { type: 'site-review', siteId: site.id })
		? (await openReviewCounts(db, [site.id]))[site.id]
		: undefined;
	return {
		site,
		query,
		typeOrder,
		entries,
		total,
		authors,
		openReviews,
		page: query.page,
		pageCount: pageCountOf(total)
	};
};
