// Signed previews: a link made in the intranet (`previewPath`) shows one translation of this site
// whatever its status, on the page its type has here, until the link expires. Nothing else opens
// it: a bad, altered or expired token, another site's translation, or a site without a secret all
// answer the same 404.
import { verifyPreviewToken } from './preview-token.ts';
import { previewTranslation } from '@solidair/db/editing';
import type { Locale } from '@solidair/i18n';
import { error } from '@sveltejs/kit';
import type { PublicSite } from '../site.ts';
import { eventData, type EventData } from './agenda.ts';
import { database } from '@solidair/app-kit/server';
import type { Alternates } from './entries.ts';
import { articleData, type ArticleData } from './news.ts';
import { pageContent, type PageContent } from './pages.ts';
import { vacancyData, type VacancyData } from './vacancies.ts';

/** The translation, as the page of its type shows it; pages, campaigns and publications as a content page. */
export type PreviewData =
	| { kind: 'news'; article: ArticleData }
	| { kind: 'event'; event: EventData }
	| { kind: 'vacancy'; vacancy: VacancyData }
	| { kind: 'page'; page: PageContent };

interface PreviewEvent {
	locals: { locale: Locale };
	params: { token: string };
	setHeaders: (headers: Record<string, string>) => void;
}

/** Loads `/[lang]/preview/[token]`: the previewed page's data, and no alternates (a draft has no other URLs). */
export async function loadPreview(
	site: PublicSite,
	event: PreviewEvent,
	{ secret = process.env.PREVIEW_SECRET, now = new Date() }: { secret?: string; now?: Date } = {}
): Promise<{ preview: PreviewData; alternates: Alternates }> {
	// Never cached (cacheHandle also sees to it), never indexed.
	event.setHeaders({ 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' });
	const claims = secret && secret.length >= 32 ? verifyPreviewToken(event.params.token, secret, now) : null;
	if (!claims) error(404);
	const locale = event.locals.locale;
	const entry = await previewTranslation(database(), site.id, claims.translationId);
	// The link names its language; the same token under another one is not a page of ours.
	if (!entry || entry.locale !== locale) error(404);

	const alternates: Alternates = {};
	if (entry.type === 'news')
		return { preview: { kind: 'news', article: await articleData(site, locale, entry) }, alternates };
	if (entry.type === 'event') {
		const data = await eventData(site, locale, entry, now);
		if (data) return { preview: { kind: 'event', event: data }, alternates };
	}
	if (entry.type === 'vacancy') {
		const data = await vacancyData(site, locale, entry, now);
		if (data) return { preview: { kind: 'vacancy', vacancy: data }, alternates };
	}
	// Pages, campaigns, publications, and an event or vacancy whose details are not filled in yet.
	return { preview: { kind: 'page', page: await pageContent(entry, locale) }, alternates };
}
