import { createEntry } from '@solidair/db/editing';
import { sectionSegments } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { error, fail, redirect } from '@sveltejs/kit';
import {
	invalidMessage,
	parseNewEntry,
	textValues,
	type FieldErrors,
	type NewEntryValues
} from '#lib/server/forms.ts';
import { editableSite } from '#lib/server/sites.ts';

/** The site's sections that hold pages (`about`, `whoWeAre`…): where a new page or campaign can go. */
async function sectionsOf(siteId: string): Promise<string[]> {
	const rows = await database()
		.selectFrom('entries')
		.select('section')
		.distinct()
		.where('site_id', '=', siteId)
		.where('section', 'is not', null)
		.orderBy('section')
		.execute();
	return rows.flatMap((row) => (row.section && row.section in sectionSegments ? [row.section] : []));
}

export const load = async (event) => {
	const { site } = await editableSite(event, 'create');
	return { site, sections: await sectionsOf(site.id) };
};

export const actions = {
	default: async (event) => {
		const { user, site } = await editableSite(event, 'create');
		const locale = event.locals.locale;
		const values = textValues(await event.request.formData(), [
			'type',
			'sourceLocale',
			'section',
			'title',
			'slug'
		]) satisfies NewEntryValues;
		const refuse = (errors: FieldErrors<NewEntryValues>) => fail(400, { values, errors });
		const parsed = parseNewEntry(values, {
			locales: site.locales,
			sections: await sectionsOf(site.id),
			locale
		});
		if (!parsed.ok) return refuse(parsed.errors);
		const result = await createEntry(database(), { siteId: site.id, userId: user.id, ...parsed.input });
		switch (result.kind) {
			case 'created':
				redirect(303, `/${locale}/sites/${site.id}/entries/${result.entryId}?created=1`);
			// eslint-disable-next-line no-fallthrough -- redirect() throws
			case 'slug-taken':
				return refuse({ slug: m.editing_error_slug_taken({}, { locale }) });
			case 'invalid': {
				const { field, message } = invalidMessage(result, locale);
				return refuse({ [field]: message });
			}
			default:
				error(404, 'Not found');
		}
	}
};
