import { siteEntriesPage } from '@solidair/db/editing';
import { database } from '@solidair/app-kit/server';
import { error } from '@sveltejs/kit';
import { offsetOf, pageCountOf, pageParam, pageSize } from '#lib/server/access.ts';
import { parseListFilters } from '#lib/server/forms.ts';
import { editableSite } from '#lib/server/sites.ts';

// A site's entries for its editors, a page at a time (`?page=2`, the filters kept): each with the
// state of its translation in every site language. What no form of ours sends (a type or status
// not offered, a search longer than the field's maxlength, a page that is no positive whole number)
// is a 400, as on the intranet's other lists.
export const load = async (event) => {
	const { site } = await editableSite(event, 'view');
	const filters = parseListFilters(event.url.searchParams);
	if (!filters) error(400, 'Bad request');
	const page = pageParam(event.url);
	const { total, entries } = await siteEntriesPage(
		database(),
		site.id,
		{ type: filters.type || undefined, status: filters.status || undefined, query: filters.q || undefined },
		{ limit: pageSize, offset: offsetOf(page) }
	);
	const pageCount = pageCountOf(total);
	return { site, filters, entries, total, page, pageCount };
};
