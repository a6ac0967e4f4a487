import {
	alternates as entryAlternates,
	listOpenVacancies,
	publishedTranslation,
	redirectedSlug,
	vacancyDetails
} from '@solidair/db';
import { localizedPath, type Locale } from '@solidair/i18n';
import { error, redirect } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database } from './database.ts';
import { renderMarkdown } from './markdown.ts';
import { localesOf, type Alternates } from './pages.ts';

const slugPattern = /^[a-z0-9-]{1,120}$/;

/** A vacancy's path in a locale: `/fr/offres-emploi/<slug>`. */
export function vacancyPath(locale: Locale, slug: string): string {
	return localizedPath(`/${locale}/vacancies/${slug}`, locale);
}

/** Today in Brussels, `YYYY-MM-DD`: a vacancy closing today is still open all day. */
export function brusselsToday(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

export interface VacancyCardData {
	href: string;
	title: string;
	summary: string;
	closesOn: string;
	contract: string;
	place: string;
}

export interface VacanciesData {
	items: VacancyCardData[];
	alternates: Alternates;
}

/** Open vacancies only: once the closing date has passed, a vacancy leaves the list. */
export async function loadVacancies(site: PublicSite, locale: Locale): Promise<VacanciesData> {
	const rows = await listOpenVacancies(database(), site.id, locale);
	return {
		items: rows.map((row) => ({
			href: vacancyPath(locale, row.slug),
			title: row.title,
			summary: row.summary,
			closesOn: row.closes_on,
			contract: row.contract,
			place: row.place
		})),
		alternates: Object.fromEntries(
			site.locales.map((other) => [other, localizedPath(`/${other}/vacancies`, other)])
		)
	};
}

export interface VacancyData {
	vacancy: VacancyCardData & {
		html: string;
		publishedAt: string;
		locale: Locale;
		fallback: boolean;
		open: boolean;
	};
	alternates: Alternates;
}

/** One vacancy, open or closed (its page then says so); an old slug answers with a 301. */
export async function loadVacancy(
	site: PublicSite,
	locale: Locale,
	slug: string,
	now: Date = new Date()
): Promise<VacancyData> {
	if (!slugPattern.test(slug)) error(404);
	const db = database();
	const entry = await publishedTranslation(db, await localesOf(site), locale, { slug, type: 'vacancy' });
	if (!entry) {
		const moved = await redirectedSlug(db, site.id, locale, slug);
		if (moved?.type === 'vacancy') redirect(301, vacancyPath(locale, moved.slug));
		error(404);
	}
	const [details, public_] = await Promise.all([
		vacancyDetails(db, entry.entry_id),
		entryAlternates(db, entry.entry_id)
	]);
	if (!details) error(404);
	const alternates: Alternates = {};
	for (const alternate of public_) {
		if (site.locales.includes(alternate.locale))
			alternates[alternate.locale] = vacancyPath(alternate.locale, alternate.slug);
	}
	return {
		vacancy: {
			href: vacancyPath(locale, entry.slug),
			title: entry.title,
			summary: entry.summary,
			html: renderMarkdown(entry.body),
			closesOn: details.closes_on,
			contract: details.contract,
			place: details.place,
			publishedAt: (entry.published_at ?? entry.updated_at).toISOString(),
			locale: entry.locale,
			fallback: entry.fallback,
			open: details.closes_on >= brusselsToday(now)
		},
		alternates
	};
}
