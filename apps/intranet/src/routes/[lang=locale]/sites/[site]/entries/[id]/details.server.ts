// Saving what every language shares: the main picture, the film, an event's or vacancy's facts,
// and the taxonomy (themes, dossiers, countries, author, display date, a new tag): one post, one
// transaction, nothing written when any of it is refused.
import { saveEntryDetails } from '@solidair/db/editing';
import { database } from '@solidair/app-kit/server';
import { error, redirect } from '@sveltejs/kit';
import { detailsFields, detailsMessage, parseEntryDetails, textValues } from '#lib/server/forms.ts';
import { editedEntry, postedVersion, failForm, type EditorEvent } from './editor.server.ts';
import { postedTaxonomy, taxonomyRefusal } from './taxonomy.server.ts';

export async function saveDetails(event: EditorEvent) {
	const { user, site, entry } = await editedEntry(event);
	const lang = event.locals.locale;
	const data = await event.request.formData();
	const expectedVersion = postedVersion(data);
	const taxonomy = postedTaxonomy(data, site, lang);
	const details = textValues(data, detailsFields);
	const values = { ...details, ...taxonomy.values };
	const failure = { form: 'details', values, errors: {}, expectedVersion } as const;

	const parsed = parseEntryDetails(details, entry.type, lang);
	if (!parsed.ok || !taxonomy.ok) {
		const errors = { ...(parsed.ok ? {} : parsed.errors), ...(taxonomy.ok ? {} : taxonomy.errors) };
		return failForm(400, { ...failure, errors });
	}
	const result = await saveEntryDetails(database(), {
		siteId: site.id,
		entryId: entry.id,
		expectedVersion,
		imageId: parsed.imageId,
		videoUrl: parsed.videoUrl,
		event: parsed.event,
		vacancy: parsed.vacancy,
		taxonomy: taxonomy.taxonomy,
		userId: user.id
	});
	switch (result.kind) {
		case 'saved':
			redirect(303, `${event.url.pathname}?details#details`);
		// eslint-disable-next-line no-fallthrough -- redirect() throws
		case 'conflict':
			// Nothing was written; the form keeps what was typed and now counts on their version.
			return failForm(409, { ...failure, conflict: {}, expectedVersion: result.version });
		case 'invalid': {
			const { field, message } = detailsMessage(result, entry.type, lang);
			return failForm(400, { ...failure, errors: { [field]: message } });
		}
		case 'taxonomy': {
			const { field, message } = await taxonomyRefusal(event, user.id, result);
			return failForm(400, { ...failure, errors: { [field]: message } });
		}
		default:
			error(404, 'Not found');
	}
}
