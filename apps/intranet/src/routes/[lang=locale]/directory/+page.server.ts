import { staffDirectoryPage } from '@solidair/db/people';
import type { Locale } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { error, isHttpError } from '@sveltejs/kit';
import { requireStaff } from '#lib/guard.ts';
import { offsetOf, pageCountOf, pageParam, pageSize } from '#lib/server/access.ts';
import { parseDirectorySearch } from '#lib/server/staff-forms.ts';
import { directoryValues, type DirectoryValues } from '#lib/staff.ts';

const labels: Record<keyof DirectoryValues, (locale: Locale) => string> = {
	q: (locale) => m.staff_search_name({}, { locale }),
	team: (locale) => m.staff_search_team({}, { locale }),
	language: (locale) => m.staff_search_language({}, { locale }),
	country: (locale) => m.staff_search_country({}, { locale })
};

// A GET search, so a search and each of its pages have their own address. What no form of ours
// sends is a 400, which directory/+error.svelte answers with the form again, the values kept and
// the problems said.
export const load = async (event) => {
	await requireStaff(event);
	const locale = event.params.lang as Locale;
	const { directoryOptions } = await event.parent();
	const values = directoryValues(event.url.searchParams);
	const parsed = parseDirectorySearch(values, { teams: directoryOptions.teams, locale });
	if (!parsed.ok) {
		const problems = Object.entries(parsed.errors).map(
			([field, message]) => `${labels[field as keyof DirectoryValues](locale)}: ${message}`
		);
		error(400, problems.join(' '));
	}
	const page = pageOf(event.url, locale);
	const { total, people } = await staffDirectoryPage(database(), parsed.data, {
		limit: pageSize,
		offset: offsetOf(page)
	});
	const pageCount = pageCountOf(total);
	return { values, people, total, page, pageCount };
};

/** The page asked for; not a positive whole number: a 400 that the form's summary says in words. */
function pageOf(url: URL, locale: Locale): number {
	try {
		return pageParam(url);
	} catch (thrown) {
		if (isHttpError(thrown, 400)) error(400, m.list_page_invalid({}, { locale }));
		throw thrown;
	}
}
