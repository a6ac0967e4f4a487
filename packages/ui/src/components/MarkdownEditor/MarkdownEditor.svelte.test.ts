import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import type { MarkdownInsertion } from './MarkdownEditor.svelte';
import MarkdownEditorFixture from './MarkdownEditorFixture.svelte';

/** The form's posted fields, as the browser would send them. */
const posted = (container: HTMLElement) => new FormData(container.querySelector('form')!);

async function enhanced(props: { value?: string; error?: string; insertions?: MarkdownInsertion[] } = {}) {
	const screen = await render(MarkdownEditorFixture, props);
	// Until CodeMirror has loaded, the textarea is the control; then the editor takes over. It loads
	// on demand, so the first test to ask may wait for it to be served and compiled.
	await expect.poll(() => screen.container.querySelector('.cm-content'), { timeout: 20_000 }).not.toBeNull();
	const editor = screen.getByRole('textbox', { name: 'Tekst' });
	return { screen, editor, textarea: screen.container.querySelector('textarea')! };
}

test('the plain textarea is a labelled, named form field: the page works without JavaScript', async () => {
	const screen = await render(MarkdownEditorFixture, { value: '# Titel' });
	const textarea = screen.container.querySelector('textarea')!;
	expect(textarea.name).toBe('body');
	expect(textarea.value).toBe('# Titel');
	expect([...textarea.labels].map((label) => label.textContent?.trim())).toEqual(['Tekst']);
	expect(posted(screen.container).get('body')).toBe('# Titel');
});

test('once enhanced, the editor is the one textbox, named and described like the textarea', async () => {
	const { screen, editor, textarea } = await enhanced({ value: 'Hallo', error: 'Te kort' });
	expect(screen.getByRole('textbox').elements()).toHaveLength(1);
	expect(editor.element().getAttribute('contenteditable')).toBe('true');
	await expect.element(editor).toHaveAccessibleDescription('In Markdown. Fout: Te kort');
	await expect.element(editor).toHaveAttribute('aria-invalid', 'true');
	await expect.element(editor).toHaveTextContent('Hallo');
	expect(textarea.getAttribute('aria-hidden')).toBe('true');
	expect(textarea.tabIndex).toBe(-1);
});

test('what is typed in the editor is what the form posts, and the bound value follows', async () => {
	const { screen, editor } = await enhanced({ value: 'Eerste regel' });
	await editor.click();
	await userEvent.keyboard('{Control>}{End}{/Control}{Enter}**Tweede** regel');
	expect(posted(screen.container).get('body')).toBe('Eerste regel\n**Tweede** regel');
	await expect.element(screen.getByTestId('bound')).toHaveTextContent('Eerste regel **Tweede** regel');
});

test('the label and the error summary lead to the editor, and Tab leaves it', async () => {
	const { screen, editor } = await enhanced({ error: 'Schrijf een tekst' });
	await screen.getByText('Tekst', { exact: true }).click();
	await expect.element(editor).toHaveFocus();
	await screen.getByRole('button', { name: 'Bewaren' }).element().focus();
	await screen.getByRole('link', { name: 'Schrijf een tekst' }).click();
	await expect.element(editor).toHaveFocus();
	// No keyboard trap: Tab moves on to the next control instead of indenting.
	await userEvent.tab();
	await expect.element(screen.getByRole('button', { name: 'Bewaren' })).toHaveFocus();
});

const insertions: MarkdownInsertion[] = [
	{
		label: 'Afbeelding',
		button: 'Afbeelding invoegen',
		block: true,
		options: [
			{ label: 'markt.jpg', text: '![Een markt](/media/1/markt.jpg)' },
			{ label: 'staking.jpg', text: '![Een staking](/media/2/staking.jpg)' }
		]
	},
	{
		label: 'Link',
		button: 'Link invoegen',
		options: [{ label: 'Over ons', text: '[Over ons](/nl/over-ons)' }]
	},
	{ label: 'Leeg', button: 'Niets invoegen', options: [] }
];

test('the insert lists come with the editor: the chosen image goes in at the cursor as a block of its own', async () => {
	const plain = await render(MarkdownEditorFixture, { value: 'Tekst', insertions });
	// Without the editor (before it loads, or without JavaScript) there is nothing to insert with.
	expect(plain.container.querySelector('.cm-content')).toBeNull();
	expect(plain.container.querySelectorAll('select')).toHaveLength(0);
	plain.unmount();

	const { screen, editor } = await enhanced({ value: 'Eerste alinea.\nTweede alinea.', insertions });
	// A list without options is left out.
	expect(screen.getByRole('combobox').elements()).toHaveLength(2);
	await expect.element(screen.getByRole('button', { name: 'Niets invoegen' })).not.toBeInTheDocument();
	await editor.click();
	await userEvent.keyboard('{Control>}{Home}{/Control}{End}');
	await screen.getByRole('combobox', { name: 'Afbeelding' }).selectOptions('staking.jpg');
	await screen.getByRole('button', { name: 'Afbeelding invoegen' }).click();
	expect(posted(screen.container).get('body')).toBe(
		'Eerste alinea.\n\n![Een staking](/media/2/staking.jpg)\n\nTweede alinea.'
	);
	// Back in the editor, at the start of the paragraph after the image: typing goes on from there.
	await expect.element(editor).toHaveFocus();
	await userEvent.keyboard('Nog. ');
	expect(posted(screen.container).get('body')).toBe(
		'Eerste alinea.\n\n![Een staking](/media/2/staking.jpg)\n\nNog. Tweede alinea.'
	);
});

test('a link goes in inline, in place of the selected text', async () => {
	const { screen, editor } = await enhanced({ value: 'Lees meer hier.', insertions });
	await editor.click();
	// Select "hier" (the four characters before the full stop).
	await userEvent.keyboard(
		'{Control>}{End}{/Control}{ArrowLeft}{Shift>}{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}{/Shift}'
	);
	await screen.getByRole('button', { name: 'Link invoegen' }).click();
	expect(posted(screen.container).get('body')).toBe('Lees meer [Over ons](/nl/over-ons).');
	// The lists are not form fields: the form posts the text and nothing else.
	expect([...posted(screen.container).keys()]).toEqual(['body']);
});

test('an image at the end of the text is followed by a new paragraph to write in', async () => {
	const { screen, editor } = await enhanced({ value: 'Slot', insertions });
	await editor.click();
	await userEvent.keyboard('{Control>}{End}{/Control}');
	await screen.getByRole('button', { name: 'Afbeelding invoegen' }).click();
	await userEvent.keyboard('Na.');
	expect(posted(screen.container).get('body')).toBe('Slot\n\n![Een markt](/media/1/markt.jpg)\n\nNa.');
});
