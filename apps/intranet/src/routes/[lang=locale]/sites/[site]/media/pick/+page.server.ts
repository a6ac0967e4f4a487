// The image picker as a page, for editors without JavaScript (with it, the same grid opens in a
// dialog over the editor): `?for=<entry id>&return=<editor path>`. Choosing posts the choice,
// which becomes the entry's picture at once, and goes back to the editor.
import { setEntryImage } from '@solidair/db/media';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import { libraryPage } from '#lib/server/library.ts';
import { editableSite, type EditedSite } from '#lib/server/sites.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The entry being given a picture (one of the site's, or 404) and where to go back to. */
async function target(site: EditedSite, locale: string, entryId: string | null, back: string | null) {
	if (!entryId || !uuid.test(entryId)) error(404, 'Not found');
	const entry = await database()
		.selectFrom('entries')
		.select('id')
		.where('site_id', '=', site.id)
		.where('id', '=', entryId)
		.executeTakeFirst();
	if (!entry) error(404, 'Not found');
	const editor = `/${locale}/sites/${site.id}/entries/${entry.id}`;
	// Only back into this entry's editor: a return address is never a way off the intranet.
	const safe =
		back && (back === editor || (back.startsWith(`${editor}?`) && !back.includes('#'))) ? back : editor;
	return { entryId: entry.id, back: safe };
}

export const load = async (event) => {
	const { site } = await editableSite(event, 'update');
	const locale = event.locals.locale;
	const { entryId, back } = await target(
		site,
		locale,
		event.url.searchParams.get('for'),
		event.url.searchParams.get('return')
	);
	return { site, entryId, back, ...(await libraryPage(event.url, site, locale)) };
};

export const actions = {
	default: async (event) => {
		const { site } = await editableSite(event, 'update');
		const locale = event.locals.locale;
		const data = await event.request.formData();
		const text = (name: string) => {
			const value = data.get(name);
			return typeof value === 'string' ? value : null;
		};
		const { entryId, back } = await target(site, locale, text('for'), text('return'));
		const result = await setEntryImage(database(), site.id, entryId, text('image') ?? '');
		if (result.kind === 'not-found') error(404, 'Not found');
		if (result.kind === 'not-an-image') return fail(400, { problem: m.editing_error_image({}, { locale }) });
		// The editor's "details saved" notice, beside the details.
		redirect(303, `${back}${back.includes('?') ? '&' : '?'}details#details`);
	}
};
