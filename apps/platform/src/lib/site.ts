import type { ContentSite } from '@solidair/site-kit';

/**
 * The portal of the Belgian decent-work coordination platform: public pages and a members' area.
 * `id` is its row in `sites`: its publications and public agenda use the public sites' loaders.
 */
export const site: ContentSite = {
	id: 'platform',
	locales: ['nl', 'fr', 'en'],
	defaultLocale: 'nl'
};
