import { expect, test } from 'vitest';
import { siteMenuDefaults } from '../menu-defaults.ts';
import type { PublicSite } from '../site.ts';
import { resolveMenus } from './menus.ts';

const site = {
	id: 'wsm',
	locales: ['nl', 'fr', 'en', 'es'],
	defaultLocale: 'nl',
	nav: [...siteMenuDefaults.wsm.header],
	utility: [...siteMenuDefaults.wsm.utility],
	footer: [...siteMenuDefaults.wsm.footer],
	pageSections: ['about', 'learn', 'join']
} as unknown as PublicSite;

test('a menu never saved is the site’s default, in the language', () => {
	const menus = resolveMenus({}, site, 'fr');
	expect(menus.utility).toEqual([
		{ href: '/fr/offres-emploi', label: 'Offres d’emploi', section: 'vacancies' },
		{ href: '/fr/actualites', label: 'Actualités', section: 'news' },
		{ href: '/fr/newsletter', label: 'Newsletter', section: 'newsletter' },
		{ href: '/fr/contact', label: 'Contact', section: 'contact' }
	]);
	expect(menus.header.at(-1)).toEqual({ href: '/fr/faire-un-don', label: 'Faire un don', section: 'donate' });
});

test('a saved menu replaces its default only: sections, live pages and paths, a page not live left out', () => {
	const menus = resolveMenus(
		{
			utility: [
				{ target: { kind: 'section', section: 'contact' }, label: 'Schrijf ons' },
				{
					target: { kind: 'entry', entryId: 'a' },
					label: null,
					page: { type: 'page', section: 'about', slug: 'strategieen', title: 'Strategieën' }
				},
				{ target: { kind: 'entry', entryId: 'b' }, label: 'Niet live' },
				{ target: { kind: 'path', path: '/nl/nieuws' }, label: null },
				{ target: { kind: 'path', path: '/nl/nieuws?tag=bolivia' }, label: null },
				// A section this site has no page for (FOS's) is left out.
				{ target: { kind: 'section', section: 'whoWeAre' }, label: null }
			],
			footer: []
		},
		site,
		'nl'
	);
	expect(menus.utility).toEqual([
		{ href: '/nl/contact', label: 'Schrijf ons', section: 'contact' },
		{ href: '/nl/over-ons/strategieen', label: 'Strategieën' },
		{ href: '/nl/nieuws', label: 'Nieuws', section: 'news' },
		{ href: '/nl/nieuws?tag=bolivia', label: '/nl/nieuws?tag=bolivia', section: undefined }
	]);
	expect(menus.footer).toEqual([]);
	expect(menus.header).toHaveLength(6);
});
