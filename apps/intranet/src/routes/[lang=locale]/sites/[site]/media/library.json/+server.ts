// The library's grid as data, for the image picker dialog (search, "unused" and paging without
// leaving the entry editor). The same filters and refusals as the library page itself.
import { json } from '@sveltejs/kit';
import { libraryPage } from '#lib/server/library.ts';
import { editableSite } from '#lib/server/sites.ts';

export const GET = async (event) => {
	const { site } = await editableSite(event, 'view');
	// The site's languages too: an upload from the dialog asks a description in each.
	const page = await libraryPage(event.url, site, event.locals.locale);
	return json(
		{ ...page, siteLocales: site.locales },
		{
			headers: { 'cache-control': 'private, no-store' }
		}
	);
};
