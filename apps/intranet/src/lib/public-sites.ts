import type { SiteId } from '@solidair/auth';

/** The public sites whose inbox, subscribers and editors the intranet handles. */
export const publicSites: readonly SiteId[] = ['wsm', 'fos'];

/** Whether a value (a URL's `[site]`, a form's field) names one of them. */
export const isPublicSite = (value: string): value is SiteId =>
	(publicSites as readonly string[]).includes(value);

/** A site's name as staff know it (the seed's `sites.name`: WSM, FOS). */
export const siteName = (site: string): string => site.toUpperCase();
