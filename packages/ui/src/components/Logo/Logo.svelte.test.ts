import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import Logo from './Logo.svelte';

test('inside a link that names the site, the logo is hidden from screen readers', async () => {
	const screen = await render(Logo, { org: 'wsm' });
	const logo = screen.container.querySelector('[data-org="wsm"]')!;
	expect(logo.getAttribute('aria-hidden')).toBe('true');
	expect(logo.getAttribute('role')).toBeNull();
	expect(screen.container.querySelector('img, [role="img"]')).toBeNull();
	// Drawn, not a blank box: the emblem has a size.
	const emblem = logo.querySelector('svg')!.getBoundingClientRect();
	expect(emblem.height).toBeCloseTo(40, 0);
	expect(emblem.width).toBeCloseTo(60, 0);
});

test('alone, it is an image named by its title', async () => {
	const screen = await render(Logo, { org: 'fos', title: 'FOS, socialistische solidariteit' });
	await expect.element(screen.getByRole('img', { name: 'FOS, socialistische solidariteit' })).toBeVisible();
});

test('each organisation has its own emblem, and the wordmark sets its name in its own typeface', async () => {
	const screen = await render(Logo, { org: 'fos', wordmark: true, size: '3rem' });
	const logo = screen.container.querySelector<HTMLElement>('[data-org="fos"]')!;
	expect(logo.querySelector('rect')).not.toBeNull();
	expect(logo.querySelector('circle')).toBeNull();
	const wordmark = logo.querySelector('.wordmark')!;
	expect(wordmark.textContent).toBe('FOS');
	expect(getComputedStyle(wordmark).fontFamily).toMatch(/^"?Archivo Variable/);
	expect(logo.querySelector('svg')!.getBoundingClientRect().height).toBeCloseTo(48, 0);
});
