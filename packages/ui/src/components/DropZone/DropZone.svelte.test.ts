import { expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import DropZoneFixture from './DropZoneFixture.svelte';

/** Dispatches a drag event carrying `files` on `target`, as a browser does for a file dragged from the desktop. */
function drag(target: Element, type: string, files: File[]) {
	const dataTransfer = new DataTransfer();
	for (const file of files) dataTransfer.items.add(file);
	const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer });
	target.dispatchEvent(event);
	return event;
}

const photos = [
	new File(['a'], 'betoging.jpg', { type: 'image/jpeg' }),
	new File(['b'], 'veld.png', { type: 'image/png' })
];

test('the zone is named by its label and keeps the file field reachable by its own label', async () => {
	const screen = await render(DropZoneFixture);
	await expect.element(screen.getByRole('group', { name: 'Sleep beelden hierheen' })).toBeVisible();
	await expect.element(screen.getByLabelText('Beelden')).toBeVisible();
});

test('files dropped on the zone are handed over, all of them; the browser does not open them', async () => {
	const screen = await render(DropZoneFixture);
	const zone = screen.getByRole('group', { name: 'Sleep beelden hierheen' }).element();
	// The zone accepts the drag (prevented default) and shows it is a target.
	expect(drag(zone, 'dragover', photos).defaultPrevented).toBe(true);
	// Svelte updates the DOM after the event, so the class is awaited.
	await expect.poll(() => zone.classList.contains('active')).toBe(true);
	const dropped = drag(zone, 'drop', photos);
	expect(dropped.defaultPrevented).toBe(true);
	await expect.poll(() => zone.classList.contains('active')).toBe(false);
	await expect.element(screen.getByTestId('dropped')).toHaveTextContent('betoging.jpg, veld.png');
});

test('a disabled zone takes nothing: the drop is left alone and nothing is handed over', async () => {
	const screen = await render(DropZoneFixture, { disabled: true });
	const zone = screen.getByRole('group', { name: 'Sleep beelden hierheen' }).element();
	expect(drag(zone, 'dragover', photos).defaultPrevented).toBe(false);
	expect(drag(zone, 'drop', photos).defaultPrevented).toBe(false);
	await expect.element(screen.getByTestId('dropped')).toHaveTextContent('');
});
