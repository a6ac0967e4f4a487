import type { SiteId } from '@solidair/auth';

/** The public sites whose inbox, subscribers and editors the intranet handles. */
export const publicSites: readonly SiteId[] = ['wsm', 'fos'];

/** A site's name as staff know it (the seed's `sites.name`: WSM, FOS). */
export const siteName = (site: string): string => site.toUpperCase();
