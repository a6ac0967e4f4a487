import { expect, test } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import SiteHeader from './SiteHeader.svelte';

const props = {
	siteName: 'WSM',
	homeHref: '/nl',
	navLabel: 'Hoofdnavigatie',
	menuLabel: 'Menu',
	items: [
		{ href: '/nl/over-ons', label: 'Over ons' },
		{ href: '/nl/doe-mee', label: 'Doe mee' }
	]
};

test('on a phone the navigation is folded behind the menu button and opens without JavaScript of ours', async () => {
	await page.viewport(375, 700);
	const screen = await render(SiteHeader, props);
	// A closed <details> takes its content out of the accessibility tree, hence includeHidden.
	const link = screen.getByRole('link', { name: 'Doe mee', includeHidden: true });
	await expect.element(link).not.toBeVisible();

	await screen.getByText('Menu').click();
	await expect.element(link).toBeVisible();

	await screen.getByText('Menu').click();
	await expect.element(link).not.toBeVisible();
});

test('on a wide screen the navigation is always shown and the menu button is not', async () => {
	await page.viewport(1280, 800);
	const screen = await render(SiteHeader, props);
	await expect.element(screen.getByRole('link', { name: 'Over ons' })).toBeVisible();
	await expect.element(screen.getByText('Menu')).not.toBeVisible();
});
