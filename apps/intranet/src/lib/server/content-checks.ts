// The content checks of a text as its site will show it (see `#lib/content-checks`): this module
// reads what the pure checks need (the site's existing pages, the main picture's description in
// the text's language) and enforces them when a text is published or scheduled.
import { audit } from '@solidair/auth';
import type { Locale } from '@solidair/db';
import type { EntryForEditing } from '@solidair/db/editing';
import type { EditorIntent } from '@solidair/db/input';
import { publicTranslations } from '@solidair/db/listings';
import { networkCountries } from '@solidair/db/network';
import { imagesById } from '@solidair/db/site-images';
import { homePath, sectionPath, sectionSegments, type Section } from '@solidair/i18n';
import * as m from '@solidair/i18n/messages';
import { database } from '@solidair/app-kit/server';
import { entryPath } from '@solidair/site-kit/server';
import type { RequestEvent } from '@sveltejs/kit';
import { checkContent, hasErrors, type Finding } from '#lib/content-checks/index.ts';
import { siteOrigin } from './preview-link.ts';
import type { EditedSite } from './sites.ts';

/** What of a text the checks read. */
export interface CheckedText {
	title: string;
	summary: string;
	body: string;
}

/**
 * Every path of the site that answers with a page: each language's home and section landing
 * pages, every public translation's page and the network's country pages. Lenient where the
 * intranet cannot know a site's menus (they live in the site's app): any section's landing page
 * counts, since a missed broken link costs less than a publication refused for a page that exists.
 */
export async function sitePaths(site: EditedSite): Promise<Set<string>> {
	const db = database();
	const paths = new Set<string>(['/']);
	const sections = Object.keys(sectionSegments) as Section[];
	for (const locale of site.locales) {
		paths.add(homePath(locale));
		for (const section of sections) paths.add(sectionPath(section, locale));
		// WSM presents its network under "our network", FOS under "partners".
		for (const country of await networkCountries(db, site.id, locale)) {
			paths.add(`${sectionPath('network', locale)}/${country.slug}`);
			paths.add(`${sectionPath('partners', locale)}/${country.slug}`);
		}
	}
	for (const row of await publicTranslations(db, site.id)) {
		if (!site.locales.includes(row.locale)) continue;
		const path = entryPath(row.locale, row);
		if (path) paths.add(path);
	}
	return paths;
}

// One reading of the site's pages and the entry's picture per request, however many languages
// are checked: keyed by the entry object `loadEntry` gives each request.
const readings = new WeakMap<object, Promise<{ paths: Set<string>; alt: LeadAlt }>>();
type LeadAlt = { decorative: boolean; alt: Partial<Record<Locale, string>> } | undefined;

async function lead(entry: Pick<EntryForEditing, 'image_id'>): Promise<LeadAlt> {
	if (!entry.image_id) return undefined;
	const image = (await imagesById(database(), [entry.image_id])).get(entry.image_id);
	return image && { decorative: image.decorative, alt: image.alt };
}

function reading(site: EditedSite, entry: Pick<EntryForEditing, 'image_id'>) {
	let found = readings.get(entry);
	if (!found) {
		found = Promise.all([sitePaths(site), lead(entry)]).then(([paths, alt]) => ({ paths, alt }));
		readings.set(entry, found);
	}
	return found;
}

/** The findings of one language's text of an entry, as it would be published. */
export async function checkTranslation(
	site: EditedSite,
	entry: Pick<EntryForEditing, 'image_id'>,
	locale: Locale,
	text: CheckedText
): Promise<Finding[]> {
	const { paths, alt } = await reading(site, entry);
	return checkContent({
		locale,
		title: text.title,
		summary: text.summary,
		body: text.body,
		// A decorative picture needs no description: screen readers skip it.
		leadImage: alt && !alt.decorative ? { description: alt.alt[locale] ?? null } : null,
		linkExists: (path) => paths.has(path),
		siteOrigin: siteOrigin(site.id)
	});
}

export type ChecksVerdict =
	/** Not published: the findings, and the message for the reason's field. */
	| { ok: false; findings: Finding[]; errors: { overrideReason: string } }
	/** Go ahead; once the text is saved, `record` writes the override to the audit log (if it was one). */
	| { ok: true; record: () => Promise<void> };

/**
 * The content checks where a text goes live (publish or schedule; the review's approval too):
 * errors refuse it unless `reason` (trimmed, from the form) says why to publish anyway, and such
 * an override is recorded. Other intents pass unchecked: a draft may have errors.
 */
export async function enforceChecks(
	event: Pick<RequestEvent, 'getClientAddress' | 'locals'>,
	{
		actorId,
		site,
		entry,
		locale,
		text,
		intent,
		reason
	}: {
		actorId: string;
		site: EditedSite;
		entry: Pick<EntryForEditing, 'id' | 'image_id'>;
		locale: Locale;
		text: CheckedText;
		intent: EditorIntent | 'approve';
		reason: string;
	}
): Promise<ChecksVerdict> {
	const nothing = { ok: true as const, record: async () => {} };
	if (intent !== 'publish' && intent !== 'schedule' && intent !== 'approve') return nothing;
	const findings = await checkTranslation(site, entry, locale, text);
	if (!hasErrors(findings)) return nothing;
	if (!reason)
		return {
			ok: false,
			findings,
			errors: { overrideReason: m.checks_refused({}, { locale: event.locals.locale }) }
		};
	const overridden = [...new Set(findings.filter((f) => f.severity === 'error').map((f) => f.check))];
	return {
		ok: true,
		record: () =>
			audit(database(), {
				actorId,
				action: 'checks.overridden',
				targetType: 'entry',
				targetId: entry.id,
				ip: clientAddress(event),
				details: { site: site.id, locale, checks: overridden.join(','), reason }
			})
	};
}

function clientAddress(event: Pick<RequestEvent, 'getClientAddress'>): string | undefined {
	try {
		return event.getClientAddress();
	} catch {
		// Not known (a test's request): the row is still written, without an address.
		return undefined;
	}
}
