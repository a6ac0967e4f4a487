// The editor's autosave: one language's text as it stands, stored beside the translation for the
// person typing (`@solidair/db/editing` autosave), never over the live text. Posted by the page's
// script as a form (so SvelteKit's and auth's origin checks refuse it from elsewhere); answered in
// JSON. Authorized like the page's save: another site's editor gets the audited 404.
import { autosaveTranslation } from '@solidair/db/editing';
import { autosaveSchema } from '@solidair/db/input';
import { database } from '@solidair/app-kit/server';
import { error, json } from '@sveltejs/kit';
import * as v from 'valibot';
import { editableSite } from '#lib/server/sites.ts';
import { loadEntry, postedLocale, postedVersion } from '../editor.server.ts';
import type { RequestHandler } from './$types';

const text = (data: FormData, name: string) => {
	const value = data.get(name);
	return typeof value === 'string' ? value : undefined;
};

export const POST: RequestHandler = async (event) => {
	const { user, site } = await editableSite(event, 'update');
	const entry = await loadEntry(site.id, event.params.id);
	const data = await event.request.formData();
	const locale = postedLocale(data, entry.locales);
	const expectedVersion = postedVersion(data);
	const parsed = v.safeParse(autosaveSchema, {
		title: text(data, 'title'),
		summary: text(data, 'summary'),
		body: text(data, 'body')
	});
	// Only a script of ours posts here, within the form's own limits: anything else is a bad request.
	if (!parsed.success) error(400, 'Bad request');
	const result = await autosaveTranslation(database(), {
		siteId: site.id,
		entryId: entry.id,
		locale,
		userId: user.id,
		expectedVersion,
		...parsed.output
	});
	if (result.kind === 'not-found') error(404, 'Not found');
	// Someone saved since: nothing stored; the page says so and the next save shows both versions.
	if (result.kind === 'conflict') return json({ kind: 'conflict' }, { status: 409 });
	return json({ kind: 'saved', savedAt: result.savedAt.toISOString() });
};
