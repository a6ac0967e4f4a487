// A site's queue: the texts waiting for review, per language, for its editors and reviewers. The
// language filter is a GET form; a language the site does not have is a 400 (no form of ours
// sends one).
import { reviewQueue } from '@solidair/db/editing';
import { isLocale } from '@solidair/i18n';
import { database } from '@solidair/app-kit/server';
import { error } from '@sveltejs/kit';
import { reviewSite } from '#lib/server/sites.ts';

export const load = async (event) => {
	const { site } = await reviewSite(event, 'view');
	const asked = event.url.searchParams.get('language') ?? '';
	if (asked !== '' && !(isLocale(asked) && site.locales.includes(asked))) error(400, 'Bad request');
	const language = asked === '' ? undefined : asked;
	const reviews = await reviewQueue(database(), site.id, language);
	// Grouped by language in the site's order; within one, the oldest submission first.
	const groups = site.locales
		.map((code) => ({ locale: code, reviews: reviews.filter((review) => review.locale === code) }))
		.filter((group) => group.reviews.length > 0);
	return { site, language, groups, total: reviews.length };
};
