import * as m from '@solidair/i18n/messages';
import { bodyTooLargeHeader } from '@solidair/server/limits';
import { expect, test } from 'vitest';
import { readForm } from './uploads.ts';

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
	new Request('http://intranet.test/nl/documents?/upload', { method: 'POST', body, headers });

test('a form is read as it was posted', async () => {
	const form = new FormData();
	form.set('title', 'Jaarverslag');
	const result = await readForm(post(form), 'nl');
	expect(result.ok && result.data.get('title')).toBe('Jaarverslag');
});

test('a body the server would not take is a 413 with the reason in the reader’s language', async () => {
	const result = await readForm(
		post(null, { [bodyTooLargeHeader]: '1', 'content-type': 'multipart/form-data; boundary=x' }),
		'fr'
	);
	expect(result).toEqual({ ok: false, status: 413, message: m.files_error_too_large({}, { locale: 'fr' }) });
});

test('a body that is no form is a 400', async () => {
	const result = await readForm(post('no form', { 'content-type': 'multipart/form-data; boundary=x' }), 'nl');
	expect(result).toMatchObject({ ok: false, status: 400 });
});
