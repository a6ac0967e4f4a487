// Each organisation's home when its staff have composed none (for a language, or at all): the
// order of its blocks and which are on. WSM leads with its network and campaigns; FOS with its
// themes and partners. The intranet shows these as the starting point of the home's editor.
import type { HomeBlock, HomeBlockKind } from '@solidair/db/input';
import { completeBlocks } from '@solidair/db/input';

const on = (kind: HomeBlockKind, count: number | null = null): HomeBlock => ({
	kind,
	enabled: true,
	count,
	entryId: null
});

/** The default blocks of each public site, in order; the kinds not listed follow, switched off. */
export const homeDefaults: Record<'wsm' | 'fos', readonly HomeBlock[]> = {
	wsm: completeBlocks([
		on('lead'),
		on('figures'),
		on('news', 3),
		on('events', 3),
		on('donate'),
		on('newsletter')
	]),
	fos: completeBlocks([
		on('lead'),
		on('themes'),
		on('partners'),
		on('news', 3),
		on('events', 3),
		on('newsletter'),
		on('donate')
	])
};

/** The blocks a site's home shows in a language: what staff stored, else the site's defaults. */
export function homeBlocksOf(siteId: 'wsm' | 'fos', stored: readonly HomeBlock[] | undefined): HomeBlock[] {
	return completeBlocks(stored ?? homeDefaults[siteId]);
}
