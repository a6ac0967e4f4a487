import { updateProfile } from '@solidair/db/people';
import * as m from '@solidair/i18n/messages';
import { database, formValues, parseForm } from '@solidair/app-kit/server';
import { profileSchema } from '@solidair/db/input';
import { fail, redirect } from '@sveltejs/kit';
import { requireMember } from '#lib/guard.ts';
import { languageList, maxLanguageLength, maxLanguages } from '#lib/profile.ts';

export const load = async (event) => {
	const { user } = await requireMember(event);
	const row = await database()
		.selectFrom('users')
		.select(['bio', 'languages'])
		.where('id', '=', user.id)
		.executeTakeFirstOrThrow();
	return { bio: row.bio ?? '', languages: row.languages.join(', '), userId: user.id };
};

export const actions = {
	default: async (event) => {
		const { user } = await requireMember(event);
		const values = formValues(await event.request.formData(), ['bio', 'languages']);
		const parsed = parseForm(profileSchema, values, event.params.lang);
		if (!parsed.ok) return fail(400, parsed.failure.data);
		const languages = languageList(parsed.data.languages);
		if (!languages) {
			const message = m.profile_languages_too_many(
				{ max: String(maxLanguages), length: String(maxLanguageLength) },
				{ locale: event.params.lang }
			);
			const errors: Partial<Record<string, string>> = { languages: message };
			return fail(400, { values, errors });
		}
		await updateProfile(database(), user.id, { bio: parsed.data.bio, languages });
		redirect(303, `/${event.params.lang}/people/${user.id}`);
	}
};
