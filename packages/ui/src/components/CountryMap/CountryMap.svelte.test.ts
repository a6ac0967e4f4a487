import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import CountryMap from './CountryMap.svelte';

const props = {
	label: 'Where we work',
	listLabel: 'Our partner countries',
	countries: [
		{ code: 'BE', name: 'Belgium', href: '/en/countries/belgium' },
		{ code: 'CD', name: 'DR Congo', href: '/en/countries/dr-congo' },
		{ code: 'PE', name: 'Peru', href: '/en/countries/peru' }
	]
};

test('draws the map in the markup itself, with no effect or request to wait for', async () => {
	const { container } = await render(CountryMap, props);
	// Read synchronously once mounted: no effect, timer or request adds anything later.
	const svg = container.querySelector('svg');
	expect(svg).not.toBeNull();
	expect(svg!.querySelectorAll('path').length).toBeGreaterThan(150);
	expect(svg!.querySelectorAll('a')).toHaveLength(3);
	expect(svg!.getAttribute('viewBox')).toMatch(/^0 0 960 \d+$/);
});

test('links each highlighted country inside the SVG, by name', async () => {
	const screen = await render(CountryMap, props);
	const map = screen.getByRole('group', { name: 'Where we work' });
	const links = map.getByRole('link').elements();
	expect(links).toHaveLength(3);
	for (const country of props.countries) {
		const link = map.getByRole('link', { name: country.name });
		await expect.element(link).toHaveAttribute('href', country.href);
		expect(link.element().namespaceURI).toBe('http://www.w3.org/2000/svg');
	}
	const list = screen.getByRole('list', { name: 'Our partner countries' });
	expect(
		list
			.getByRole('link')
			.elements()
			.map((a) => a.getAttribute('href'))
	).toEqual(props.countries.map((c) => c.href));
});

test('highlighted countries have their own class and fill, and the focus shows on the shape', async () => {
	const { container } = await render(CountryMap, props);
	const highlighted = container.querySelectorAll('svg a path');
	expect(highlighted).toHaveLength(3);
	const plain = container.querySelector('svg path:not(.highlighted)')!;
	const fill = (el: Element) => getComputedStyle(el).fill;
	for (const path of highlighted) {
		expect(path.classList.contains('highlighted')).toBe(true);
		expect(fill(path)).not.toBe(fill(plain));
	}
	const link = container.querySelector<SVGAElement>('svg a')!;
	const stroke = getComputedStyle(link.querySelector('path')!).stroke;
	link.focus();
	expect(document.activeElement).toBe(link);
	// Keyboard focus (focus-visible after a programmatic focus that follows no pointer event).
	expect(getComputedStyle(link.querySelector('path')!).stroke).not.toBe(stroke);
});
