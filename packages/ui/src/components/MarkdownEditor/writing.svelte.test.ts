// Writing in the enhanced editor, in a real browser: the toolbar, the shortcuts, list
// continuation, the image and video buttons and the live preview.
import { expect, test, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import MarkdownEditorFixture from './MarkdownEditorFixture.svelte';

type FixtureProps = Parameters<typeof render<typeof MarkdownEditorFixture>>[1];

/** The form's posted text, as the browser would send it. */
const posted = (container: HTMLElement) => new FormData(container.querySelector('form')!).get('body');

async function enhanced(props: FixtureProps = {}) {
	const screen = await render(MarkdownEditorFixture, { toolbar: true, ...props });
	// CodeMirror loads on demand: the first test to ask may wait for it to be served and compiled.
	await expect.poll(() => screen.container.querySelector('.cm-content'), { timeout: 20_000 }).not.toBeNull();
	const editor = screen.getByRole('textbox', { name: 'Tekst' });
	return { screen, editor, text: () => posted(screen.container) };
}

test('the toolbar comes with the editor: one tab stop, arrow keys between its named buttons', async () => {
	const plain = await render(MarkdownEditorFixture, { toolbar: true });
	expect(plain.container.querySelector('[role="toolbar"]')).toBeNull();
	plain.unmount();

	const { screen, editor } = await enhanced();
	const toolbar = screen.getByRole('toolbar', { name: 'Opmaak' });
	const names = toolbar
		.getByRole('button')
		.elements()
		.map((button) => button.textContent?.trim());
	expect(names).toEqual([
		'Tussentitel',
		'Vet',
		'Cursief',
		'Link',
		'Lijst met opsommingstekens',
		'Genummerde lijst',
		'Citaat',
		'Video'
	]);
	await expect
		.element(toolbar.getByRole('button', { name: 'Vet' }))
		.toHaveAttribute('aria-keyshortcuts', 'Control+B Meta+B');

	toolbar.getByRole('button', { name: 'Tussentitel' }).element().focus();
	await userEvent.keyboard('{ArrowRight}');
	await expect.element(toolbar.getByRole('button', { name: 'Vet' })).toHaveFocus();
	await userEvent.keyboard('{End}');
	await expect.element(toolbar.getByRole('button', { name: 'Video' })).toHaveFocus();
	await userEvent.keyboard('{ArrowRight}');
	await expect.element(toolbar.getByRole('button', { name: 'Tussentitel' })).toHaveFocus();
	await userEvent.keyboard('{ArrowLeft}');
	// One tab stop: Tab leaves the toolbar for the editor, Shift+Tab comes back to the last button used.
	await userEvent.tab();
	await expect.element(editor).toHaveFocus();
	await userEvent.tab({ shift: true });
	await expect.element(toolbar.getByRole('button', { name: 'Video' })).toHaveFocus();
});

test('the buttons and shortcuts format the selection, and one undo takes a format off again', async () => {
	const { screen, editor, text } = await enhanced({ value: 'Waardig werk' });
	await editor.click();
	// Select "werk".
	await userEvent.keyboard('{Control>}{End}{/Control}{Shift>}{Control>}{ArrowLeft}{/Control}{/Shift}');
	await screen.getByRole('button', { name: 'Vet' }).click();
	expect(text()).toBe('Waardig **werk**');
	await expect.element(editor).toHaveFocus();
	// Still selected: Ctrl+I makes it italic too, Ctrl+Z takes that off.
	await userEvent.keyboard('{Control>}i{/Control}');
	expect(text()).toBe('Waardig **_werk_**');
	await userEvent.keyboard('{Control>}z{/Control}');
	expect(text()).toBe('Waardig **werk**');
	await userEvent.keyboard('{Control>}b{/Control}');
	expect(text()).toBe('Waardig werk');
	// Ctrl+K: a link, its address selected to type over.
	await userEvent.keyboard('{Control>}k{/Control}https://wsm.be');
	expect(text()).toBe('Waardig [werk](https://wsm.be)');

	await userEvent.keyboard('{Control>}{Home}{/Control}');
	await screen.getByRole('button', { name: 'Tussentitel' }).click();
	expect(text()).toBe('## Waardig [werk](https://wsm.be)');
});

test('Enter continues a list, ends it on an empty item, and a typed "- " never doubles the bullet', async () => {
	const { editor, text } = await enhanced();
	await editor.click();
	await userEvent.keyboard('- brood{Enter}rozen{Enter}{Enter}Daarna.');
	expect(text()).toBe('- brood\n- rozen\n\nDaarna.');

	await userEvent.keyboard('{Enter}{Enter}- een{Enter}- twee');
	expect(text()).toBe('- brood\n- rozen\n\nDaarna.\n\n- een\n- twee');

	await userEvent.keyboard('{Enter}{Enter}1. een{Enter}twee{Enter}{Enter}> citaat{Enter}gaat door');
	expect(text()).toBe(
		'- brood\n- rozen\n\nDaarna.\n\n- een\n- twee\n\n1. een\n2. twee\n\n> citaat\n> gaat door'
	);
});

test('the list buttons put every selected line in a list, numbered or not', async () => {
	const { screen, editor, text } = await enhanced({ value: 'brood\nrozen' });
	await editor.click();
	await userEvent.keyboard('{Control>}a{/Control}');
	await screen.getByRole('button', { name: 'Genummerde lijst' }).click();
	expect(text()).toBe('1. brood\n2. rozen');
	await screen.getByRole('button', { name: 'Lijst met opsommingstekens' }).click();
	expect(text()).toBe('- brood\n- rozen');
	await screen.getByRole('button', { name: 'Citaat' }).click();
	expect(text()).toBe('> - brood\n> - rozen');
});

test("the image button opens the app's picker and puts the chosen image in as a block", async () => {
	const pickImage = vi.fn(async () => ({ src: '/media/1/960w-abc.jpg', alt: 'Een markt [La Paz]' }));
	const { screen, editor, text } = await enhanced({ value: 'Een.', pickImage });
	await editor.click();
	await userEvent.keyboard('{Control>}{End}{/Control}');
	await screen.getByRole('button', { name: 'Afbeelding' }).click();
	expect(pickImage).toHaveBeenCalledOnce();
	await expect.poll(text).toBe('Een.\n\n![Een markt \\[La Paz\\]](/media/1/960w-abc.jpg)\n\n');
	await expect.element(editor).toHaveFocus();
});

test('without a picker, the image button leads to the list of images to insert', async () => {
	const { screen } = await enhanced({
		insertions: [
			{
				label: 'Afbeelding uit de bibliotheek',
				button: 'Invoegen',
				block: true,
				options: [{ label: 'markt.jpg', text: '![Markt](/media/1/m.jpg)' }]
			}
		]
	});
	await screen.getByRole('button', { name: 'Afbeelding', exact: true }).click();
	await expect.element(screen.getByRole('combobox', { name: 'Afbeelding uit de bibliotheek' })).toHaveFocus();
});

test('the video button asks for an address and puts a video on a line of its own', async () => {
	const isVideo = (url: string) => url.startsWith('https://www.youtube.com/watch?v=');
	const { screen, editor, text } = await enhanced({ value: 'Kijk:', isVideo });
	await editor.click();
	await userEvent.keyboard('{Control>}{End}{/Control}');
	const button = screen.getByRole('button', { name: 'Video', exact: true });
	await button.click();
	await expect.element(button).toHaveAttribute('aria-expanded', 'true');
	const field = screen.getByRole('textbox', { name: 'Adres van de video (YouTube of Vimeo)' });
	await expect.element(field).toHaveFocus();
	await userEvent.keyboard('https://example.org/film{Enter}');
	await expect
		.element(field)
		.toHaveAccessibleDescription('Dit is geen adres van een video op YouTube of Vimeo.');
	expect(text()).toBe('Kijk:');
	await field.fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
	await screen.getByRole('button', { name: 'Video invoegen' }).click();
	expect(text()).toBe('Kijk:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n');
	await expect.element(field).not.toBeInTheDocument();
	await expect.element(editor).toHaveFocus();
	// Escape closes the field and goes back to its button.
	await button.click();
	await userEvent.keyboard('{Escape}');
	await expect.element(button).toHaveFocus();
	await expect.element(button).toHaveAttribute('aria-expanded', 'false');
});

test('the live preview follows the text as it is typed, and the preview button hides it', async () => {
	const { screen, editor } = await enhanced({ value: 'Eerste', withPreview: true });
	const preview = screen.getByRole('region', { name: 'Voorbeeld' });
	await expect.element(preview.getByTestId('preview')).toHaveTextContent('Eerste');
	// Beside the text in a wide field.
	const [text, shown] = [editor.element().getBoundingClientRect(), preview.element().getBoundingClientRect()];
	expect(shown.left).toBeGreaterThanOrEqual(text.right);
	expect(shown.top).toBeLessThan(text.bottom);
	await editor.click();
	await userEvent.keyboard('{Control>}{End}{/Control} zin.');
	await expect.element(preview.getByTestId('preview')).toHaveTextContent('Eerste zin.');
	const toggle = screen.getByRole('button', { name: 'Voorbeeld' });
	await expect.element(toggle).toHaveAttribute('aria-pressed', 'true');
	await toggle.click();
	await expect.element(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect.element(preview).not.toBeInTheDocument();
});
