import type { Locale, LocaleConfig, Section } from '@solidair/i18n';
import type { Theme } from '@solidair/ui/themes';

/**
 * What the content loaders (publications, agenda, media) need of a site: the `sites.id` its
 * entries and files belong to, and its languages. Narrower than PublicSite so the Waardig Werk
 * portal, which has none of a public site's navigation, donations or home page, can reuse them.
 */
export interface ContentSite extends LocaleConfig {
	id: string;
}

/** What makes one public site different from the other: the rest lives in this kit. */
export interface PublicSite extends ContentSite {
	id: 'wsm' | 'fos';
	/** The organisation's name as it is written everywhere (not translated). */
	name: string;
	theme: Theme;
	/** Sections in the header navigation, in order (a `donate` among them becomes the header's button). */
	nav: Section[];
	/** Sections in the slim top bar above the header (the real sites' Vacatures, Nieuws, Newsletter, Contact), in order. */
	utility: Section[];
	/** Sections made of pages that editors write (`/nl/over-ons/strategieen`). */
	pageSections: Section[];
	/**
	 * Sections in the footer navigation, in order. These three are the defaults: staff may replace
	 * each menu per language in the intranet (`site_menus`).
	 */
	footer: Section[];
	/** Where contact messages are announced (they are kept in the intranet's inbox too). */
	contactEmail: string;
	/** The office as the contact page and its structured data show it. */
	contact: SiteContact;
	/** Where gifts go: shown on the donate page and encoded in its EPC QR code. */
	donation: { beneficiary: string; iban: string; bic?: string };
	/** The legal line of the footer: name, address, company number. */
	legal: string;
	home: HomeContent;
}

/** A postal address as written on a letter. */
export interface OfficeAddress {
	/** Street, number and box: "Grasmarkt 105 bus 46". */
	street: string;
	postalCode: string;
	/** The municipality, with the city where it is one of Brussels': "Schaarbeek (Brussel)". */
	locality: string;
}

export interface SiteContact {
	/**
	 * The office's address in Brussels' two languages: Dutch and English pages show the Dutch one,
	 * French and Spanish pages the French one.
	 */
	address: { nl: OfficeAddress; fr: OfficeAddress };
	/** The public address for questions (a mailto link). */
	email: string;
	/** As it is dialled from abroad, in Belgian groups: "+32 2 246 38 81". */
	phone: string;
	/** Where the office is, in degrees (WGS 84), for the map on the contact page. */
	location: { latitude: number; longitude: number };
}

/** A message of the shared catalogue, rendered in a given locale. */
export type Message = (inputs: Record<string, never>, options: { locale: Locale }) => string;

/** The home page's fixed parts; news and events come from the database. */
export interface HomeContent {
	tagline: Message;
	intro: Message;
	/** The two calls to action under the intro: the main one first. */
	actions: [Section, Section];
	/** The organisation's themes, each leading to a section. */
	features: Array<{ title: Message; text: Message; section: Section }>;
}
