import { createRawSnippet } from 'svelte';
import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import SiteHeader from './SiteHeader.svelte';

const props = {
	siteName: 'WSM',
	homeHref: '/nl',
	navLabel: 'Hoofdnavigatie',
	menuLabel: 'Menu',
	closeLabel: 'Sluiten',
	utilityLabel: 'Snel naar',
	items: [
		{ href: '/nl/over-ons', label: 'Over ons' },
		{ href: '/nl/meer-weten', label: 'Meer weten' },
		{ href: '/nl/doe-mee', label: 'Doe mee' },
		{ href: '/nl/ons-netwerk', label: 'Ons netwerk' },
		{ href: '/nl/agenda', label: 'Agenda' }
	],
	cta: { href: '/nl/doe-een-gift', label: 'Doe een gift' },
	utilityItems: [
		{ href: '/nl/vacatures', label: 'Vacatures' },
		{ href: '/nl/nieuws', label: 'Nieuws' },
		{ href: '/nl/nieuwsbrief', label: 'Nieuwsbrief' },
		{ href: '/nl/contact', label: 'Contact' }
	],
	search: { href: '/nl/zoeken', label: 'Zoeken' },
	actions: createRawSnippet(() => ({
		render: () => '<nav aria-label="Kies een taal"><a href="/fr">FR</a></nav>'
	}))
};

const menuButton = () => page.getByRole('button', { name: 'Menu' });

test('on a phone the header is one row: the site name and the menu button, nothing else', async () => {
	await page.viewport(390, 800);
	const screen = await render(SiteHeader, props);
	const header = screen.container.querySelector('header')!;
	expect(header.getBoundingClientRect().height).toBeLessThanOrEqual(72);
	await expect.element(menuButton()).toBeVisible();
	await expect.element(screen.getByRole('link', { name: 'WSM' })).toBeVisible();
	// Main links, utility links and languages all wait in the closed menu.
	for (const name of ['Over ons', 'Vacatures', 'FR', 'Doe een gift']) {
		await expect.element(page.getByRole('link', { name, includeHidden: true }).first()).not.toBeVisible();
	}
});

test('the phone menu opens with its button and closes with Escape, giving focus back, without a script of ours', async () => {
	await page.viewport(390, 800);
	const screen = await render(SiteHeader, props);
	await menuButton().click();
	const menu = screen.container.querySelector('[popover]') as HTMLElement;
	expect(menu.matches(':popover-open')).toBe(true);
	await expect.element(page.getByRole('link', { name: 'Over ons' })).toBeVisible();

	// Main items, then the call to action, then the utility links and search, then the languages.
	const order = [...menu.querySelectorAll('a')].map((link) => link.textContent?.trim());
	expect(order).toEqual([
		'Over ons',
		'Meer weten',
		'Doe mee',
		'Ons netwerk',
		'Agenda',
		'Doe een gift',
		'Vacatures',
		'Nieuws',
		'Nieuwsbrief',
		'Contact',
		'Zoeken',
		'FR'
	]);

	await userEvent.keyboard('{Escape}');
	expect(menu.matches(':popover-open')).toBe(false);
	expect(menu.checkVisibility()).toBe(false);
	await expect.element(menuButton()).toHaveFocus();

	// Its own close button closes it too.
	await menuButton().click();
	await page.getByRole('button', { name: 'Sluiten' }).click();
	expect(menu.matches(':popover-open')).toBe(false);
});

test('on a wide screen a top bar holds the utility links, languages and search above one row of navigation', async () => {
	await page.viewport(1366, 800);
	const screen = await render(SiteHeader, props);
	await expect.element(page.getByRole('button', { name: 'Menu', includeHidden: true })).not.toBeVisible();
	const utility = screen.getByRole('navigation', { name: 'Snel naar' });
	const main = screen.getByRole('navigation', { name: 'Hoofdnavigatie' });
	await expect.element(utility).toBeVisible();
	await expect.element(main).toBeVisible();
	await expect.element(screen.getByRole('link', { name: 'FR' })).toBeVisible();
	await expect.element(screen.getByRole('link', { name: 'Zoeken' })).toBeVisible();
	const cta = screen.getByRole('link', { name: 'Doe een gift' });
	await expect.element(cta).toBeVisible();

	// Each bar is one row: every link shares the first one's line, and the top bar sits above.
	const tops = (element: Element) =>
		[...element.querySelectorAll('a')].map((a) => a.getBoundingClientRect().top);
	const utilityTops = tops(utility.element());
	const mainTops = tops(main.element());
	expect(new Set(utilityTops).size).toBe(1);
	expect(new Set(mainTops).size).toBe(1);
	expect(utilityTops[0]!).toBeLessThan(mainTops[0]!);
	expect(Math.abs(cta.element().getBoundingClientRect().top - mainTops[0]!)).toBeLessThan(16);
});

test('without utility links or actions (a portal) there is no top bar, and the main bar still works', async () => {
	await page.viewport(1366, 800);
	const screen = await render(SiteHeader, {
		siteName: 'Intranet',
		homeHref: '/nl',
		navLabel: 'Hoofdnavigatie',
		menuLabel: 'Menu',
		items: props.items
	});
	expect(screen.container.querySelector('.top')).toBeNull();
	await expect.element(screen.getByRole('link', { name: 'Agenda' })).toBeVisible();
});
