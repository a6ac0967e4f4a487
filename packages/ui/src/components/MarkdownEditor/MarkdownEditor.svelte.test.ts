import { expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import '../../styles/index.css';
import MarkdownEditorFixture from './MarkdownEditorFixture.svelte';

/** The form's posted fields, as the browser would send them. */
const posted = (container: HTMLElement) => new FormData(container.querySelector('form')!);

async function enhanced(props: { value?: string; error?: string } = {}) {
	const screen = await render(MarkdownEditorFixture, props);
	// Until CodeMirror has loaded, the textarea is the control; then the editor takes over.
	await expect.poll(() => screen.container.querySelector('.cm-content')).not.toBeNull();
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
