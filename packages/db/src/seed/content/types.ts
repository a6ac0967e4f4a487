// Shapes of the hand-written seed content; pure data, no database types, so the seed stays importable anywhere.

export type Locale = 'nl' | 'fr' | 'en' | 'es';

export interface SeedTranslation {
	slug: string;
	title: string;
	summary: string;
	body: string; // Markdown
}

export interface SeedPage {
	key: string;
	site: 'wsm' | 'fos';
	/** The site section the page lives under (a key of i18n's sectionSegments). */
	section: 'about' | 'learn' | 'join' | 'whoWeAre' | 'themes';
	translations: Partial<Record<Locale, SeedTranslation>>;
}

export type PartnerKind = 'union' | 'mutuality' | 'womens' | 'youth' | 'seniors' | 'cooperative' | 'farmers';

export interface SeedCountry {
	code: string; // ISO 3166-1 alpha-2, upper case
	names: Record<Locale, string>;
	slugs: Record<Locale, string>;
	continent: 'africa' | 'asia' | 'latin-america' | 'europe';
	/** The sites whose network includes the country. */
	sites: Array<'wsm' | 'fos'>;
}

export interface SeedPartner {
	key: string;
	site: 'wsm' | 'fos';
	country: string; // ISO code
	kind: PartnerKind;
	name: string;
	website?: string;
}

export interface SeedNews {
	key: string;
	site: 'wsm' | 'fos';
	publishedAt: string; // ISO 8601 UTC
	author: string;
	tags: string[]; // tag keys
	countries: string[]; // ISO codes
	dossier?: string; // dossier key
	translations: Partial<Record<Locale, SeedTranslation>>;
}

export interface SeedEvent {
	key: string;
	/** The public sites, or the Waardig Werk portal's public agenda. */
	site: 'wsm' | 'fos' | 'platform';
	startsAt: string;
	endsAt: string; // ISO 8601 with offset, Europe/Brussels times
	timeZone: string;
	place?: string;
	onlineUrl?: string;
	translations: Partial<Record<Locale, SeedTranslation>>;
}

export interface SeedVacancy {
	key: string;
	site: 'wsm' | 'fos';
	closesOn: string; // YYYY-MM-DD
	contract: string;
	place: string;
	translations: Partial<Record<Locale, SeedTranslation>>;
}

export interface SeedTag {
	key: string;
	labels: Record<Locale, string>;
	slugs: Record<Locale, string>;
}

/** A publication: one downloadable file (a PDF) per language it is published in. */
export interface SeedPublication {
	key: string;
	site: 'wsm' | 'fos' | 'platform';
	publishedAt: string;
	translations: Partial<Record<Locale, SeedTranslation>>;
}
