import { createRawSnippet } from 'svelte';
import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import Tabs from './Tabs.svelte';
import type { TabItem } from './Tabs.svelte';

const tabs: TabItem[] = [
	{ id: 'news', label: 'Nieuws' },
	{ id: 'events', label: 'Agenda' },
	{ id: 'docs', label: 'Publicaties' }
];
const panel = createRawSnippet((tab: () => TabItem) => ({
	render: () => `<p>Inhoud van ${tab().label}</p>`
}));

async function renderTabs(props: Partial<{ activation: 'automatic' | 'manual'; selected: string }> = {}) {
	const screen = await render(Tabs, { tabs, label: 'Overzicht', panel, ...props });
	const tabElements = tabs.map((tab) => screen.getByRole('tab', { name: tab.label }).element());
	/** Checks focus, selection, the roving tabindex and which panel shows. */
	const expectState = async (focused: number, selected: number) => {
		await expect.poll(() => document.activeElement).toBe(tabElements[focused]);
		tabElements.forEach((tab, index) => {
			expect(tab.getAttribute('aria-selected')).toBe(String(index === selected));
			expect(tab.getAttribute('tabindex')).toBe(index === selected ? '0' : '-1');
		});
		expect(tabElements.filter((tab) => tab.tabIndex === 0)).toHaveLength(1);
		const shown = screen.getByRole('tabpanel');
		await expect.element(shown).toBeVisible();
		await expect.element(shown).toHaveAccessibleName(tabs[selected]!.label);
		await expect.element(shown).toHaveTextContent(`Inhoud van ${tabs[selected]!.label}`);
	};
	return { screen, tabElements, expectState };
}

test('the tab list, its tabs and their panels carry the ARIA tabs roles and relations', async () => {
	const { screen, tabElements } = await renderTabs();
	await expect.element(screen.getByRole('tablist', { name: 'Overzicht' })).toBeInTheDocument();
	const panels = screen.getByRole('tabpanel', { includeHidden: true }).elements() as HTMLElement[];
	expect(panels).toHaveLength(3);
	panels.forEach((panel, index) => {
		const tab = tabElements[index]!;
		expect(panel.getAttribute('aria-labelledby')).toBe(tab.id);
		expect(tab.getAttribute('aria-controls')).toBe(panel.id);
		expect(panel.getAttribute('tabindex')).toBe('0');
		expect(panel.hidden).toBe(index !== 0);
	});
});

test('automatic: arrow keys move focus and selection and wrap; Home and End jump', async () => {
	const { tabElements, expectState } = await renderTabs();
	// Tab reaches the selected tab only, then goes on to its panel, not to the other tabs.
	await userEvent.tab();
	await expectState(0, 0);

	await userEvent.keyboard('{ArrowRight}');
	await expectState(1, 1);
	await userEvent.keyboard('{ArrowRight}');
	await expectState(2, 2);
	await userEvent.keyboard('{ArrowRight}');
	await expectState(0, 0);
	await userEvent.keyboard('{ArrowLeft}');
	await expectState(2, 2);
	await userEvent.keyboard('{Home}');
	await expectState(0, 0);
	await userEvent.keyboard('{End}');
	await expectState(2, 2);

	await userEvent.tab();
	await expect.poll(() => document.activeElement?.getAttribute('role')).toBe('tabpanel');
	await expect.poll(() => document.activeElement?.getAttribute('aria-labelledby')).toBe(tabElements[2]!.id);
});

test('manual: arrow keys move focus only; Enter or Space selects', async () => {
	const { tabElements, expectState } = await renderTabs({ activation: 'manual' });
	tabElements[0]!.focus();
	await expectState(0, 0);

	await userEvent.keyboard('{ArrowRight}');
	await expectState(1, 0);
	await userEvent.keyboard('{Enter}');
	await expectState(1, 1);

	await userEvent.keyboard('{End}');
	await expectState(2, 1);
	await userEvent.keyboard('{ArrowRight}');
	await expectState(0, 1);
	await userEvent.keyboard(' ');
	await expectState(0, 0);
});

test('selected picks the initial tab, a click selects another, an unknown id falls back to the first', async () => {
	const { screen, tabElements, expectState } = await renderTabs({ selected: 'events' });
	tabElements[1]!.focus();
	await expectState(1, 1);
	await screen.getByRole('tab', { name: 'Publicaties' }).click();
	await expectState(2, 2);
	screen.unmount();

	const other = await renderTabs({ selected: 'missing' });
	other.tabElements[0]!.focus();
	await other.expectState(0, 0);
});

test("a tab's own content renders its panel, before the panel snippet", async () => {
	const content = createRawSnippet(() => ({ render: () => '<p>Eigen inhoud</p>' }));
	const screen = await render(Tabs, {
		tabs: [{ id: 'own', label: 'Eigen', content }, ...tabs],
		label: 'Overzicht',
		panel
	});
	await expect.element(screen.getByRole('tabpanel', { name: 'Eigen' })).toHaveTextContent('Eigen inhoud');
	await screen.getByRole('tab', { name: 'Agenda' }).click();
	await expect
		.element(screen.getByRole('tabpanel', { name: 'Agenda' }))
		.toHaveTextContent('Inhoud van Agenda');
});
