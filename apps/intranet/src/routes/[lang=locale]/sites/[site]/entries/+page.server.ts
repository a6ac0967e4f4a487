import { siteEntries } from '@solidair/db';
import { database } from '@solidair/site-kit/server';
import { error } from '@sveltejs/kit';
import { parseListFilters } from '#lib/server/forms.ts';
import { editableSite } from '#lib/server/sites.ts';

// A site's entries for its editors: each with the state of its translation in every site language.
export const load = async (event) => {
	const { site } = await editableSite(event, 'view');
	const filters = parseListFilters(event.url.searchParams);
	if (!filters) error(400, 'Bad request');
	const entries = await siteEntries(database(), site.id, {
		type: filters.type || undefined,
		status: filters.status || undefined,
		query: filters.q || undefined
	});
	return { site, filters, entries };
};
