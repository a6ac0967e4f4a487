// The site's sections as search results: "vacatures", "contact" or "nieuws" lead to those pages.
// Matched in memory against the translated names, URL segments and descriptions in the shared
// messages: no query, and the same words the visitor sees in the navigation.
import { foldText } from '@solidair/db/network';
import { sectionPath, sectionSegments, type Locale, type Section } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { sectionLabel } from '../navigation.ts';
import type { PublicSite } from '../site.ts';

type Describe = (locale: Locale, site: string) => string;

/** What each section is about, in a sentence: the page's own introduction where it has one. */
const descriptions: Record<Exclude<Section, 'search'>, Describe> = {
	about: (locale) => m.section_text_about({}, { locale }),
	learn: (locale) => m.section_text_learn({}, { locale }),
	join: (locale) => m.section_text_join({}, { locale }),
	network: (locale, site) => m.network_intro({ site }, { locale }),
	partners: (locale, site) => m.network_intro({ site }, { locale }),
	agenda: (locale) => m.section_text_agenda({}, { locale }),
	news: (locale, site) => m.news_feed_title({ site }, { locale }),
	vacancies: (locale) => m.section_text_vacancies({}, { locale }),
	publications: (locale, site) => m.publications_intro({ site }, { locale }),
	newsletter: (locale) => m.newsletter_intro({}, { locale }),
	contact: (locale) => m.contact_intro({}, { locale }),
	donate: (locale) => m.donate_intro({}, { locale }),
	whoWeAre: (locale) => m.section_text_who_we_are({}, { locale }),
	themes: (locale) => m.section_text_themes({}, { locale })
};

export interface SectionHit {
	section: Section;
	href: string;
	title: string;
	text: string;
	/** 0 the name or URL segment itself, 1 a word of the name starts with the query, 2 the description has every word. */
	match: 0 | 1 | 2;
}

/** Does some word of `text` start with `word`? (Both folded.) */
function hasWordStart(text: string, word: string): boolean {
	return text.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(word));
}

/** The site's sections (but search itself) that the query names or describes, best first. */
export function searchSections(site: PublicSite, locale: Locale, query: string): SectionHit[] {
	const q = foldText(query);
	if (q === '') return [];
	const words = q.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 3);
	const sections = [...new Set([...site.nav, ...site.footer])].filter(
		(section): section is Exclude<Section, 'search'> => section !== 'search'
	);
	const hits = sections.flatMap((section): SectionHit[] => {
		const title = sectionLabel(section, locale);
		const text = descriptions[section](locale, site.name);
		const name = foldText(title);
		const segment = sectionSegments[section][locale].replaceAll('-', ' ');
		const match =
			name === q || segment === q
				? 0
				: q.length >= 3 && hasWordStart(name, q)
					? 1
					: words.length > 0 && words.every((word) => hasWordStart(foldText(text), word))
						? 2
						: undefined;
		return match === undefined ? [] : [{ section, href: sectionPath(section, locale), title, text, match }];
	});
	return hits.sort((a, b) => a.match - b.match);
}
