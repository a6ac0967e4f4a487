import { audit } from '@solidair/auth';
import { isLeadCandidate, leadCandidates, saveHomeBlocks, storedHomeBlocks } from '@solidair/db/home';
import { homeFormFields, homeFormSchema, type HomeFormValues } from '@solidair/db/input';
import { database, formValues, inputMessage, parseInput } from '@solidair/app-kit/server';
import { homeBlocksOf } from '@solidair/site-kit/home-defaults';
import { error, fail, redirect } from '@sveltejs/kit';
import { siteOrigin } from '#lib/server/preview-link.ts';
import { editableSite, type EditedSite } from '#lib/server/sites.ts';
import type { Locale } from '@solidair/db';

// A site's home page per language, composed by the people who edit its content: which blocks it
// shows, in which order, which story leads, how many news items and events. Every button (save,
// up, down) posts the whole form, so reordering works without JavaScript; each post is stored,
// audited and redirected (post/redirect/get). The public home picks it up when its few-second
// page cache expires.

/** The language of the URL's `?language=` when the site has it; its default language otherwise. */
function languageOf(site: EditedSite, value: string | null): Locale {
	return site.locales.find((locale) => locale === value) ?? site.defaultLocale;
}

export const load = async (event) => {
	const { site } = await editableSite(event, 'view');
	const language = languageOf(site, event.url.searchParams.get('language'));
	const db = database();
	const [stored, candidates] = await Promise.all([
		storedHomeBlocks(db, site.id, language),
		leadCandidates(db, site.id, language)
	]);
	return {
		site,
		language,
		blocks: homeBlocksOf(site.id, stored),
		isDefault: stored === undefined,
		candidates: candidates.map(({ entryId, type, title }) => ({ entryId, type, title })),
		publicHome: `${siteOrigin(site.id)}/${language}`,
		saved: event.url.searchParams.get('done') === 'saved'
	};
};

export const actions = {
	default: async (event) => {
		const { user, site } = await editableSite(event, 'update');
		const language = site.locales.find((locale) => locale === event.url.searchParams.get('language'));
		if (!language) error(400, 'Bad request');
		const values = formValues(await event.request.formData(), homeFormFields) as HomeFormValues;
		const { locale } = event.locals;
		const parsed = parseInput(homeFormSchema, values, locale);
		if (!parsed.ok) return fail(400, { values, errors: parsed.errors });
		const { blocks } = parsed.data;
		const lead = blocks.find((block) => block.kind === 'lead')?.entryId ?? null;
		const db = database();
		// The lead must be one of this site's campaigns or news items, online in this language.
		if (lead && !(await isLeadCandidate(db, site.id, language, lead)))
			return fail(400, { values, errors: { lead: inputMessage('choose', locale) } });
		await db.transaction().execute(async (tx) => {
			await saveHomeBlocks(tx, site.id, language, blocks);
			await audit(tx, {
				action: 'site.home_changed',
				actorId: user.id,
				targetType: 'site',
				targetId: site.id,
				ip: event.getClientAddress(),
				details: {
					site: site.id,
					language,
					shown: blocks
						.filter((block) => block.enabled)
						.map((block) => block.kind)
						.join(','),
					lead
				}
			});
		});
		redirect(303, `/${event.params.lang}/sites/${site.id}/home?language=${language}&done=saved`);
	}
};
