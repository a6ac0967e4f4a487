import { expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import DialogFixture from './DialogFixture.svelte';

async function openDialog(props: { closeOnBackdrop?: boolean } = {}) {
	const screen = await render(DialogFixture, props);
	const opener = screen.getByRole('button', { name: 'Open' });
	await opener.click();
	const dialog = screen.getByRole('dialog', { name: 'Newsletter' });
	await expect.element(dialog).toBeVisible();
	return { screen, opener, dialog: dialog.element() as HTMLDialogElement };
}

test('opening moves focus into the modal dialog', async () => {
	const { screen, dialog } = await openDialog();
	await expect.element(screen.getByTestId('state')).toHaveTextContent('open');
	await expect.poll(() => dialog.contains(document.activeElement)).toBe(true);
	// The close button comes first, so the browser's dialog focusing steps pick it.
	await expect.element(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
	await expect(dialog.matches(':modal')).toBe(true);
});

test('Tab never leaves the dialog for the inert page behind it', async () => {
	const { screen, dialog } = await openDialog();
	const outside = [
		screen.getByRole('button', { name: 'Open' }).element(),
		screen.getByRole('button', { name: 'Outside', includeHidden: true }).element()
	];
	const visited = new Set<Element>();
	for (let press = 0; press < 8; press++) {
		await userEvent.tab();
		const active = document.activeElement;
		expect(outside).not.toContain(active);
		// Past the last control, Chromium moves focus out of the document (to the browser, here the
		// test runner's frame) rather than round to the first one; the page behind stays out of reach.
		if (active && active !== document.body) {
			expect(dialog.contains(active)).toBe(true);
			visited.add(active);
		}
	}
	// Every control in the dialog was reached: close button, e-mail field and the footer's button.
	expect(visited.size).toBe(3);

	for (let press = 0; press < 8; press++) {
		await userEvent.tab({ shift: true });
		expect(outside).not.toContain(document.activeElement);
	}
});

test('Escape closes the dialog and gives focus back to the opener', async () => {
	const { screen, opener, dialog } = await openDialog();
	await userEvent.keyboard('{Escape}');
	await expect.element(screen.getByTestId('state')).toHaveTextContent('closed');
	await expect(dialog.open).toBe(false);
	await expect.element(opener).toHaveFocus();
});

test('the close button closes the dialog and gives focus back to the opener', async () => {
	const { screen, opener, dialog } = await openDialog();
	await screen.getByRole('button', { name: 'Close' }).click();
	await expect.element(screen.getByTestId('state')).toHaveTextContent('closed');
	await expect(dialog.open).toBe(false);
	await expect.element(opener).toHaveFocus();
	// And it opens again.
	await opener.click();
	await expect.poll(() => dialog.open).toBe(true);
});

test('a click on the backdrop closes the dialog only with closeOnBackdrop', async () => {
	const clickBackdrop = (dialog: HTMLDialogElement) => {
		// A click on the ::backdrop is dispatched to the dialog element, outside its box.
		const box = dialog.getBoundingClientRect();
		return userEvent.click(dialog, { position: { x: box.width / 2, y: -20 } });
	};

	const first = await openDialog();
	await clickBackdrop(first.dialog);
	await expect(first.dialog.open).toBe(true);
	first.screen.unmount();

	const { screen, dialog, opener } = await openDialog({ closeOnBackdrop: true });
	// A click inside the dialog, on its content, keeps it open.
	await screen.getByRole('heading', { name: 'Newsletter' }).click();
	await expect(dialog.open).toBe(true);
	await clickBackdrop(dialog);
	await expect.element(screen.getByTestId('state')).toHaveTextContent('closed');
	await expect(dialog.open).toBe(false);
	await expect.element(opener).toHaveFocus();
});

test('the page is not inert once the dialog is closed', async () => {
	const { screen } = await openDialog();
	await userEvent.keyboard('{Escape}');
	await expect.element(screen.getByTestId('state')).toHaveTextContent('closed');
	await page.getByRole('button', { name: 'Outside' }).click();
	await expect.element(page.getByRole('button', { name: 'Outside' })).toHaveFocus();
});
