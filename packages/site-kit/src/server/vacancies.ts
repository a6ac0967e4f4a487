import { type PublishedTranslation } from '@solidair/db/content';
import { listOpenVacancies, vacancyDetails, type VacancyItem } from '@solidair/db/listings';
import type { Locale } from '@solidair/i18n';
import { error } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { database, entryBody, type BodyPart } from '@solidair/app-kit/server';
import { vacancyPath } from './paths.ts';
import { shownDate } from './shown-date.ts';
import { entryAlternates, entryBySlug, sectionAlternates, type Alternates } from './entries.ts';
import { entryTag, listsTag, mediaTag, tagPage } from './page-tags.ts';

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
	/**
	 * When there are none in the page's language: the open vacancies published only in the
	 * site's other languages, by language, each linking to its page in that language.
	 */
	elsewhere: Array<{ locale: Locale; items: VacancyCardData[] }>;
	alternates: Alternates;
}

function card(locale: Locale, row: VacancyItem): VacancyCardData {
	return {
		href: vacancyPath(locale, row.slug),
		title: row.title,
		summary: row.summary,
		closesOn: row.closes_on,
		contract: row.contract,
		place: row.place
	};
}

/** Open vacancies only: once the closing date has passed, a vacancy leaves the list. */
export async function loadVacancies(
	site: PublicSite,
	locale: Locale,
	now: Date = new Date()
): Promise<VacanciesData> {
	tagPage(listsTag(site));
	const db = database();
	const rows = await listOpenVacancies(db, site.id, locale, now);
	// Only for an empty list: a job offered in Dutch is still worth knowing about on the Spanish
	// site. A vacancy in several other languages is listed once, in the first of the site's.
	const elsewhere: VacanciesData['elsewhere'] = [];
	if (rows.length === 0) {
		const others = site.locales.filter((other) => other !== locale);
		const found = await Promise.all(others.map((other) => listOpenVacancies(db, site.id, other, now)));
		const seen = new Set<string>();
		others.forEach((other, i) => {
			const fresh = (found[i] ?? []).filter((row) => !seen.has(row.entry_id));
			for (const row of fresh) seen.add(row.entry_id);
			if (fresh.length > 0) elsewhere.push({ locale: other, items: fresh.map((row) => card(other, row)) });
		});
	}
	return {
		items: rows.map((row) => card(locale, row)),
		elsewhere,
		alternates: sectionAlternates(site, 'vacancies')
	};
}

export interface VacancyData {
	vacancy: VacancyCardData & {
		/** The body rendered from Markdown, with its videos apart; safe (see markdown.ts). */
		body: BodyPart[];
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
	const entry = await entryBySlug(site, locale, slug, 'vacancy', vacancyPath);
	tagPage(entryTag(entry.entry_id), entry.image_id && mediaTag(entry.image_id));
	return (await vacancyData(site, locale, entry, now)) ?? error(404);
}

/** The page of a vacancy's translation (a public one, or any one in a preview); none without its details. */
export async function vacancyData(
	site: PublicSite,
	locale: Locale,
	entry: PublishedTranslation,
	now: Date = new Date()
): Promise<VacancyData | undefined> {
	const [details, alternates] = await Promise.all([
		vacancyDetails(database(), entry.entry_id),
		entryAlternates(site, entry.entry_id, vacancyPath)
	]);
	if (!details) return undefined;
	return {
		vacancy: {
			href: vacancyPath(locale, entry.slug),
			title: entry.title,
			summary: entry.summary,
			body: entryBody(entry),
			closesOn: details.closes_on,
			contract: details.contract,
			place: details.place,
			publishedAt: shownDate(entry, entry.updated_at),
			locale: entry.locale,
			fallback: entry.fallback,
			open: details.closes_on >= brusselsToday(now)
		},
		alternates
	};
}
